// What a caller may ask of a shadow plan (the input suggest_shadow_pairings and record_shadow_rotation share), and
// how it becomes planShadowRotation's input: shifts rendered through the schedule port, recent incident activity
// per service, and each mentor's recent on-call load, all read through the ports.
import { z } from "zod";
import { DAY_MS, instantField, startOfHour } from "../lib/dates.js";
import { UserInputError } from "../lib/errors.js";
import { idField } from "../lib/input-coercion.js";
import { fetchOncallLoads, mentorLoadScores, recentLoadWindow } from "../oncall-load/index.js";
import type { CallContext } from "../ports/call-context.js";
import type { FetchContext } from "../ports/sources.js";
import { planShadowRotation } from "./plan.js";
import { DEFAULT_WEIGHTS } from "./scoring.js";
import { realScheduleScope, realSchedules } from "./shadow-schedules.js";
import type { ScheduleInfo, ScoreWeights, ShadowLimits, ShadowPlan, ShadowPlanInput } from "./types.js";

export const DEFAULT_PLAN_DAYS = 28;
export const MAX_PLAN_DAYS = 183;
/** Incident activity is counted over this many days before the window. */
export const ACTIVITY_LOOKBACK_DAYS = 28;
/** Pages of 100 incidents read for the activity counts at most: enough for any team's month, bounded for a storm. */
const MAX_ACTIVITY_PAGES = 20;

// Numbers are checked by resolveLimits/resolveWeights, whose sentences name the field: bounds here would only lengthen
// the schema every client reads.
const n = () => z.number().optional();

export const planRequestFields = {
  from: instantField("Start; default this hour.").optional(),
  to: instantField("End (exclusive); default from + 4 weeks.").optional(),
  scheduleIds: z
    .array(idField(z.string().max(100)))
    .max(100)
    .optional()
    .describe("Shadow these schedules; default all"),
  mentees: z
    .array(idField(z.string().max(100)))
    .max(500)
    .optional()
    .describe("Engineer ids; default all mentees"),
  limits: z
    .strictObject({
      maxShadowsPerMentee: n(),
      maxShadowsPerMentor: n(),
      maxShadowsPerShift: n(),
      minOverlapHours: n(),
    })
    .optional()
    .describe("Defaults 2, 2, 1, 4"),
  weights: z
    .strictObject({ overlap: n(), learning: n(), activity: n(), novelty: n(), load: n() })
    .optional()
    .describe(
      "0 = off; defaults 1, 2, 1, 1, 1; load favours mentors less loaded on call in the 28 days before from",
    ),
};

export const planRequestSchema = z.object(planRequestFields);
export type PlanRequest = z.output<typeof planRequestSchema>;

/**
 * from/to, by default the 4 weeks from the start of the current hour: whole hours, so that the same request made
 * twice within the hour (suggest, then record recomputing it) plans the same window.
 */
export function resolvePlanWindow(
  request: Pick<PlanRequest, "from" | "to">,
  now: Date,
): { from: Date; to: Date } {
  const from = request.from ?? startOfHour(now);
  const to = request.to ?? new Date(from.getTime() + DEFAULT_PLAN_DAYS * DAY_MS);
  if (to.getTime() <= from.getTime()) {
    throw new UserInputError(
      `to (${to.toISOString()}) must be after from (${from.toISOString()}); swap them or widen the window.`,
    );
  }
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days > MAX_PLAN_DAYS) {
    throw new UserInputError(
      `The window is ${Math.ceil(days)} days; plan at most ${MAX_PLAN_DAYS} days at a time, so narrow from/to.`,
    );
  }
  return { from, to };
}

/** Reads everything a plan needs and makes it. */
export async function planFromRequest(request: PlanRequest, ctx: CallContext): Promise<ShadowPlan> {
  return planShadowRotation(await gatherPlanInput(request, ctx));
}

export async function gatherPlanInput(request: PlanRequest, ctx: CallContext): Promise<ShadowPlanInput> {
  const window = resolvePlanWindow(request, ctx.now);
  const fetch: FetchContext = { signal: ctx.signal, requests: ctx.requests };
  const since = window.from.toISOString();
  const until = window.to.toISOString();
  const loadWeight = request.weights?.load ?? DEFAULT_WEIGHTS.load;

  const summaries = await ctx.sources.schedules.listSchedules(fetch);
  const schedules: ScheduleInfo[] = realSchedules(summaries).map(({ id, name, timeZone, services }) => ({
    id,
    name,
    timeZone,
    services,
  }));
  const [shiftLists, incidentCounts, loadScores] = await Promise.all([
    // Every schedule, not only those shadowed: a mentee on call anywhere cannot shadow then.
    Promise.all(schedules.map((s) => ctx.sources.schedules.renderSchedule(s.id, since, until, fetch))),
    countRecentIncidents(ctx, window.from, fetch),
    loadWeight > 0
      ? recentMentorLoads(ctx, window.from, realScheduleScope(summaries), fetch)
      : Promise.resolve(undefined),
  ]);

  return {
    window: { from: since, to: until },
    engineers: ctx.team.engineers,
    schedules,
    shifts: shiftLists.flat(),
    // Shadow shifts from the window on are this plan's own business (a rotation recorded earlier), not experience.
    shadowHistory: ctx.team.shadowHistory.filter(
      (record) => Date.parse(record.start) < window.from.getTime(),
    ),
    incidentCounts,
    mentorLoadScores: loadScores,
    scheduleIds: request.scheduleIds,
    menteeIds: request.mentees,
    limits: withoutUndefined(request.limits ?? {}) as Partial<ShadowLimits>,
    weights: withoutUndefined(request.weights ?? {}) as Partial<ScoreWeights>,
    now: ctx.now.toISOString(),
  };
}

/** Incidents per service id over the ACTIVITY_LOOKBACK_DAYS before `start`, paged. */
export async function countRecentIncidents(
  ctx: Pick<CallContext, "sources">,
  start: Date,
  fetch: FetchContext,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const query = {
    since: new Date(start.getTime() - ACTIVITY_LOOKBACK_DAYS * DAY_MS).toISOString(),
    until: start.toISOString(),
    limit: 100,
  };
  for (let page = 0, offset = 0; page < MAX_ACTIVITY_PAGES; page++) {
    const { incidents, more } = await ctx.sources.incidents.listIncidents({ ...query, offset }, fetch);
    for (const incident of incidents)
      counts.set(incident.service.id, (counts.get(incident.service.id) ?? 0) + 1);
    if (!more || incidents.length === 0) break;
    offset += incidents.length;
  }
  return counts;
}

/** oncall_load's measure over the 28 days before `start`, as a score per engineer (1 = least loaded). */
async function recentMentorLoads(
  ctx: CallContext,
  start: Date,
  scheduleIds: string[] | undefined,
  fetch: FetchContext,
): Promise<Map<string, number>> {
  const { loads } = await fetchOncallLoads(
    { sources: ctx.sources, team: ctx.team, fetch },
    recentLoadWindow(start),
    { scheduleIds },
  );
  return mentorLoadScores(loads);
}

function withoutUndefined(value: object): object {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
