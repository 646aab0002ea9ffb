// Reads what on-call load is computed from, through the ports: each schedule rendered once for the window, and the
// window's log entries as one paged stream (pages, acknowledgements and resolutions alike), never per incident.

import { DAY_MS } from "../lib/dates.js";
import { type KnownIds, requireKnownIds, unknownIds } from "../lib/known-ids.js";
import { mapBounded } from "../lib/map-bounded.js";
import type { TeamDirectory } from "../model.js";
import type { FetchContext, Sources } from "../ports/sources.js";
import { computeOncallLoads, type LoadRecords } from "./compute-loads.js";
import { checkScope, type LoadScope, selectEngineers } from "./scope.js";
import type { EngineerLoad, LoadWindow } from "./types.js";

const LOAD_ENTRY_KINDS = new Set(["notify", "acknowledge", "resolve"]);
/** Schedule renders in flight at once, beside the log-entry stream. */
export const RENDERS_IN_FLIGHT = 3;

export interface LoadDeps {
  sources: Pick<Sources, "incidents" | "schedules">;
  team: TeamDirectory;
  fetch: FetchContext;
}

export async function fetchLoadRecords(
  deps: LoadDeps,
  window: LoadWindow,
  scope: LoadScope,
): Promise<LoadRecords> {
  const { sources, fetch } = deps;
  const since = window.since.toISOString();
  const until = window.until.toISOString();
  const scheduleIds = scope.scheduleIds
    ? await knownSchedules(deps, scope.scheduleIds)
    : (await sources.schedules.listSchedules(fetch)).map((s) => s.id);
  const [shiftLists, entries] = await Promise.all([
    mapBounded(scheduleIds, RENDERS_IN_FLIGHT, (id) =>
      sources.schedules.renderSchedule(id, since, until, fetch),
    ),
    sources.incidents.listLogEntriesInWindow(since, until, {}, fetch),
  ]);
  return { shifts: shiftLists.flat(), entries: entries.filter((entry) => LOAD_ENTRY_KINDS.has(entry.kind)) };
}

/** The named schedules, once each; the source's list is read only when team.yaml does not know one of them. */
async function knownSchedules(deps: LoadDeps, scheduleIds: readonly string[]): Promise<string[]> {
  const fromTeamFile: KnownIds = {
    listed: deps.team.schedules.map((s) => s.id),
    alsoAccepted: deps.team.schedules.map((s) => s.pagerdutyId),
  };
  if (unknownIds(scheduleIds, fromTeamFile).length > 0) {
    const listed = (await deps.sources.schedules.listSchedules(deps.fetch)).map((s) => s.id);
    requireKnownIds("scheduleIds", "schedule", scheduleIds, { ...fromTeamFile, listed });
  }
  return [...new Set(scheduleIds)];
}

/**
 * Everything a caller outside this folder needs: the loads of the people in scope over the window. The shadow plan
 * calls it over the 28 days before its window (RECENT_LOAD_DAYS) and passes the result to mentorLoadScores.
 */
export async function fetchOncallLoads(
  deps: LoadDeps,
  window: LoadWindow,
  scope: LoadScope = {},
): Promise<{ loads: EngineerLoad[]; records: LoadRecords }> {
  checkScope(deps.team, scope);
  const records = await fetchLoadRecords(deps, window, scope);
  const engineers = selectEngineers(deps.team, scope, records);
  return { loads: computeOncallLoads(engineers, records, window), records };
}

/** How far back "recent load" looks, for the shadow plan's mentor term and a mentee's progress. */
export const RECENT_LOAD_DAYS = 28;

/** The RECENT_LOAD_DAYS before `start`. */
export function recentLoadWindow(start: Date): LoadWindow {
  return { since: new Date(start.getTime() - RECENT_LOAD_DAYS * DAY_MS), until: start };
}
