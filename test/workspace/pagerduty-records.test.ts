import { describe, expect, it } from "vitest";
import {
  type FailField,
  isOverviewEntry,
  logEntryKind,
  normaliseAlert,
  normaliseIncident,
  normaliseLogEntry,
  normaliseNote,
  teamJoins,
} from "../../src/sources/pagerduty-records.js";
import { engineer, service, teamDirectory } from "../builders/index.js";

const team = teamDirectory({
  engineers: [
    engineer("alice", {
      name: "Alice Chen",
      email: "alice@example.com",
      pagerdutyUserId: "PA1ICE7",
      timeZone: "UTC",
    }),
    engineer("bob", { name: "Bob Okafor", email: "Bob@Example.com", timeZone: "UTC" }),
  ],
  services: [service({ pagerdutyId: "PSVC001", team: "payments" })],
  teams: [{ id: "payments", name: "Payments", pagerdutyId: "PT4KHLK" }],
});
const joins = teamJoins(team);

class FieldProblem extends Error {}
const fail: FailField = (field, problem) => {
  throw new FieldProblem(`${field} ${problem}`);
};

const incident = {
  id: "Q1",
  incident_number: 7,
  title: "Latency",
  status: "acknowledged",
  urgency: "high",
  created_at: "2026-11-20T10:04:00-08:00",
  last_status_change_at: "2026-11-20T18:09:00Z",
  service: { id: "PSVC001", type: "service_reference", summary: "payments (PD name)" },
  escalation_policy: { id: "PEP1", type: "escalation_policy_reference", summary: "Payments EP" },
  teams: [
    { id: "PT4KHLK", type: "team_reference", summary: "Payments (PD)" },
    { id: "POTHER1", type: "team_reference", summary: "Platform" },
  ],
  assignments: [
    { at: "2026-11-20T18:04:00Z", assignee: { id: "PA1ICE7", type: "user_reference", summary: "A. C." } },
    {
      at: "2026-11-20T18:04:00Z",
      assignee: { id: "PX", type: "user", summary: "X", email: "bob@example.com" },
    },
    { at: "2026-11-20T18:04:00Z", assignee: { id: "PZ", type: "user_reference", summary: "Zed Unknown" } },
  ],
  priority: { id: "PP", type: "priority", summary: "P2", name: "P2" },
  html_url: "https://example.pagerduty.com/incidents/Q1",
  incident_key: "k",
  alert_counts: { all: 3, triggered: 1, resolved: 2 },
};

describe("teamJoins", () => {
  it("matches people by PagerDuty id, then email (any case), then name", () => {
    expect(joins.person({ id: "PA1ICE7", type: null, summary: "Someone", name: null, email: null })).toEqual({
      id: "alice",
      name: "Alice Chen",
      known: true,
    });
    expect(
      joins.person({ id: "P2", type: null, summary: null, name: null, email: "bob@EXAMPLE.com" }),
    ).toEqual({
      id: "bob",
      name: "Bob Okafor",
      known: true,
    });
    expect(joins.person({ id: "P3", type: null, summary: "Bob Okafor", name: null, email: null }).id).toBe(
      "bob",
    );
    expect(joins.person({ id: "P4", type: null, summary: "Sam Rivera", name: null, email: null })).toEqual({
      id: "P4",
      name: "Sam Rivera",
      known: false,
    });
  });

  it("matches services and teams by id or PagerDuty id", () => {
    const ref = (id: string) => ({ id, type: null, summary: "vendor name", name: null, email: null });
    expect(joins.service(ref("PSVC001"))).toEqual({ id: "payments-api", name: "Payments API" });
    expect(joins.service(ref("payments-api"))).toEqual({ id: "payments-api", name: "Payments API" });
    expect(joins.service(ref("PNOPE"))).toEqual({ id: "PNOPE", name: "vendor name" });
    expect(joins.team(ref("PT4KHLK"))).toEqual({ id: "payments", name: "Payments" });
  });
});

