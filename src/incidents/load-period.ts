// Gathers an on-call period's records in requests that grow with pages, not with incidents: the incident list page
// by page, the window's overview log entries in one stream (for first acknowledgements), and the rendered shifts of
// the schedules in scope, all three at once.
import { HOUR_MS } from "../lib/dates.js";
import { NotFoundError, UserInputError } from "../lib/errors.js";
import { unknownIdError } from "../lib/known-ids.js";
import { mapBounded } from "../lib/map-bounded.js";
import type { Incident, LogEntry, Shift } from "../model.js";
import type { CallContext } from "../ports/call-context.js";
import type { FetchContext, ScheduleSummary } from "../ports/sources.js";
import {
  type Acknowledgement,
  firstAcknowledgements,
  type PeriodRecords,
  type ScheduleRef,
} from "./digest.js";
import { trackReads } from "./fetch-progress.js";
import { lastResolutions } from "./handoff-incidents.js";

export const PERIOD_LIMITS = {
  /** Incidents read per request, and in all; past that the digest covers the newest ones and says so. */
  page: 100,
  incidents: 2_000,
  /** Schedules rendered when none is named. */
  schedules: 10,
  /** Incidents still open from before the period, and the logs read for their acknowledgements. */
  openBefore: 20,
  openLogsInFlight: 4,
  /** Incidents from before the period that were resolved during it, each read by id (one request each). */
  resolvedBefore: 20,
} as const;

/** An incident is almost always acknowledged within this long of the window's end, or never. */
export const ACK_GRACE_MS = 12 * HOUR_MS;

export interface PeriodScope {
  since: Date;
  until: Date;
  scheduleId?: string;
  serviceIds?: string[];
  teamIds?: string[];
}

export interface LoadedPeriod {
  records: PeriodRecords;
  /** Sentences about what could not be read, for the highlights. */
  gaps: string[];
}

type LoadContext = Pick<CallContext, "sources" | "team" | "signal" | "requests" | "progress">;

export async function loadPeriodRecords(scope: PeriodScope, ctx: LoadContext): Promise<LoadedPeriod> {
  const fetch: FetchContext = { signal: ctx.signal, requests: ctx.requests };
  const track = trackReads(ctx);
  const since = scope.since.toISOString();
  const until = scope.until.toISOString();
  const gaps: string[] = [];

  const schedulesRead = track(ctx.sources.schedules.listSchedules(fetch), "the schedules");
  // A named schedule decides the services before incidents are asked for; otherwise everything starts at once.
  const named = scope.scheduleId ? findSchedule(scope.scheduleId, await schedulesRead, ctx) : null;
  const serviceIds = named ? servicesOf(named, scope.serviceIds) : scope.serviceIds;

  const readIncidents = async (): Promise<Incident[]> => {
    const incidents: Incident[] = [];
    const seen = new Set<string>();
    if (serviceIds?.length === 0) return incidents;
    for (let offset = 0; ; offset += PERIOD_LIMITS.page) {
      const page = await track(
        ctx.sources.incidents.listIncidents(
          { since, until, serviceIds, teamIds: scope.teamIds, limit: PERIOD_LIMITS.page, offset },
          fetch,
        ),
        "a page of incidents",
      );
      // An incident created while paging (newest first) shifts the offsets by one: never count one twice.
      for (const incident of page.incidents) if (!seen.has(incident.id)) incidents.push(incident);
      for (const incident of page.incidents) seen.add(incident.id);
      if (!page.more || page.incidents.length === 0) return incidents;
      if (incidents.length >= PERIOD_LIMITS.incidents) {
        gaps.push(
          `More than ${PERIOD_LIMITS.incidents} incidents triggered in the period; the figures cover the newest ${incidents.length}: narrow the window or the services.`,
        );
        return incidents;
      }
    }
  };
  const readShifts = async (schedule: ScheduleSummary): Promise<Shift[]> => {
    try {
      return await track(
        ctx.sources.schedules.renderSchedule(schedule.id, since, until, fetch),
        `schedule ${schedule.name}`,
      );
    } catch (error) {
      // A schedule that cannot be rendered costs the on-call list a row, not the whole handoff.
      if (named || !(error instanceof UserInputError)) throw error;
      gaps.push(`Schedule ${schedule.name} could not be read: ${error.message}`);
      return [];
    }
  };
  const readSchedules = async () => {
    const inScope = named ? [named] : schedulesInScope(await schedulesRead, scope);
    if (inScope.length > PERIOD_LIMITS.schedules) {
      gaps.push(
        `Only ${PERIOD_LIMITS.schedules} of ${inScope.length} schedules were read for who was on call; name one with scheduleId, or narrow with serviceIds or teamIds.`,
      );
    }
    const kept = inScope.slice(0, PERIOD_LIMITS.schedules);
    return { kept, shifts: (await Promise.all(kept.map(readShifts))).flat() };
  };
  // Open work from before the period: still open now, so open when it ended. Read with no window (PagerDuty's
  // date_range=all), because a window reaching back to the oldest open incident would cost a request per 180 days.
  const readOpenBefore = async (): Promise<Incident[]> => {
    if (serviceIds?.length === 0) return [];
    const older: Incident[] = [];
    for (let offset = 0; ; offset += PERIOD_LIMITS.page) {
      const page = await track(
        ctx.sources.incidents.listIncidents(
          {
            statuses: ["triggered", "acknowledged"],
            serviceIds,
            teamIds: scope.teamIds,
            limit: PERIOD_LIMITS.page,
            offset,
          },
          fetch,
        ),
        "the open incidents",
      );
      older.push(
        ...page.incidents.filter((incident) => Date.parse(incident.createdAt) < scope.since.getTime()),
      );
      if (!page.more || page.incidents.length === 0 || older.length >= PERIOD_LIMITS.openBefore) break;
    }
    // Newest first from the source; the handoff keeps the oldest, which have waited longest.
    return older
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
      .slice(0, PERIOD_LIMITS.openBefore);
  };
  const ackUntil = new Date(scope.until.getTime() + ACK_GRACE_MS).toISOString();

  const [incidents, entries, { kept, shifts }, openBefore] = await Promise.all([
    readIncidents(),
    track(
      ctx.sources.incidents.listLogEntriesInWindow(since, ackUntil, { overview: true }, fetch),
      "the period's log entries",
    ),
    readSchedules(),
    readOpenBefore(),
  ]);
  const acknowledgements = firstAcknowledgements(entries);
  const [earlier, resolvedBefore] = await Promise.all([
    earlierAcknowledgements(openBefore, acknowledgements, ctx, fetch, track),
    resolvedFromBefore(
      entries,
      [...incidents, ...openBefore],
      { ...scope, serviceIds },
      ctx,
      fetch,
      track,
      gaps,
    ),
  ]);
  acknowledgements.push(...earlier);

  const schedules: ScheduleRef[] = kept.map(({ id, name, services }) => ({ id, name, services }));
  return {
    records: {
      window: { since, until },
      incidents,
      openBefore,
      resolvedBefore,
      acknowledgements,
      resolutions: lastResolutions(entries),
      shifts,
      schedules,
      engineers: ctx.team.engineers,
    },
    gaps,
  };
}

