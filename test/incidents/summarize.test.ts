import { describe, expect, it } from "vitest";
import { renderIncidentSummary } from "../../src/incidents/render-summary.js";
import { incidentSummarySchema } from "../../src/incidents/schemas.js";
import { type IncidentRecords, summarizeIncident } from "../../src/incidents/summarize.js";
import type { LogEntry, Note } from "../../src/model.js";
import { alert, alice, bob, carol, incident, logEntry, note } from "../builders/index.js";
import { checkoutIncidentLog } from "./fixtures.js";

const NOW = new Date("2026-11-24T12:00:00Z");

function records(overrides: Partial<IncidentRecords> & { entries?: LogEntry[] } = {}): IncidentRecords {
  const entries = overrides.entries ?? checkoutIncidentLog();
  return {
    incident: incident(),
    logEntries: { items: entries, total: entries.length },
    overviewOnly: false,
    notificationsNotRead: 0,
    notes: [],
    alerts: { items: [], total: 0 },
    requests: 4,
    ...overrides,
  };
}

describe("summarizeIncident on a paged, escalated, handed-over incident", () => {
  const summary = summarizeIncident(
    records({
      notes: [
        note(
          "2026-11-24T10:40:00Z",
          "Rolled back deploy 3f2a9c1; error rate back to normal. db password=hunter2",
          {
            author: carol,
          },
        ),
      ],
      alerts: {
        items: [
          alert({ id: "A1", key: "checkout-5xx", createdAt: "2026-11-24T09:59:30Z" }),
          alert({ id: "A2", key: "checkout-5xx", createdAt: "2026-11-24T10:01:00Z" }),
          alert({ id: "A3", key: "checkout-latency", createdAt: "2026-11-24T10:03:00Z" }),
        ],
        total: 3,
      },
    }),
    { detail: "brief", now: NOW },
  );

  it("times the first acknowledgement and the resolution", () => {
    expect(summary.acknowledgedAt).toBe("2026-11-24T10:17:30Z");
    expect(summary.timeToAcknowledgeSeconds).toBe(1050);
    expect(summary.resolvedAt).toBe("2026-11-24T10:42:00Z");
    expect(summary.timeToResolveSeconds).toBe(2520);
    expect(summary.durationSeconds).toBe(2520);
  });

  it("counts escalations and reassignments, not the initial assignment", () => {
    expect(summary.escalations).toBe(1);
    expect(summary.reassignments).toBe(1);
  });

  it("names the resolver and what each responder did, in order of involvement", () => {
    expect(summary.resolvedBy).toEqual({ id: "carol", name: "Carol Diaz" });
    expect(summary.responders).toEqual([
      { id: "alice", name: "Alice Chen", actions: ["assigned", "notified"] },
      { id: "bob", name: "Bob Li", actions: ["escalated-to", "notified", "acknowledged", "reassigned"] },
      {
        id: "carol",
        name: "Carol Diaz",
        actions: ["assigned", "notified", "acknowledged", "annotated", "resolved"],
      },
    ]);
  });

  it("counts notifications by channel", () => {
    expect(summary.notifications).toEqual({
      total: 5,
      byChannel: { sms: 2, push: 2, phone: 1 },
      channelsNotRead: 0,
    });
  });

  it("describes the alerts", () => {
    expect(summary.alerts).toEqual({
      total: 3,
      distinctKeys: 2,
      firstAt: "2026-11-24T09:59:30Z",
      lastAt: "2026-11-24T10:03:00Z",
    });
  });

  it("takes the note that says what was done as the resolution, redacted", () => {
    expect(summary.resolution).toMatchObject({
      text: "10:40 Rolled back deploy 3f2a9c1; error rate back to normal. db password=[REDACTED:password]",
      actions: [{ kind: "rollback", text: "Rolled back" }],
    });
    expect(summary.resolution?.entryIds).toHaveLength(1);
    expect(summary.notes).toEqual([
      {
        at: "2026-11-24T10:40:00Z",
        author: { id: "carol", name: "Carol Diaz" },
        content: "Rolled back deploy 3f2a9c1; error rate back to normal. db password=[REDACTED:password]",
      },
    ]);
    expect(JSON.stringify(summary)).not.toContain("hunter2");
  });

  it("asks only what the records cannot tell", () => {
    expect(summary.openQuestions).toEqual([
      "It escalated 1 time before anyone acknowledged: was the first responder reachable?",
    ]);
  });

  it("counts only the escalations that came before the first acknowledgement", () => {
    const entries = [
      ...checkoutIncidentLog(),
      logEntry("escalate", "2026-11-24T10:30:00Z", { targets: [alice], escalationLevel: 3 }),
    ];
    const later = summarizeIncident(records({ entries }), { detail: "brief", now: NOW });
    expect(later.escalations).toBe(2);
    expect(later.openQuestions[0]).toBe(
      "It escalated 1 time before anyone acknowledged: was the first responder reachable?",
    );
  });

  it("keeps the whole condensed timeline under the brief limit and matches the output schema", () => {
    expect(summary.timeline).toHaveLength(11);
    expect(summary.timelineOmitted).toBe(0);
    expect(summary.sources).toEqual({
      logEntries: 13,
      logEntriesRead: 13,
      overviewOnly: false,
      alerts: 3,
      notes: 1,
      requests: 4,
    });
    expect(incidentSummarySchema.parse(summary)).toEqual(summary);
  });
});