describe("normaliseIncident", () => {
  it("maps every field, joining people, service and teams", () => {
    expect(normaliseIncident(incident, joins, fail)).toEqual({
      id: "Q1",
      number: 7,
      title: "Latency",
      status: "acknowledged",
      urgency: "high",
      priority: "P2",
      service: { id: "payments-api", name: "Payments API" },
      teams: [
        { id: "payments", name: "Payments" },
        { id: "POTHER1", name: "Platform" },
      ],
      escalationPolicy: { id: "PEP1", name: "Payments EP" },
      assignees: [
        { id: "alice", name: "Alice Chen", known: true },
        { id: "bob", name: "Bob Okafor", known: true },
        { id: "PZ", name: "Zed Unknown", known: false },
      ],
      createdAt: "2026-11-20T18:04:00.000Z",
      resolvedAt: null,
      lastStatusChangeAt: "2026-11-20T18:09:00.000Z",
      url: "https://example.pagerduty.com/incidents/Q1",
      incidentKey: "k",
      alertCounts: { all: 3, triggered: 1, resolved: 2 },
    });
  });

  it("takes resolved_at for resolved incidents, else the last status change", () => {
    const resolved = { ...incident, status: "resolved", resolved_at: "2026-11-20T19:00:00Z" };
    expect(normaliseIncident(resolved, joins, fail).resolvedAt).toBe("2026-11-20T19:00:00.000Z");
    const { resolved_at: _, ...withoutResolvedAt } = resolved;
    expect(normaliseIncident(withoutResolvedAt, joins, fail).resolvedAt).toBe("2026-11-20T18:09:00.000Z");
  });

  it("is lenient about optional parts", () => {
    const minimal = {
      id: "Q2",
      incident_number: 8,
      title: "T",
      status: "triggered",
      created_at: "2026-11-20T18:04:00Z",
      service: { id: "PNEW" },
      priority: null,
      escalation_policy: null,
    };
    expect(normaliseIncident(minimal, joins, fail)).toMatchObject({
      urgency: "high",
      priority: null,
      service: { id: "PNEW", name: "PNEW" },
      teams: [],
      escalationPolicy: null,
      assignees: [],
      lastStatusChangeAt: "2026-11-20T18:04:00.000Z",
      url: null,
      incidentKey: null,
      alertCounts: null,
    });
  });

  it.each([
    [{ ...incident, id: undefined }, "id is missing"],
    [{ ...incident, incident_number: "7" }, "incident_number must be a whole number"],
    [{ ...incident, status: "open" }, 'status must be one of triggered, acknowledged, resolved, not "open"'],
    [
      { ...incident, created_at: "2026-11-20 18:04" },
      "created_at must be an ISO 8601 date-time with an offset or Z",
    ],
    [
      { ...incident, created_at: "2026-02-30T18:04:00Z" },
      "created_at must be an ISO 8601 date-time with an offset or Z",
    ],
    [{ ...incident, service: undefined }, "service is missing"],
    [{ ...incident, service: { type: "service_reference" } }, "service.id is missing"],
    [{ ...incident, assignments: [{ assignee: { summary: "x" } }] }, "assignments[0].assignee.id is missing"],
  ])("names the field that is missing or malformed (%#)", (raw, message) => {
    expect(() => normaliseIncident(raw, joins, fail)).toThrow(message);
  });
});

describe("normaliseLogEntry", () => {
  const entry = (fields: Record<string, unknown>) => ({
    id: "R1",
    created_at: "2026-11-20T18:04:00Z",
    summary: "s",
    incident: { id: "Q1", type: "incident_reference" },
    ...fields,
  });

  it("maps a trigger by a service: no actor, the channel type kept", () => {
    const agent = { id: "PSVC001", type: "service_reference", summary: "Payments API" };
    expect(
      normaliseLogEntry(entry({ type: "trigger_log_entry", agent, channel: { type: "api" } }), joins, fail),
    ).toEqual({
      id: "R1",
      incidentId: "Q1",
      kind: "trigger",
      rawType: "trigger_log_entry",
      at: "2026-11-20T18:04:00.000Z",
      summary: "s",
      actor: null,
      targets: [],
      channel: "api",
      message: null,
      escalationLevel: null,
    });
  });

  it.each([
    [{ type: "notification", notification: { type: "sms_notification" } }, "sms"],
    [{ type: "notification", notification: { type: "phone_notification" } }, "phone"],
    [{ type: "email" }, "email"],
    [{ type: "push_notification" }, "push"],
    [{ type: "carrier_pigeon" }, "carrier_pigeon"],
  ])("maps the notification channel %j to %s", (channel, expected) => {
    const raw = entry({ type: "notify_log_entry", channel, user: { id: "PA1ICE7", type: "user_reference" } });
    const normalised = normaliseLogEntry(raw, joins, fail);
    expect(normalised.kind).toBe("notify");
    expect(normalised.channel).toBe(expected);
    expect(normalised.targets).toEqual([{ id: "alice", name: "Alice Chen", known: true }]);
  });

  it("takes the notified user from the notification when the entry has none", () => {
    const channel = {
      type: "notification",
      notification: { type: "sms_notification", user: { id: "PA1ICE7" } },
    };
    expect(normaliseLogEntry(entry({ type: "notify_log_entry", channel }), joins, fail).targets[0]?.id).toBe(
      "alice",
    );
  });

  it("maps escalations with their level and new assignees", () => {
    const raw = entry({
      type: "escalate_log_entry",
      summary: "Escalated to level 2 by timeout",
      channel: { type: "timeout" },
      assignees: [
        { id: "PA1ICE7", type: "user_reference" },
        { id: "PQ", type: "user_reference", summary: "Quinn" },
      ],
    });
    const normalised = normaliseLogEntry(raw, joins, fail);
    expect(normalised).toMatchObject({
      kind: "escalate",
      escalationLevel: 2,
      channel: "timeout",
      actor: null,
    });
    expect(normalised.targets.map((t) => t.id)).toEqual(["alice", "PQ"]);
  });

  it("maps assignments with their assignees and the person who assigned", () => {
    const raw = entry({
      type: "assign_log_entry",
      agent: { id: "PB", type: "user_reference", summary: "Bob Okafor" },
      assignees: [{ id: "PA1ICE7", type: "user_reference" }],
    });
    expect(normaliseLogEntry(raw, joins, fail)).toMatchObject({
      kind: "assign",
      actor: { id: "bob", known: true },
      targets: [{ id: "alice" }],
    });
  });

  it("puts the note text of annotations and resolutions in message", () => {
    const agent = { id: "PA1ICE7", type: "user_reference" };
    const annotate = entry({
      type: "annotate_log_entry",
      agent,
      channel: { type: "note", summary: "Rolled back." },
    });
    expect(normaliseLogEntry(annotate, joins, fail)).toMatchObject({
      kind: "annotate",
      message: "Rolled back.",
    });
    const resolve = entry({ type: "resolve_log_entry", agent, note: "Fixed by restart." });
    expect(normaliseLogEntry(resolve, joins, fail)).toMatchObject({
      kind: "resolve",
      message: "Fixed by restart.",
    });
  });

  it("takes the incident id from the caller when the entry has no incident reference", () => {
    const raw = { id: "R9", type: "acknowledge_log_entry", created_at: "2026-11-20T18:04:00Z" };
    expect(normaliseLogEntry(raw, joins, fail, "Q7").incidentId).toBe("Q7");
    expect(() => normaliseLogEntry(raw, joins, fail)).toThrow("incident is missing");
  });

  it("fills a missing summary from the type and keeps unknown types as other", () => {
    const raw = { id: "R9", type: "field_value_change_log_entry", created_at: "2026-11-20T18:04:00Z" };
    expect(normaliseLogEntry(raw, joins, fail, "Q7")).toMatchObject({
      kind: "other",
      summary: "field value change",
    });
  });

  it("requires id, type and created_at", () => {
    expect(() => normaliseLogEntry(entry({ type: undefined }), joins, fail)).toThrow("type is missing");
    expect(() =>
      normaliseLogEntry(entry({ type: "trigger_log_entry", created_at: null }), joins, fail),
    ).toThrow("created_at is missing");
    expect(() => normaliseLogEntry("R1", joins, fail)).toThrow(
      "log entry must be a PagerDuty LogEntry object",
    );
  });

  it("knows the kinds and which are overview entries", () => {
    expect(logEntryKind("reach_trigger_limit_log_entry")).toBe("reach_trigger_limit");
    expect(logEntryKind("urgency_change_log_entry")).toBe("urgency_change");
    expect(logEntryKind("delegate_log_entry")).toBe("assign");
    const notify = normaliseLogEntry(entry({ type: "notify_log_entry" }), joins, fail);
    const ack = normaliseLogEntry(entry({ type: "acknowledge_log_entry" }), joins, fail);
    expect([isOverviewEntry(notify), isOverviewEntry(ack)]).toEqual([false, true]);
  });
});

