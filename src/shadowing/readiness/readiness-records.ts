// Reads what readiness needs: the schedules (for the services a shadow shift covers) and the incidents on those
// services while the mentees' shifts ran, page by page over one window rather than one query per shift.

import type { Engineer, Incident } from "../../model.js";
import type { CallContext } from "../../ports/call-context.js";
import type { FetchContext } from "../../ports/sources.js";
import { type AssessInput, assessMentees, type MenteeAssessment } from "./assess-team.js";
import type { MilestoneNames } from "./milestones.js";
import type { RunbookChange } from "./runbook-changes.js";

/** Incidents read in pages of this many, and at most this many in all (newest first: older shifts lose them). */
export const READINESS_LIMITS = { page: 100, incidents: 10_000 } as const;

export interface TeamAssessment {
  assessments: MenteeAssessment[];
  /** A sentence when incidents were left unread, else null. */
  gap: string | null;
  names: MilestoneNames;
}

type ReadContext = Pick<CallContext, "sources" | "team" | "now" | "signal" | "requests">;

/** `runbookChanges`, when given (readRunbookChanges, read beside the incidents), dates the first-runbook-change milestone. */
export async function readAndAssess(
  mentees: readonly Engineer[],
  ctx: ReadContext,
  options: { runbookChanges?: () => Promise<ReadonlyMap<string, RunbookChange[]>> } = {},
): Promise<TeamAssessment> {
  const fetch: FetchContext = { signal: ctx.signal, requests: ctx.requests };
  const schedules = new Map((await ctx.sources.schedules.listSchedules(fetch)).map((s) => [s.id, s]));
  const servicesOf = (id: string) => schedules.get(id)?.services ?? [];
  const ids = new Set(mentees.map((m) => m.id));
  const shifts = ctx.team.shadowHistory.filter(
    (record) => ids.has(record.mentee) && Date.parse(record.start) < ctx.now.getTime(),
  );
  const [{ incidents, gap }, runbookChanges] = await Promise.all([
    incidentsDuring(shifts, servicesOf, ctx, fetch),
    options.runbookChanges?.(),
  ]);
  const engineerNames = new Map(ctx.team.engineers.map((e) => [e.id, e.name]));
  const serviceNames = new Map(ctx.team.services.map((s) => [s.id, s.name]));
  const input: AssessInput = {
    team: ctx.team,
    mentees,
    now: ctx.now,
    servicesOf,
    incidents,
    ...(runbookChanges ? { runbookChanges } : {}),
    names: {
      engineer: (id) => engineerNames.get(id) ?? id,
      service: (id) => serviceNames.get(id) ?? id,
      schedule: (id) => schedules.get(id)?.name ?? id,
    },
  };
  return { assessments: assessMentees(input), gap, names: input.names };
}

async function incidentsDuring(
  shifts: readonly { schedule: string; start: string }[],
  servicesOf: (schedule: string) => readonly string[],
  ctx: ReadContext,
  fetch: FetchContext,
): Promise<{ incidents: Incident[]; gap: string | null }> {
  const serviceIds = [...new Set(shifts.flatMap((shift) => servicesOf(shift.schedule)))];
  if (serviceIds.length === 0) return { incidents: [], gap: null };
  const since = new Date(Math.min(...shifts.map((shift) => Date.parse(shift.start)))).toISOString();
  const until = ctx.now.toISOString();
  const byId = new Map<string, Incident>();
  for (let offset = 0; offset < READINESS_LIMITS.incidents; offset += READINESS_LIMITS.page) {
    const page = await ctx.sources.incidents.listIncidents(
      { since, until, serviceIds, limit: READINESS_LIMITS.page, offset },
      fetch,
    );
    for (const incident of page.incidents) byId.set(incident.id, incident);
    if (!page.more) return { incidents: [...byId.values()], gap: null };
  }
  return {
    incidents: [...byId.values()],
    gap: `Only the newest ${READINESS_LIMITS.incidents} incidents since ${since.slice(0, 10)} were read; incidents seen on older shifts may be missing.`,
  };
}