describe("summarizeIncident from overview entries and a notification count", () => {
  const overview = checkoutIncidentLog().filter((e) => e.kind !== "notify");
  const summary = summarizeIncident(
    records({
      entries: overview,
      overviewOnly: true,
      notificationsNotRead: 5,
    }),
    { detail: "brief", now: NOW },
  );

  it("gets the same times, escalations and resolver", () => {
    expect(summary.timeToAcknowledgeSeconds).toBe(1050);
    expect(summary.timeToResolveSeconds).toBe(2520);
    expect(summary.escalations).toBe(1);
    expect(summary.reassignments).toBe(1);
    expect(summary.resolvedBy).toEqual({ id: "carol", name: "Carol Diaz" });
  });

  it("says the counted notifications' channels were not read, rather than calling them unknown", () => {
    expect(summary.notifications).toEqual({ total: 5, byChannel: {}, channelsNotRead: 5 });
    expect(renderIncidentSummary(summary)).toContain("5 notifications (channels not read)");
    expect(renderIncidentSummary(summary)).not.toMatch(/unknown \d/);
    const mixed = { ...summary, notifications: { total: 7, byChannel: { sms: 2 }, channelsNotRead: 5 } };
    expect(renderIncidentSummary(mixed)).toContain("7 notifications (sms 2, channels of 5 not read)");
    expect(summary.sources.overviewOnly).toBe(true);
    expect(summary.timeline.some((item) => item.kind === "notify")).toBe(false);
  });
});

