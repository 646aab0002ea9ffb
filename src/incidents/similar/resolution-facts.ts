// What fixed a past incident, who resolved it and how long it took: the incident summary's own findings, read from
// its overview log entries and notes. Pure.
import type { Incident, LogEntry, Note } from "../../model.js";
import { clip } from "../format.js";
import { summarizeIncident } from "../summarize.js";
import type { ResolutionFacts } from "./similarity-cache.js";

const RESOLUTION_CHARS = 300;
const STATE_CHANGES = new Set<LogEntry["kind"]>(["trigger", "acknowledge", "unacknowledge", "resolve"]);

/**
 * The incident as its log entries leave it: an index built while it was open still holds it as open, but a resolve
 * entry after the last state change says it is over.
 */
export function withLatestStatus(incident: Incident, entries: readonly LogEntry[]): Incident {
  if (incident.status === "resolved") return incident;
  const last = [...entries]
    .filter((entry) => STATE_CHANGES.has(entry.kind))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .pop();
  if (last?.kind !== "resolve") return incident;
  return { ...incident, status: "resolved", resolvedAt: last.at, lastStatusChangeAt: last.at };
}

export function resolutionFacts(
  incident: Incident,
  entries: readonly LogEntry[],
  notes: readonly Note[],
  now: Date,
): ResolutionFacts {
  const summary = summarizeIncident(
    {
      incident: withLatestStatus(incident, entries),
      logEntries: { items: [...entries], total: entries.length },
      overviewOnly: true,
      notificationsNotRead: 0,
      notes: [...notes],
      alerts: { items: [], total: 0 },
      requests: 0,
    },
    { detail: "brief", now },
  );
  return {
    resolution: summary.resolution === null ? null : clip(summary.resolution.text, RESOLUTION_CHARS),
    resolvedBy: summary.resolvedBy,
    timeToResolveSeconds: summary.timeToResolveSeconds,
  };
}
