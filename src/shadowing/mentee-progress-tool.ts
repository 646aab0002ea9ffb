// mentee_progress: one mentee's shadowing so far and what to shadow next, with their own on-call load once they
// take shifts. Reads history from team.yaml, incidents and schedules through the ports.
import { z } from "zod";
import { DAY_MS, startOfHour } from "../lib/dates.js";
import { idField } from "../lib/input-coercion.js";
import { unknownIdError } from "../lib/known-ids.js";
import type { Engineer, Incident } from "../model.js";
import {
  fetchOncallLoads,
  type LoadFigures,
  medianFigures,
  RECENT_LOAD_DAYS,
  recentLoadWindow,
} from "../oncall-load/index.js";
import type { CallContext } from "../ports/call-context.js";
import type { FetchContext } from "../ports/sources.js";
import { defineTool } from "../ports/tool.js";
import {
  type LoadFiguresShown,
  MAX_SHIFTS_READ,
  menteeProgress,
  type NextShadow,
  seenSpan,
  shadowShiftsAhead,
  shadowShiftsBegun,
} from "./mentee-progress.js";
import { renderMenteeProgress } from "./mentee-progress-text.js";
import { planShadowRotation } from "./plan.js";
import { DEFAULT_PLAN_DAYS, gatherPlanInput } from "./plan-request.js";
import { readAndAssess } from "./readiness/readiness-records.js";
import { runbooksForServices } from "./service-runbooks.js";
import { realScheduleScope } from "./shadow-schedules.js";
import type { ScheduleInfo } from "./types.js";

const str = () => z.string();
const figures = () =>
  z.object({
    hoursOnCall: z.number(),
    pages: z.number(),
    afterHoursPages: z.number(),
    sleepHourPages: z.number(),
  });

export const menteeProgressTool = defineTool({
  name: "mentee_progress",
  title: "Mentee progress",
  description:
    "One mentee's shadowing: shifts done and incidents seen, services against learning goals with runbooks, what to shadow next (recorded, then suggested), and once they take real shifts, their on-call load over 28 days beside the team median.",
  input: z.object({ mentee: idField(z.string().min(1).max(100).describe("Engineer id")) }),
  output: z.object({
    mentee: str(),
    shifts: z
      .array(
        z.object({
          mentor: str(),
          schedule: str(),
          start: str(),
          end: str(),
          incidents: z.array(z.object({ number: z.number(), title: str(), service: str() })),
        }),
      )
      .describe("Done, oldest first"),
    olderShifts: z.number(),
    hoursShadowed: z.number(),
    services: z.array(
      z.object({
        service: str(),
        learning: z.boolean(),
        shifts: z.number(),
        incidentsSeen: z.number(),
        runbook: str().nullable(),
      }),
    ),
    next: z.array(
      z.object({
        mentor: str(),
        schedule: str(),
        start: str(),
        end: str(),
        recorded: z.boolean(),
      }),
    ),
    load: z.object({ own: figures(), teamMedian: figures() }).nullable(),
    stage: z.enum(["shadow", "reverse-shadow", "on-call-with-backup", "on-call"]),
    nextStep: str().describe("From oncall_readiness"),
    milestones: z.array(z.object({ kind: str(), at: str(), text: str() })).describe("Dated, oldest first"),
  }),
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules", "runbooks"],
  async handler(input, ctx) {
    const mentee = ctx.team.engineers.find((engineer) => engineer.id === input.mentee);
    if (!mentee)
      throw unknownIdError(
        "mentee",
        "engineer",
        input.mentee,
        ctx.team.engineers.map((e) => e.id),
      );
    const fetch: FetchContext = { signal: ctx.signal, requests: ctx.requests };
    const schedules = new Map((await ctx.sources.schedules.listSchedules(fetch)).map((s) => [s.id, s]));
    const begun = shadowShiftsBegun(ctx.team.shadowHistory, mentee.id, ctx.now);
    const serviceIds = [
      ...mentee.learning,
      ...begun.flatMap((record) => schedules.get(record.schedule)?.services ?? []),
    ];
    const [incidents, runbooks, load, next, assessed] = await Promise.all([
      incidentsDuring(begun.slice(-MAX_SHIFTS_READ), schedules, ctx, fetch),
      runbooksForServices(serviceIds, ctx),
      ownLoadBesideMedian(mentee, [...schedules.values()], ctx, fetch),
      suggestNext(mentee, ctx),
      readAndAssess([mentee], ctx),
    ]);
    const { readiness, milestones } = assessed.assessments[0]!;
    const progress = {
      ...menteeProgress({
        mentee,
        now: ctx.now,
        history: ctx.team.shadowHistory,
        schedules,
        incidents,
        runbooks: new Map([...runbooks].map(([id, runbook]) => [id, runbook?.path ?? null])),
        suggestions: next.suggestions,
        load,
      }),
      stage: readiness.stage,
      nextStep: readiness.nextStep,
      milestones,
    };
    const engineerNames = new Map(ctx.team.engineers.map((e) => [e.id, e.name]));
    const serviceNames = new Map(ctx.team.services.map((s) => [s.id, s.name]));
    const markdown = renderMenteeProgress(
      progress,
      {
        engineer: (id) => engineerNames.get(id) ?? id,
        schedule: (id) => schedules.get(id)?.name ?? id,
        service: (id) => serviceNames.get(id) ?? id,
      },
      { menteeName: mentee.name, now: ctx.now, loadDays: RECENT_LOAD_DAYS, noSuggestion: next.noSuggestion },
    );
    return { structured: progress, markdown };
  },
});

