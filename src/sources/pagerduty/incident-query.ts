// An IncidentQuery in PagerDuty's GET /incidents parameters. Pure.
import { DAY_MS } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import type { TeamDirectory } from "../../model.js";
import type { IncidentQuery } from "../../ports/sources.js";
import type { QueryValue } from "./http-client.js";
import { splitWindow, type TimeWindow, type WindowSpan } from "./paging.js";

/**
 * The `since` used once a search without one has to be narrowed by time: PagerDuty was founded in 2009, so no
 * incident is older.
 */
export const EARLIEST_INCIDENT = "2009-01-01T00:00:00.000Z";

/** The filters of a query; the time window and the paging are added per request. */
export function incidentFilters(
  query: IncidentQuery,
  team: TeamDirectory,
): Record<string, QueryValue | undefined> {
  return {
    "service_ids[]": nonEmpty(query.serviceIds?.map((id) => pagerDutyServiceId(id, team))),
    "team_ids[]": nonEmpty(query.teamIds?.map((id) => pagerDutyTeamId(id, team))),
    "statuses[]": nonEmpty(query.statuses),
    "urgencies[]": query.urgency ? [query.urgency] : undefined,
    sort_by: "created_at:desc",
  };
}

/** GET /incidents refuses windows longer than 6 months; 180 days stays inside that however months are counted. */
export const INCIDENT_SPAN: WindowSpan = { maxMs: 180 * DAY_MS, earliest: EARLIEST_INCIDENT };

// An open end is closed a minute past now, so an incident created while the request travels is not lost.
const OPEN_END_MARGIN_MS = 60_000;

/**
 * The windows a query reads, newest first: every incident (`date_range=all`) when it names neither end, else its
 * range closed at the earliest incident and at `now`, cut into windows PagerDuty accepts.
 */
export function incidentWindows(query: IncidentQuery, now: Date): TimeWindow[] {
  if (query.since === undefined && query.until === undefined) return [{ since: null, until: null }];
  const until = query.until ?? new Date(now.getTime() + OPEN_END_MARGIN_MS).toISOString();
  return splitWindow({ since: query.since ?? null, until }, INCIDENT_SPAN, "newest-first");
}

/** The window's parameters: both ends open means every incident (`date_range=all`). */
export function windowParameters(window: TimeWindow): Record<string, QueryValue | undefined> {
  if (window.since === null && window.until === null) return { date_range: "all" };
  return { since: window.since ?? EARLIEST_INCIDENT, until: window.until ?? undefined };
}

/** team.yaml service id → its PagerDuty id; an id team.yaml does not know is taken to be PagerDuty's. */
export function pagerDutyServiceId(id: string, team: TeamDirectory): string {
  return team.services.find((service) => service.id === id)?.pagerdutyId ?? id;
}

export function pagerDutyTeamId(id: string, team: TeamDirectory): string {
  return team.teams.find((t) => t.id === id)?.pagerdutyId ?? id;
}

function nonEmpty<T>(values: readonly T[] | undefined): T[] | undefined {
  return values && values.length > 0 ? [...new Set(values)] : undefined;
}

export function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new UserInputError(`${name} must be a whole number of 0 or more, not ${value}.`);
  }
}

/** An ISO instant from a caller, in milliseconds. */
export function requireInstant(name: string, value: string): number {
  const millis = Date.parse(value);
  if (Number.isNaN(millis)) {
    throw new UserInputError(
      `${name} "${value}" is not a date-time; write ISO 8601 such as 2026-11-20T00:00:00Z.`,
    );
  }
  return millis;
}
