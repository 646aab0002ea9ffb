import { describe, expect, it } from "vitest";
import { FULL_LOG_LIMIT, loadIncidentRecords } from "../../src/incidents/load-incident.js";
import type { LogEntry } from "../../src/model.js";
import { cacheResolvedRecords } from "../../src/sources/cache/resolved-records.js";
import { alice, incident, logEntry, note } from "../builders/index.js";
import { fakeSources } from "./fake-sources.js";

function context(data: Parameters<typeof fakeSources>[0]) {
  const fake = fakeSources(data);
  const progress: string[] = [];
  return {
    fake,
    progress,
    ctx: {
      sources: fake.sources,
      signal: new AbortController().signal,
      requests: { count: 0 },
      progress: async (done: number, total?: number, message?: string) => {
        progress.push(`${done}/${total} ${message}`);
      },
    },
  };
}

/** A trigger, `notifications` notify entries and a resolve, all of incident Q1. */
function log(notifications: number): LogEntry[] {
  return [
    logEntry("trigger", "2026-11-24T10:00:00Z", { incidentId: "Q1" }),
    ...Array.from({ length: notifications }, (_, k) =>
      logEntry(
        "notify",
        `2026-11-24T10:${String(Math.floor(k / 60) % 60).padStart(2, "0")}:${String(k % 60).padStart(2, "0")}Z`,
        {
          incidentId: "Q1",
          targets: [alice],
          channel: "sms",
        },
      ),
    ),
    logEntry("resolve", "2026-11-24T10:59:59Z", { incidentId: "Q1", actor: alice }),
  ];
}

describe("loadIncidentRecords", () => {
  it(`reads every log entry when the log holds at most ${FULL_LOG_LIMIT}`, async () => {
    const { ctx, fake, progress } = context({
      incidents: [incident({ id: "Q1", number: 7 })],
      logEntries: log(FULL_LOG_LIMIT - 2),
      notes: [note("2026-11-24T10:30:00Z", "rolled back", { author: alice, incidentId: "Q1" })],
    });
    const records = await loadIncidentRecords("Q1", ctx);
    expect(records.overviewOnly).toBe(false);
    expect(records.notificationsNotRead).toBe(0);
    expect(records.logEntries.items).toHaveLength(FULL_LOG_LIMIT);
    expect(records.notes).toHaveLength(1);
    expect(fake.calls).toEqual([
      "getIncident Q1",
      "listLogEntries Q1 overview=false limit=0",
      "listNotes Q1",
      "listAlerts Q1 limit=100",
      "listLogEntries Q1 overview=false limit=all",
    ]);
    expect(progress).toEqual([
      "1/5 Read the incident",
      "2/5 Read the log entry count",
      "3/5 Read the notes",
      "4/5 Read the alerts",
      "5/5 Read the log entries",
    ]);
  });

  it("reads the overview and counts the notifications when the log is longer", async () => {
    const { ctx, fake } = context({
      incidents: [incident({ id: "Q1", number: 7 })],
      logEntries: log(FULL_LOG_LIMIT),
    });
    const records = await loadIncidentRecords("Q1", ctx);
    expect(records.overviewOnly).toBe(true);
    expect(records.logEntries.items.map((e) => e.kind)).toEqual(["trigger", "resolve"]);
    expect(records.logEntries.total).toBe(FULL_LOG_LIMIT + 2);
    expect(records.notificationsNotRead).toBe(FULL_LOG_LIMIT);
    expect(fake.calls.at(-1)).toBe("listLogEntries Q1 overview=true limit=all");
  });

  it("turns a number into the id before the other reads, and asks nothing again for a resolved incident when the source keeps resolved records", async () => {
    const { ctx, fake } = context({ incidents: [incident({ id: "Q1", number: 7 })], logEntries: log(1) });
    ctx.sources = { ...ctx.sources, incidents: cacheResolvedRecords(ctx.sources.incidents) };
    await loadIncidentRecords("7", ctx);
    expect(fake.calls.slice(0, 2)).toEqual(["getIncident 7", "listLogEntries Q1 overview=false limit=0"]);
    const calls = fake.calls.length;
    const again = await loadIncidentRecords("Q1", ctx);
    const byNumber = await loadIncidentRecords("7", ctx);
    expect(fake.calls.length).toBe(calls);
    expect(again.incident.id).toBe("Q1");
    expect(byNumber.logEntries.items).toHaveLength(3);
  });

  it("reads an open incident every time", async () => {
    const { ctx, fake } = context({
      incidents: [incident({ id: "Q1", number: 7, status: "triggered", resolvedAt: null })],
      logEntries: log(1),
    });
    await loadIncidentRecords("Q1", ctx);
    await loadIncidentRecords("Q1", ctx);
    expect(fake.calls.filter((call) => call.startsWith("getIncident"))).toHaveLength(2);
  });
});
