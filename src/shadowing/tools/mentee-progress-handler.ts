// mentee_progress: the mentee's shifts, the incidents on them, their services' runbooks, their own load beside the
// team's, what to shadow next and where readiness puts them, read together and shown as one page.
import { startOfHour } from "../../lib/dates.js";
import type { Engineer, Incident } from "../../model.js";
import {
  fetchOncallLoads,
  type LoadFigures,
  medianFigures,
  RECENT_LOAD_DAYS,
  recentLoadWindow,
} from "../../oncall-load/index.js";
import type { CallContext } from "../../ports/call-context.js";
import type { FetchContext } from "../../ports/sources.js";
import type { ToolHandler } from "../../ports/tool.js";
import { planForMentee } from "../plan/gather-plan-input.js";
import type { ScheduleInfo } from "../plan/plan-types.js";
import { realScheduleScope } from "../plan/shadow-schedules.js";
import {
  type LoadFiguresShown,
  MAX_SHIFTS_READ,
  menteeProgress,
  type NextShadow,
  seenSpan,
  shadowShiftsAhead,
  shadowShiftsBegun,
} from "../progress/mentee-progress.js";
import { readAndAssess } from "../readiness/readiness-records.js";
import { readRunbookChanges } from "../readiness/runbook-changes.js";
import { renderMenteeProgress } from "../render/render-mentee-progress.js";
import { knownEngineer } from "./engineers.js";
import type { progressInput, progressOutput } from "./mentee-progress-tool.js";
import { runbooksForServices } from "./service-runbooks.js";

export const handle: ToolHandler<typeof progressInput, typeof progressOutput> = async (input, ctx) => {
  const mentee = knownEngineer(ctx.team, input.mentee, "mentee");
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
    readAndAssess([mentee], ctx, { runbookChanges: () => readRunbookChanges([mentee], ctx) }),
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
};

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
  const plan = await planForMentee(mentee.id, from, ctx);
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