/** Acknowledgements of acknowledged incidents from before the window, from each one's overview log (a few). */
async function earlierAcknowledgements(
  openBefore: readonly Incident[],
  known: readonly Acknowledgement[],
  ctx: LoadContext,
  fetch: FetchContext,
  track: ReturnType<typeof trackReads>,
): Promise<Acknowledgement[]> {
  const seen = new Set(known.map((ack) => ack.incidentId));
  const wanted = openBefore.filter(
    (incident) => incident.status === "acknowledged" && !seen.has(incident.id),
  );
  const found = await mapBounded(wanted, PERIOD_LIMITS.openLogsInFlight, async (incident) => {
    const log = await track(
      ctx.sources.incidents.listLogEntries(incident.id, { overview: true }, fetch),
      `the log of #${incident.number}`,
    );
    return firstAcknowledgements(log.items);
  });
  return found.flat();
}

/**
 * Incidents that triggered before the period and were resolved during it: handed-over work that was closed. Found by
 * the resolve entries of the window's log stream (already read) whose incident is not among those read, then read by
 * id (bounded) and kept when in scope: the log stream is not filtered by service or team.
 */
async function resolvedFromBefore(
  entries: readonly LogEntry[],
  known: readonly Incident[],
  scope: PeriodScope,
  ctx: LoadContext,
  fetch: FetchContext,
  track: ReturnType<typeof trackReads>,
  gaps: string[],
): Promise<Incident[]> {
  if (scope.serviceIds?.length === 0) return [];
  const since = scope.since.getTime();
  const until = scope.until.getTime();
  const knownIds = new Set(known.map((incident) => incident.id));
  const wanted = lastResolutions(entries)
    .filter((change) => {
      const at = Date.parse(change.at);
      return since <= at && at < until && !knownIds.has(change.incidentId);
    })
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  if (wanted.length > PERIOD_LIMITS.resolvedBefore) {
    gaps.push(
      `${wanted.length} incidents from before the period were resolved in it; only the ${PERIOD_LIMITS.resolvedBefore} resolved last were read.`,
    );
  }
  const read = await mapBounded(
    wanted.slice(0, PERIOD_LIMITS.resolvedBefore),
    PERIOD_LIMITS.openLogsInFlight,
    async (change) => {
      try {
        return await track(
          ctx.sources.incidents.getIncident(change.incidentId, fetch),
          "a resolved incident",
        );
      } catch (error) {
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    },
  );
  return read
    .filter((incident): incident is Incident => incident !== null)
    .filter(
      (incident) =>
        Date.parse(incident.createdAt) < since &&
        incident.status === "resolved" &&
        (!scope.serviceIds || scope.serviceIds.includes(incident.service.id)) &&
        (!scope.teamIds || incident.teams.some((team) => scope.teamIds!.includes(team.id))),
    )
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** By the source's id, or by a team.yaml schedule's PagerDuty id. */
function findSchedule(
  scheduleId: string,
  schedules: readonly ScheduleSummary[],
  ctx: LoadContext,
): ScheduleSummary {
  const teamId = ctx.team.schedules.find((s) => s.pagerdutyId === scheduleId)?.id;
  const found = schedules.find((s) => s.id === scheduleId || (teamId !== undefined && s.id === teamId));
  if (!found)
    throw unknownIdError(
      "scheduleId",
      "schedule",
      scheduleId,
      schedules.map((s) => s.id),
    );
  return found;
}

/** A named schedule's services, narrowed by serviceIds when both are given; unknown services leave no filter. */
function servicesOf(schedule: ScheduleSummary, serviceIds: string[] | undefined): string[] | undefined {
  if (schedule.services.length === 0) return serviceIds;
  if (!serviceIds) return schedule.services;
  return schedule.services.filter((id) => serviceIds.includes(id));
}

function schedulesInScope(schedules: readonly ScheduleSummary[], scope: PeriodScope): ScheduleSummary[] {
  return schedules.filter(
    (schedule) =>
      (!scope.serviceIds || schedule.services.some((id) => scope.serviceIds!.includes(id))) &&
      (!scope.teamIds || (schedule.team !== null && scope.teamIds.includes(schedule.team))),
  );
}
