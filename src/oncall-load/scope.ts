// Which people and schedules a load report covers, from the caller's filters. Pure.
import { NotFoundError } from "../lib/errors.js";
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

/** Refuses engineer and team ids team.yaml does not know, naming the first unknown one. */
export function checkScope(team: TeamDirectory, scope: LoadScope): void {
  const engineers = new Set(team.engineers.map((engineer) => engineer.id));
  const unknownEngineer = scope.engineerIds?.find((id) => !engineers.has(id));
  if (unknownEngineer !== undefined) {
    throw new NotFoundError(
      `No engineer "${unknownEngineer}" in team.yaml; engineers takes team.yaml engineer ids such as "${team.engineers[0]?.id ?? "alice"}".`,
    );
  }
  const teams = new Set(team.teams.map((t) => t.id));
  const unknownTeam = scope.teamIds?.find((id) => !teams.has(id));
  if (unknownTeam !== undefined) {
    const known = team.teams.map((t) => t.id).join(", ");
    throw new NotFoundError(
      `No team "${unknownTeam}" in team.yaml; teamIds takes ${known ? `one of: ${known}` : "ids from its teams list, which is empty"}.`,
    );
  }
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