describe("normaliseNote", () => {
  it("joins the author, and has no author for a bot", () => {
    const raw = {
      id: "N1",
      user: { id: "PX", type: "user_reference", summary: "Alice Chen" },
      content: "Rolled back.",
      created_at: "2026-11-20T10:30:00-08:00",
    };
    expect(normaliseNote(raw, "Q1", joins, fail)).toEqual({
      id: "N1",
      incidentId: "Q1",
      at: "2026-11-20T18:30:00.000Z",
      author: { id: "alice", name: "Alice Chen", known: true },
      content: "Rolled back.",
    });
    const bot = { ...raw, user: { id: "PB0T", type: "bot_user_reference", summary: "Payments API" } };
    expect(normaliseNote(bot, "Q1", joins, fail).author).toBeNull();
  });

  it("requires content", () => {
    expect(() => normaliseNote({ id: "N1", created_at: "2026-11-20T18:30:00Z" }, "Q1", joins, fail)).toThrow(
      "content is missing",
    );
  });
});

describe("normaliseAlert", () => {
  it("maps key, status, severity and the body's details", () => {
    const raw = {
      id: "A1",
      type: "alert",
      summary: "p99 high",
      status: "resolved",
      created_at: "2026-11-20T18:04:00Z",
      alert_key: "payments/latency",
      severity: "critical",
      body: { type: "alert_body", details: { p99_ms: 2400 } },
    };
    expect(normaliseAlert(raw, fail)).toEqual({
      id: "A1",
      key: "payments/latency",
      summary: "p99 high",
      status: "resolved",
      createdAt: "2026-11-20T18:04:00.000Z",
      severity: "critical",
      details: { p99_ms: 2400 },
    });
  });

  it("falls back to the details' summary and to nulls", () => {
    const raw = {
      id: "A2",
      status: "triggered",
      created_at: "2026-11-20T18:04:00Z",
      body: { details: { summary: "x" } },
    };
    expect(normaliseAlert(raw, fail)).toMatchObject({ summary: "x", key: null, severity: null });
    expect(normaliseAlert({ ...raw, body: undefined }, fail)).toMatchObject({ summary: "", details: null });
  });

  it("requires a known status", () => {
    expect(() =>
      normaliseAlert({ id: "A3", status: "open", created_at: "2026-11-20T18:04:00Z" }, fail),
    ).toThrow('status must be one of triggered, resolved, not "open"');
  });
});
