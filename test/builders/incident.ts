// The one Incident builder: incident #1234, a resolved, high-urgency P1 on the Payments API; override what a test is about.
import type { Incident } from "../../src/model.js";

export const DEFAULT_INCIDENT_ID = "Q2K4GW9LZ1F0XW";

export function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: DEFAULT_INCIDENT_ID,
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
    url: `https://acme.pagerduty.com/incidents/${DEFAULT_INCIDENT_ID}`,
    incidentKey: null,
    alertCounts: null,
    ...overrides,
  };
}