/** Incidents on each shift's services while it ran (up to now): one bounded query per shift. */
async function incidentsDuring(
  shifts: readonly { schedule: string; start: string; end: string }[],
  schedules: ReadonlyMap<string, ScheduleInfo>,
  ctx: CallContext,
  fetch: FetchContext,
): Promise<Incident[]> {
  const pages = await Promise.all(
    shifts.map(async (shift) => {
      const services = schedules.get(shift.schedule)?.services ?? [];
      const span = seenSpan({ ...shift, mentee: "", mentor: "" }, ctx.now);
      if (services.length === 0 || span.end <= span.start) return [];
      const page = await ctx.sources.incidents.listIncidents(
        {
          since: new Date(span.start).toISOString(),
          until: new Date(span.end).toISOString(),
          serviceIds: services,
          limit: 100,
          offset: 0,
        },
        fetch,
      );
      return page.incidents;
    }),
  );
  const byId = new Map(pages.flat().map((incident) => [incident.id, incident]));
  return [...byId.values()];
}

/** Their load and the team's median over the last 28 days, when they were on call themselves; shadow schedules aside. */
async function ownLoadBesideMedian(
  mentee: Engineer,
  schedules: readonly ScheduleInfo[],
  ctx: CallContext,
  fetch: FetchContext,
): Promise<{ own: LoadFiguresShown; teamMedian: LoadFiguresShown } | null> {
  const { loads } = await fetchOncallLoads(
    { sources: ctx.sources, team: ctx.team, fetch },
    recentLoadWindow(ctx.now),
    { scheduleIds: realScheduleScope(schedules), teamIds: mentee.team ? [mentee.team] : undefined },
  );
  const own = loads.find((load) => load.engineer.id === mentee.id);
  if (!own || own.hoursOnCall === 0) return null;
  return { own: shown(own), teamMedian: shown(medianFigures(loads)) };
}

function shown(figures: LoadFigures): LoadFiguresShown {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    hoursOnCall: round(figures.hoursOnCall),
    pages: round(figures.pages),
    afterHoursPages: round(figures.afterHoursPages),
    sleepHourPages: round(figures.sleepHourPages),
  };
}

/**
 * The optimal plan for this mentee alone over the 4 weeks after their last recorded shadow shift (or the start of
 * this hour, as suggest_shadow_pairings plans, so that two calls within the hour agree).
 */
async function suggestNext(
  mentee: Engineer,
  ctx: CallContext,
): Promise<{ suggestions: Omit<NextShadow, "recorded">[]; noSuggestion: string | null }> {
  const ahead = shadowShiftsAhead(ctx.team.shadowHistory, mentee.id, ctx.now);
  const from = new Date(
    Math.max(startOfHour(ctx.now).getTime(), ...ahead.map((record) => Date.parse(record.end))),
  );
  const input = await gatherPlanInput(
    {
      from,
      to: new Date(from.getTime() + DEFAULT_PLAN_DAYS * DAY_MS),
      mentees: [mentee.id],
      weights: { load: 0 },
    },
    ctx,
  );
  const plan = planShadowRotation(input);
  const unmatched = plan.unmatched[0];
  return {
    suggestions: plan.pairings.map((pairing) => ({
      mentor: pairing.mentor.id,
      schedule: pairing.schedule.id,
      start: pairing.start,
      end: pairing.end,
    })),
    noSuggestion: unmatched
      ? `No shadow shift fits in the next 4 weeks: ${unmatched.reason}. To fix: ${unmatched.fix}.`
      : null,
  };
}
