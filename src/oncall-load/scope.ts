// Which people and schedules a load report covers, from the caller's filters. Pure.
import { requireKnownIds } from "../lib/known-ids.js";
import type { Engineer, TeamDirectory } from "../model.js";
import { activeEngineerIds, type LoadRecords } from "./compute-loads.js";

export interface LoadScope {
  /** Count on-call hours from these schedules only, and list only the people on call in them. Default: all. */
  scheduleIds?: string[];
  /** Only engineers of these team.yaml teams. */
  teamIds?: string[];
  /** Only these team.yaml engineers, listed even with no load at all. */
  engineerIds?: string[];
}

/** Refuses engineer and team ids team.yaml does not know, naming the first unknown one and the known ones. */
export function checkScope(team: TeamDirectory, scope: LoadScope): void {
  requireKnownIds("engineers", "engineer", scope.engineerIds, { listed: team.engineers.map((e) => e.id) });
  requireKnownIds("teamIds", "team", scope.teamIds, { listed: team.teams.map((t) => t.id) });
}

/**
 * team.yaml engineers the report lists, in team.yaml order: those named in `engineerIds` (always), else everyone with
 * a shift or a page, acknowledgement or resolution in the records (only a shift when `scheduleIds` narrows the
 * schedules); `teamIds` narrows either.
 */
export function selectEngineers(team: TeamDirectory, scope: LoadScope, records: LoadRecords): Engineer[] {
  const named = scope.engineerIds ? new Set(scope.engineerIds) : null;
  const teams = scope.teamIds ? new Set(scope.teamIds) : null;
  const active = scope.scheduleIds
    ? new Set(records.shifts.map((shift) => shift.user))
    : activeEngineerIds(records);
  return team.engineers.filter(
    (engineer) =>
      (named ? named.has(engineer.id) : active.has(engineer.id)) &&
      (!teams || (engineer.team !== null && teams.has(engineer.team))),
  );
}
