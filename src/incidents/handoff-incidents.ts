// Per incident, what a handoff needs: how fast it was acknowledged and resolved and by whom, and, for the work still
// open when the period ends (whenever it started), its state then, its age and its owners. Pure.
import { secondsBetween } from "../lib/stats.js";
import type { Incident, Instant, LogEntry, PersonRef } from "../model.js";
import type { HandledIncidentOut, IncidentRefOut, OpenIncidentOut } from "./schemas.js";

/** The first acknowledgement or the last resolution of an incident, from its log. */
export interface StateChange {
  incidentId: string;
  at: Instant;
  by: PersonRef | null;
}

/** The last resolve entry per incident: the one that closed it. */
export function lastResolutions(entries: Iterable<LogEntry>): StateChange[] {
  const last = new Map<string, StateChange>();
  for (const entry of entries) {
    if (entry.kind !== "resolve") continue;
    const known = last.get(entry.incidentId);
    if (!known || Date.parse(entry.at) >= Date.parse(known.at)) {
      last.set(entry.incidentId, { incidentId: entry.incidentId, at: entry.at, by: entry.actor });
    }
  }
  return [...last.values()];
}

const personOut = (person: PersonRef | null | undefined) =>
  person ? { id: person.id, name: person.name } : null;

export function handledIncident(
  ref: IncidentRefOut,
  incident: Incident,
  ack: StateChange | undefined,
  resolution: StateChange | undefined,
): HandledIncidentOut {
  const resolvedAt = incident.status === "resolved" ? incident.resolvedAt : null;
  return {
    ...ref,
    acknowledgedAt: ack?.at ?? null,
    acknowledgedBy: personOut(ack?.by),
    timeToAcknowledgeSeconds: ack ? Math.max(0, secondsBetween(incident.createdAt, ack.at)) : null,
    resolvedAt,
    timeToResolveSeconds: resolvedAt ? Math.max(0, secondsBetween(incident.createdAt, resolvedAt)) : null,
    resolvedBy: resolvedAt ? personOut(resolution?.by) : null,
  };
}

/** Open when the period ends: triggered before its end and not resolved by then. */
export function openAt(incident: Incident, until: Instant): boolean {
  if (Date.parse(incident.createdAt) >= Date.parse(until)) return false;
  return (
    incident.status !== "resolved" ||
    !incident.resolvedAt ||
    Date.parse(incident.resolvedAt) >= Date.parse(until)
  );
}

export function openIncident(
  ref: IncidentRefOut,
  incident: Incident,
  ack: StateChange | undefined,
  window: { since: Instant; until: Instant },
): OpenIncidentOut {
  // An acknowledgement after the period's end did not exist yet when it ended.
  const acknowledgedAt = ack && Date.parse(ack.at) < Date.parse(window.until) ? ack.at : null;
  const acknowledged = acknowledgedAt !== null || (incident.status === "acknowledged" && !ack);
  return {
    ...ref,
    statusAtEnd: acknowledged ? "acknowledged" : "triggered",
    acknowledgedAt,
    ageSeconds: Math.max(0, secondsBetween(incident.createdAt, window.until)),
    owners: incident.assignees.map(({ id, name }) => ({ id, name })),
    startedBefore: Date.parse(incident.createdAt) < Date.parse(window.since),
  };
}