describe("summarizeIncident open questions", () => {
  it("asks who owns a still-open incident and what was done", () => {
    const entries = [
      logEntry("trigger", "2026-11-24T10:00:00Z"),
      logEntry("acknowledge", "2026-11-24T10:03:00Z", { actor: alice }),
    ];
    const summary = summarizeIncident(
      records({
        incident: incident({ status: "acknowledged", resolvedAt: null }),
        entries,
        notes: [note("2026-11-24T10:10:00Z", "Looking at the dashboards", { author: alice })],
      }),
      { detail: "brief", now: NOW },
    );
    expect(summary.timeToAcknowledgeSeconds).toBe(180);
    expect(summary.timeToResolveSeconds).toBeNull();
    expect(summary.resolvedAt).toBeNull();
    expect(summary.resolvedBy).toBeNull();
    expect(summary.durationSeconds).toBe(7200);
    expect(summary.openQuestions).toEqual([
      "Still acknowledged after 2 h 00 min: who owns it now, and what is the next step?",
      "No note yet names an action taken (rollback, restart, config change…).",
    ]);
  });

  it("asks whether an unacknowledged incident that resolved itself was missed", () => {
    const entries = [
      logEntry("trigger", "2026-11-24T10:00:00Z"),
      logEntry("notify", "2026-11-24T10:00:01Z", { targets: [bob], channel: "sms" }),
      logEntry("resolve", "2026-11-24T10:05:00Z", { summary: "Resolved through the API" }),
    ];
    const summary = summarizeIncident(
      records({ incident: incident({ resolvedAt: "2026-11-24T10:05:00Z" }), entries }),
      { detail: "brief", now: NOW },
    );
    expect(summary.acknowledgedAt).toBeNull();
    expect(summary.timeToAcknowledgeSeconds).toBeNull();
    expect(summary.resolvedBy).toBeNull();
    expect(summary.openQuestions).toEqual([
      "Nobody acknowledged it and no person resolved it: did the alert clear on its own, or was the page missed?",
      "No note or resolve message says what fixed it.",
    ]);
  });

  it("prefers the resolve message as the resolution and says when the log was cut short", () => {
    const entries = [
      logEntry("trigger", "2026-11-24T10:00:00Z"),
      logEntry("acknowledge", "2026-11-24T10:01:00Z", { actor: alice }),
      logEntry("annotate", "2026-11-24T10:10:00Z", {
        actor: alice,
        message: "Restarted the pods, no change",
      }),
      logEntry("resolve", "2026-11-24T10:20:00Z", {
        actor: alice,
        message: "Raised the connection pool to 200",
      }),
    ];
    const summary = summarizeIncident(
      records({
        incident: incident({ resolvedAt: "2026-11-24T10:20:00Z" }),
        logEntries: { items: entries, total: 500 },
        alerts: { items: [alert({ id: "A1", key: "k", createdAt: "2026-11-24T10:00:00Z" })], total: 40 },
      }),
      { detail: "brief", now: NOW },
    );
    // The note that names an action and the resolve message; the note's "no change" is for the reader to weigh.
    expect(summary.resolution).toEqual({
      text: "10:10 Restarted the pods, no change\n10:20 Raised the connection pool to 200",
      entryIds: [entries[2]!.id, entries[3]!.id],
      actions: [
        { kind: "restart", text: "Restarted" },
        { kind: "config", text: "Raised the connection pool to 200" },
      ],
    });
    expect(summary.alerts.total).toBe(40);
    expect(summary.openQuestions).toEqual([
      "Only 4 of 500 log entries were read: the timeline may miss steps.",
      "Only 1 of 40 alerts were read: alert keys and times are partial.",
    ]);
  });
});

describe("summarizeIncident redaction", () => {
  it("leaves no secret from the title, log, notes or resolve message in the output", () => {
    const token = ["ghp", "_", "A".repeat(20), "b".repeat(16)].join("");
    const entries = [
      logEntry("trigger", "2026-11-24T10:00:00Z", {
        summary: "Triggered: Authorization: Bearer abc123def456ghi",
      }),
      logEntry("annotate", "2026-11-24T10:05:00Z", { actor: alice, message: `pushed with ${token}` }),
      logEntry("resolve", "2026-11-24T10:10:00Z", {
        actor: alice,
        message: "rotated; new DSN postgres://svc:n3wp4ss@db/x",
      }),
    ];
    const summary = summarizeIncident(
      records({
        incident: incident({
          title: "Login failures: api_key=sk9999secret leaked",
          resolvedAt: "2026-11-24T10:10:00Z",
        }),
        entries,
        notes: [
          note("2026-11-24T10:06:00Z", "AWS key AKIAIOSFODNN7EXAMPLE was in the log", { author: alice }),
        ],
      }),
      { detail: "full", now: NOW },
    );
    const json = JSON.stringify(summary);
    for (const secret of ["abc123def456ghi", token, "n3wp4ss", "sk9999secret", "AKIAIOSFODNN7EXAMPLE"]) {
      expect(json).not.toContain(secret);
    }
    expect(summary.incident.title).toBe("Login failures: api_key=[REDACTED:api-key] leaked");
    expect(summary.resolution?.text).toBe("10:10 rotated; new DSN postgres://svc:[REDACTED:password]@db/x");
  });
});

