// The facts of a shadow briefing: the shift (the mentee's recorded one, the next or the one at `start`, else the
// plan's first suggestion for them), the mentor, the services, their runbooks, the last incidents on them.
import { DAY_MS, parseInstant } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import type { Engineer, ShadowRecord } from "../../model.js";
import type { CallContext } from "../../ports/call-context.js";
import type { PromptAnswer } from "../../ports/prompt.js";
import { planForMentee } from "../plan/gather-plan-input.js";
import { type BriefingFacts, renderShadowBriefingPrompt } from "../render/render-briefing-prompt.js";
import { knownEngineer } from "./engineers.js";
import { runbooksForServices } from "./service-runbooks.js";

/** How far back the briefing looks for incidents, and how many it lists. */
const INCIDENT_LOOKBACK_DAYS = 28;
const INCIDENTS_LISTED = 8;

export async function shadowBriefingAnswer(
  menteeId: string,
  startText: string | undefined,
  ctx: CallContext,
): Promise<PromptAnswer> {
  const facts = await briefingFacts(menteeId, startText, ctx);
  return {
    description: `Shadow briefing for ${facts.mentee.name} with ${facts.mentor.name}`,
    messages: [renderShadowBriefingPrompt(facts)],
  };
}

export async function briefingFacts(
  menteeId: string,
  startText: string | undefined,
  ctx: CallContext,
): Promise<BriefingFacts> {
  const mentee = knownEngineer(ctx.team, menteeId, "mentee");
  const start = startText === undefined ? null : instant(startText);
  const shift =
    recordedShift(ctx.team.shadowHistory, mentee.id, start, ctx.now) ??
    (await suggestedShift(mentee, start, ctx));
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const schedule = (await ctx.sources.schedules.listSchedules(fetch)).find(
    (s) => s.id === shift.record.schedule,
  );
  const serviceIds = schedule?.services ?? [];
  const shiftStart = new Date(shift.record.start);
  const until = new Date(Math.min(shiftStart.getTime(), ctx.now.getTime()));
  const since = new Date(until.getTime() - INCIDENT_LOOKBACK_DAYS * DAY_MS);
  const [runbooks, page] = await Promise.all([
    runbooksForServices(serviceIds, ctx),
    serviceIds.length === 0
      ? Promise.resolve({ incidents: [], more: false })
      : ctx.sources.incidents.listIncidents(
          {
            since: since.toISOString(),
            until: until.toISOString(),
            serviceIds,
            limit: INCIDENTS_LISTED,
            offset: 0,
          },
          fetch,
        ),
  ]);
  return {
    mentee,
    mentor: knownEngineer(ctx.team, shift.record.mentor, "mentor"),
    schedule: { id: shift.record.schedule, name: schedule?.name ?? shift.record.schedule },
    start: shiftStart,
    end: new Date(shift.record.end),
    recorded: shift.recorded,
    services: serviceIds.map((id) => ({
      id,
      name: ctx.team.services.find((s) => s.id === id)?.name ?? id,
      runbook: runbooks.get(id) ?? null,
    })),
    incidents: page.incidents,
    incidentWindow: { since, until },
  };
}

/** The recorded shadow shift at `start` (starting then, or running then), else the next one not yet over. */
function recordedShift(
  history: readonly ShadowRecord[],
  mentee: string,
  start: Date | null,
  now: Date,
): { record: ShadowRecord; recorded: true } | null {
  const own = history
    .filter((record) => record.mentee === mentee)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const at = start?.getTime();
  const record =
    at === undefined
      ? own.find((r) => Date.parse(r.end) > now.getTime())
      : own.find((r) => Date.parse(r.start) <= at && at < Date.parse(r.end));
  return record ? { record, recorded: true } : null;
}

/** The first pairing of the optimal plan for this mentee alone over the 4 weeks from `start` (or now). */
async function suggestedShift(
  mentee: Engineer,
  start: Date | null,
  ctx: CallContext,
): Promise<{ record: ShadowRecord; recorded: false }> {
  const from = start ?? ctx.now;
  const plan = await planForMentee(mentee.id, from, ctx);
  const first = plan.pairings[0];
  if (!first) {
    const why = plan.unmatched[0];
    throw new UserInputError(
      `${mentee.name} has no shadow shift recorded${start ? ` at ${start.toISOString()}` : " ahead"} and none fits in the 4 weeks from ${from.toISOString()}${why ? `: ${why.reason}; to fix, ${why.fix}` : ""}.`,
    );
  }
  return {
    record: {
      mentee: mentee.id,
      mentor: first.mentor.id,
      schedule: first.schedule.id,
      start: first.start,
      end: first.end,
    },
    recorded: false,
  };
}

function instant(text: string): Date {
  const parsed = parseInstant(text.trim());
  if (typeof parsed === "string") throw new UserInputError(`start: ${parsed}.`);
  return parsed;
}
