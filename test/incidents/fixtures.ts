// Hand-built records for the incident tests.
import type {
  Engineer,
  Incident,
  LogEntry,
  LogEntryKind,
  Note,
  PersonRef,
  WorkingHours,
} from "../../src/model.js";

export const alice: PersonRef = { id: "alice", name: "Alice Chen", known: true };
export const bob: PersonRef = { id: "bob", name: "Bob Li", known: true };
export const carol: PersonRef = { id: "carol", name: "Carol Diaz", known: true };

export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: "Q2K4GW9LZ1F0XW",
    number: 1234,
    title: "High error rate on checkout",
    status: "resolved",
    urgency: "high",
    priority: "P1",
    service: { id: "payments-api", name: "Payments API" },
    teams: [],
    escalationPolicy: null,
    assignees: [],
    createdAt: "2026-11-24T10:00:00Z",
    resolvedAt: "2026-11-24T10:42:00Z",
    lastStatusChangeAt: "2026-11-24T10:42:00Z",
    url: "https://acme.pagerduty.com/incidents/Q2K4GW9LZ1F0XW",
    incidentKey: null,
    alertCounts: null,
    ...overrides,
  };
}

let sequence = 0;

export function entry(
  kind: LogEntryKind,
  at: string,
  fields: Partial<Omit<LogEntry, "kind" | "at">> = {},
): LogEntry {
  sequence += 1;
  return {
    id: `LE${sequence}`,
    incidentId: "Q2K4GW9LZ1F0XW",
    kind,
    rawType: `${kind}_log_entry`,
    at,
    summary: `${kind} entry`,
    actor: null,
    targets: [],
    channel: null,
    message: null,
    escalationLevel: null,
    ...fields,
  };
}

export function note(at: string, author: PersonRef | null, content: string): Note {
  sequence += 1;
  return { id: `N${sequence}`, incidentId: "Q2K4GW9LZ1F0XW", at, author, content };
}

const OFFICE: WorkingHours = { start: "09:00", end: "18:00", days: ["mon", "tue", "wed", "thu", "fri"] };

export function engineer(
  id: string,
  name: string,
  timeZone: string,
  overrides: Partial<Engineer> = {},
): Engineer {
  return {
    id,
    name,
    email: null,
    timeZone,
    level: "mid",
    mentor: false,
    mentee: false,
    skills: [],
    learning: [],
    workingHours: OFFICE,
    unavailable: [],
    team: null,
    pagerdutyUserId: null,
    ...overrides,
  };
}

/** The story of incident #1234, told by its log: paged, escalated, handed over, rolled back. */
export function checkoutIncidentLog(): LogEntry[] {
  return [
    entry("trigger", "2026-11-24T10:00:00Z", { summary: "Triggered through the API", channel: "api" }),
    entry("assign", "2026-11-24T10:00:00Z", { targets: [alice] }),
    entry("notify", "2026-11-24T10:00:05Z", { targets: [alice], channel: "sms" }),
    entry("notify", "2026-11-24T10:00:05Z", { targets: [alice], channel: "push" }),
    entry("notify", "2026-11-24T10:05:00Z", { targets: [alice], channel: "phone" }),
    entry("escalate", "2026-11-24T10:15:00Z", { targets: [bob], escalationLevel: 2 }),
    entry("notify", "2026-11-24T10:15:01Z", { targets: [bob], channel: "sms" }),
    entry("acknowledge", "2026-11-24T10:17:30Z", { actor: bob }),
    entry("assign", "2026-11-24T10:20:00Z", { actor: bob, targets: [carol] }),
    entry("notify", "2026-11-24T10:20:01Z", { targets: [carol], channel: "push" }),
    entry("acknowledge", "2026-11-24T10:25:00Z", { actor: carol }),
    entry("annotate", "2026-11-24T10:40:00Z", {
      actor: carol,
      message: "Rolled back deploy 3f2a9c1; error rate back to normal. db password=hunter2",
    }),
    entry("resolve", "2026-11-24T10:42:00Z", { actor: carol, summary: "Resolved by Carol Diaz" }),
  ];
}