describe("summarizeIncident on an incident with 10,000 log entries", () => {
  const KB = 1024;

  function hugeIncident(text: (i: number) => string): IncidentRecords {
    const people = Array.from({ length: 40 }, (_, i) => ({
      id: `u${i}`,
      name: `Responder Number ${i}`,
      known: false,
    }));
    const entries: LogEntry[] = [logEntry("trigger", "2026-11-20T00:00:00Z")];
    const start = Date.parse("2026-11-20T00:00:00Z");
    for (let i = 1; i < 9_999; i++) {
      const at = new Date(start + i * 30_000).toISOString();
      const person = people[i % people.length]!;
      if (i % 200 === 0) entries.push(logEntry("annotate", at, { actor: person, message: text(i) }));
      else if (i % 50 === 0)
        entries.push(logEntry("escalate", at, { targets: [person], escalationLevel: (i / 50) % 3 }));
      else if (i % 50 === 10) entries.push(logEntry("acknowledge", at, { actor: person, summary: text(i) }));
      else if (i % 50 === 20) entries.push(logEntry("unacknowledge", at, { summary: text(i) }));
      else
        entries.push(
          logEntry("notify", at, { targets: [person], channel: ["sms", "push", "email", "phone"][i % 4]! }),
        );
    }
    entries.push(logEntry("resolve", "2026-11-24T00:00:00Z", { actor: people[0]!, message: text(0) }));
    const notes: Note[] = Array.from({ length: 60 }, (_, i) =>
      note(new Date(start + i * 600_000).toISOString(), text(i), { author: people[i % 40]! }),
    );
    return records({
      incident: incident({
        createdAt: "2026-11-20T00:00:00Z",
        resolvedAt: "2026-11-24T00:00:00Z",
        title: text(1),
      }),
      entries,
      notes,
      alerts: {
        items: Array.from({ length: 1000 }, (_, i) =>
          alert({ id: `A${i}`, key: `key-${i % 17}`, createdAt: new Date(start + i * 1000).toISOString() }),
        ),
        total: 4000,
      },
    });
  }

  const ascii = (i: number) =>
    `Step ${i}: checked the consumer lag, restarted worker pods and watched the graphs. `.repeat(40);
  const japanese = (i: number) =>
    `手順${i}：コンシューマーの遅延を確認し、ワーカーを再起動した。`.repeat(120);

  it.each([
    ["brief", "English", ascii],
    ["full", "English", ascii],
    ["brief", "Japanese", japanese],
    ["full", "Japanese", japanese],
  ] as const)("keeps %s structured content under 24 KB with long %s text", (detail, _language, text) => {
    const input = hugeIncident(text);
    expect(input.logEntries.items).toHaveLength(10_000);
    const summary = summarizeIncident(input, { detail, now: NOW });
    expect(Buffer.byteLength(JSON.stringify(summary))).toBeLessThan(24 * KB);
    expect(summary.timeline.length).toBeLessThanOrEqual(detail === "brief" ? 15 : 60);
    expect(summary.timeline.length + summary.timelineOmitted).toBeGreaterThan(60);
    expect(summary.escalations).toBe(150);
    expect(summary.sources.logEntries).toBe(10_000);
    expect(incidentSummarySchema.safeParse(summary).success).toBe(true);
  });

  it("keeps the 15 most telling lines in brief and 60 in full", () => {
    const input = hugeIncident((i) => `note ${i}`);
    const brief = summarizeIncident(input, { detail: "brief", now: NOW });
    const full = summarizeIncident(input, { detail: "full", now: NOW });
    expect(brief.timeline).toHaveLength(15);
    expect(full.timeline).toHaveLength(60);
    expect(brief.timeline[0]!.kind).toBe("trigger");
    expect(brief.timeline[14]!.kind).toBe("resolve");
  });
});
