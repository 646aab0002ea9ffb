// Hand-built incident records for the runbook draft tests.
import type { Alert, Incident, LogEntry, Note, RunbookFile, Service } from "../../src/model.js";

export const ALICE = { id: "alice", name: "Alice Chen", known: true };

export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: "Q1ABCDEF",
    number: 4211,
    title: "Payments API 5xx error rate above 5%",
    status: "resolved",
    urgency: "high",
    priority: "P1",
    service: { id: "payments-api", name: "Payments API" },
    teams: [],
    escalationPolicy: null,
    assignees: [ALICE],
    createdAt: "2026-11-20T14:02:00.000Z",
    resolvedAt: "2026-11-20T14:49:00.000Z",
    lastStatusChangeAt: "2026-11-20T14:49:00.000Z",
    url: "https://acme.pagerduty.com/incidents/Q1ABCDEF",
    incidentKey: null,
    alertCounts: null,
    ...overrides,
  };
}

export function logEntry(kind: LogEntry["kind"], at: string, overrides: Partial<LogEntry> = {}): LogEntry {
  return {
    id: `L-${kind}-${at}`,
    incidentId: "Q1ABCDEF",
    kind,
    rawType: `${kind}_log_entry`,
    at,
    summary:
      kind === "trigger"
        ? "Triggered through the API."
        : kind === "resolve"
          ? "Resolved by Alice Chen."
          : kind,
    actor: kind === "trigger" ? null : ALICE,
    targets: [],
    channel: null,
    message: null,
    escalationLevel: null,
    ...overrides,
  };
}

export function note(at: string, content: string): Note {
  return { id: `N-${at}`, incidentId: "Q1ABCDEF", at, author: ALICE, content };
}

export function alert(summary: string, createdAt = "2026-11-20T14:01:30.000Z", details: unknown = {}): Alert {
  return {
    id: `A-${summary.length}-${createdAt}`,
    key: null,
    summary,
    status: "resolved",
    createdAt,
    severity: "critical",
    details,
  };
}

export const SERVICE: Service = {
  id: "payments-api",
  name: "Payments API",
  runbook: "payments-api.md",
  pagerdutyId: "PXYZ123",
  team: "payments",
};

export function runbookFile(content: string, path = "payments-api.md"): RunbookFile {
  return { path, content, version: "v1-base" };
}

/** The standard records: an alert, trigger and resolve entries, and notes with a diagnosis and a fix. */
export function standardRecords() {
  return {
    incident: incident(),
    alerts: [alert("Payments API 5xx error rate above 5%")],
    logEntries: [
      logEntry("trigger", "2026-11-20T14:02:00.000Z"),
      logEntry("resolve", "2026-11-20T14:49:00.000Z"),
    ],
    notes: [
      note(
        "2026-11-20T14:10:00.000Z",
        "Checked the pods: `kubectl -n payments get pods -l app=payments-api` shows 3 in CrashLoopBackOff.",
      ),
      note(
        "2026-11-20T14:30:00.000Z",
        "Rolled back the bad deploy:\n```sh\nkubectl -n payments rollout undo deploy/payments-api\nkubectl -n payments rollout status deploy/payments-api\n```\nError rate back under 1%.",
      ),
    ],
  };
}
