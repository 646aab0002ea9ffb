// Filtering and paging incidents for listIncidents: pure, on normalised records.
import { UserInputError } from "../../lib/errors.js";
import type { Incident, TeamDirectory } from "../../model.js";
import type { IncidentPage, IncidentQuery } from "../../ports/sources.js";

export interface QueryableIncident {
  incident: Incident;
  rawServiceId: string;
  rawTeamIds: string[];
}

/** An ISO 8601 instant from a caller → milliseconds; a UserInputError naming the parameter otherwise. */
export function instantMillis(name: string, value: string): number {
  const millis = Date.parse(value);
  if (Number.isNaN(millis)) {
    throw new UserInputError(
      `${name} "${value}" is not a date-time; write ISO 8601 such as 2026-11-20T00:00:00Z.`,
    );
  }
  return millis;
}

function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new UserInputError(`${name} must be a whole number of 0 or more, not ${value}.`);
  }
}

/** Query ids may be team.yaml ids or PagerDuty ids; either way both spellings of a known thing match. */
function expandIds(ids: string[], known: { id: string; pagerdutyId: string | null }[]): Set<string> {
  const expanded = new Set(ids);
  for (const thing of known) {
    if (expanded.has(thing.id) && thing.pagerdutyId) expanded.add(thing.pagerdutyId);
    if (thing.pagerdutyId && expanded.has(thing.pagerdutyId)) expanded.add(thing.id);
  }
  return expanded;
}

/** Newest first (by createdAt, then number); since inclusive, until exclusive. */
export function selectIncidents(
  records: readonly QueryableIncident[],
  query: IncidentQuery,
  team: TeamDirectory,
): IncidentPage {
  requireCount("limit", query.limit);
  requireCount("offset", query.offset);
  const since = query.since === undefined ? null : instantMillis("since", query.since);
  const until = query.until === undefined ? null : instantMillis("until", query.until);
  const statuses = query.statuses?.length ? new Set(query.statuses) : null;
  const services = query.serviceIds?.length ? expandIds(query.serviceIds, team.services) : null;
  const teams = query.teamIds?.length ? expandIds(query.teamIds, team.teams) : null;
  const serviceTeam = new Map(team.services.map((s) => [s.id, s.team]));

  const matching = records.filter(({ incident, rawServiceId, rawTeamIds }) => {
    const created = Date.parse(incident.createdAt);
    if (since !== null && created < since) return false;
    if (until !== null && created >= until) return false;
    if (statuses && !statuses.has(incident.status)) return false;
    if (query.urgency && incident.urgency !== query.urgency) return false;
    if (services && !services.has(incident.service.id) && !services.has(rawServiceId)) return false;
    if (teams) {
      const owners = [
        ...incident.teams.map((t) => t.id),
        ...rawTeamIds,
        serviceTeam.get(incident.service.id),
      ];
      if (!owners.some((owner) => owner && teams.has(owner))) return false;
    }
    return true;
  });
  matching.sort(
    (a, b) =>
      b.incident.createdAt.localeCompare(a.incident.createdAt) || b.incident.number - a.incident.number,
  );
  return {
    incidents: matching.slice(query.offset, query.offset + query.limit).map((r) => r.incident),
    more: query.offset + query.limit < matching.length,
  };
}
