// The one LogEntry builder: an entry of the default incident by no one (the system), with a fresh id each call.
import type { LogEntry, LogEntryKind } from "../../src/model.js";
import { DEFAULT_INCIDENT_ID } from "./incident.js";

let sequence = 0;

export function logEntry(
  kind: LogEntryKind,
  at: string,
  overrides: Partial<Omit<LogEntry, "kind" | "at">> = {},
): LogEntry {
  sequence += 1;
  return {
    id: `LE${sequence}`,
    incidentId: DEFAULT_INCIDENT_ID,
    kind,
    rawType: `${kind}_log_entry`,
    at,
    summary: `${kind} entry`,
    actor: null,
    targets: [],
    channel: null,
    message: null,
    escalationLevel: null,
    ...overrides,
  };
}
