// How a plan request becomes planShadowRotation's input: shifts rendered through the schedule port, recent incident
// activity per service, and each mentor's recent on-call load, all read through the ports.
import { DAY_MS } from "../../lib/dates.js";
import { fetchOncallLoads, mentorLoadScores, recentLoadWindow } from "../../oncall-load/index.js";
import type { CallContext } from "../../ports/call-context.js";
import type { FetchContext } from "../../ports/sources.js";
import { withoutUndefined } from "./options.js";
import { DEFAULT_PLAN_DAYS, type PlanRequest, resolvePlanWindow } from "./plan-request.js";
import { planShadowRotation } from "./plan-shadow-rotation.js";
import type { ScheduleInfo, ScoreWeights, ShadowLimits, ShadowPlan, ShadowPlanInput } from "./plan-types.js";
import { DEFAULT_WEIGHTS } from "./scoring.js";
import { realScheduleScope, realSchedules } from "./shadow-schedules.js";

/** Incident activity is counted over this many days before the window. */
export const ACTIVITY_LOOKBACK_DAYS = 28;
/** Pages of 100 incidents read for the activity counts at most: enough for any team's month, bounded for a storm. */
const MAX_ACTIVITY_PAGES = 20;

/** Reads everything a plan needs and makes it. */
export async function planFromRequest(request: PlanRequest, ctx: CallContext): Promise<ShadowPlan> {
  return planShadowRotation(await gatherPlanInput(request, ctx));
}

/**
 * The optimal plan for one mentee alone over the DEFAULT_PLAN_DAYS from `from`, the mentors' load not weighed: what
 * mentee_progress suggests next and what a shadow briefing falls back on.
 */
export async function planForMentee(menteeId: string, from: Date, ctx: CallContext): Promise<ShadowPlan> {
  return planShadowRotation(
    await gatherPlanInput(
      {
        from,
        to: new Date(from.getTime() + DEFAULT_PLAN_DAYS * DAY_MS),
        mentees: [menteeId],
        weights: { load: 0 },
      },
      ctx,
    ),
  );
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
