// The fetch pattern: each schedule rendered once for the window, the log entries read as one stream, nothing per incident.
import { describe, expect, it } from "vitest";
import type { LogEntry, Shift } from "../../src/model.js";
import { fetchOncallLoads, recentLoadWindow } from "../../src/oncall-load/fetch-loads.js";
import type { IncidentSource, ScheduleSource } from "../../src/ports/sources.js";
import { engineer, logEntry, person, schedule, shift, teamDirectory } from "../builders/index.js";

const team = teamDirectory({
  engineers: [engineer("ann", { timeZone: "Europe/London" }), engineer("ben", { timeZone: "Europe/London" })],
});

const window = { since: new Date("2026-11-02T00:00:00Z"), until: new Date("2026-11-09T00:00:00Z") };

function recordingSources(shifts: Record<string, Shift[]>, entries: LogEntry[]) {
  const calls: string[] = [];
  const refuse = (name: string) => () => {
    throw new Error(`${name} should not be called`);
  };
  const schedules: ScheduleSource = {
    listSchedules: async () => {
      calls.push("listSchedules");
      return Object.keys(shifts).map((id) => ({ id, name: id, timeZone: "UTC", services: [], team: null }));
    },
    renderSchedule: async (id, since, until) => {
      calls.push(`renderSchedule ${id} ${since} ${until}`);
      return shifts[id] ?? [];
    },
  };
  const incidents: IncidentSource = {
    cheapReads: true,
    noteRefusal: null,
    listLogEntriesInWindow: async (since, until, query) => {
      calls.push(`listLogEntriesInWindow ${since} ${until} overview=${query?.overview ?? false}`);
      return entries;
    },
    listIncidents: refuse("listIncidents"),
    getIncident: refuse("getIncident"),
    listLogEntries: refuse("listLogEntries"),
    listNotes: refuse("listNotes"),
    listAlerts: refuse("listAlerts"),
    addNote: refuse("addNote"),
    listDirectory: refuse("listDirectory"),
  };
  return { calls, sources: { schedules, incidents } };
}

describe("fetchOncallLoads", () => {
  const shifts = {
    a: [shift("a", "ann", "2026-11-02T00:00:00Z", "2026-11-03T00:00:00Z")],
    b: [shift("b", "ben", "2026-11-03T00:00:00Z", "2026-11-03T12:00:00Z")],
  };
  const entries = [
    logEntry("notify", "2026-11-02T10:00:00Z", {
      incidentId: "I1",
      targets: [person("ann")],
      channel: "push",
    }),
    logEntry("annotate", "2026-11-02T10:05:00Z", { incidentId: "I1", actor: person("ann") }),
  ];

  it("renders each schedule once and reads the window's log entries once, with notifications", async () => {
    const { calls, sources } = recordingSources(shifts, entries);
    const { loads, records } = await fetchOncallLoads({ sources, team, fetch: {} }, window);
    expect(calls.sort()).toEqual([
      "listLogEntriesInWindow 2026-11-02T00:00:00.000Z 2026-11-09T00:00:00.000Z overview=false",
      "listSchedules",
      "renderSchedule a 2026-11-02T00:00:00.000Z 2026-11-09T00:00:00.000Z",
      "renderSchedule b 2026-11-02T00:00:00.000Z 2026-11-09T00:00:00.000Z",
    ]);
    expect(records.entries.map((entry) => entry.kind)).toEqual(["notify"]);
    expect(loads.map((l) => [l.engineer.id, l.hoursOnCall, l.pages])).toEqual([
      ["ann", 24, 1],
      ["ben", 12, 0],
    ]);
  });

  it("renders only the schedules asked for, without listing them all", async () => {
    const { calls, sources } = recordingSources(shifts, entries);
    const withSchedules = { ...team, schedules: [schedule("a"), schedule("b")] };
    const { loads } = await fetchOncallLoads({ sources, team: withSchedules, fetch: {} }, window, {
      scheduleIds: ["b"],
    });
    expect(calls.filter((call) => call.startsWith("render") || call === "listSchedules")).toEqual([
      "renderSchedule b 2026-11-02T00:00:00.000Z 2026-11-09T00:00:00.000Z",
    ]);
    expect(loads.map((l) => l.engineer.id)).toEqual(["ben"]);
  });

  it("lists the schedules only to judge one team.yaml does not know, and refuses one nobody knows", async () => {
    const first = recordingSources(shifts, entries);
    await fetchOncallLoads({ sources: first.sources, team, fetch: {} }, window, { scheduleIds: ["b"] });
    expect(first.calls.filter((call) => call.startsWith("render") || call === "listSchedules")).toEqual([
      "listSchedules",
      "renderSchedule b 2026-11-02T00:00:00.000Z 2026-11-09T00:00:00.000Z",
    ]);
    const second = recordingSources(shifts, entries);
    await expect(
      fetchOncallLoads({ sources: second.sources, team, fetch: {} }, window, { scheduleIds: ["zz"] }),
    ).rejects.toThrow(/^No schedule "zz" \(scheduleIds\); known schedules: "a", "b"\.$/);
    expect(second.calls).toEqual(["listSchedules"]);
  });

  it("refuses an unknown engineer before reading anything", async () => {
    const { calls, sources } = recordingSources(shifts, entries);
    await expect(
      fetchOncallLoads({ sources, team, fetch: {} }, window, { engineerIds: ["zed"] }),
    ).rejects.toThrow(/No engineer "zed"/);
    expect(calls).toEqual([]);
  });
});

describe("recentLoadWindow", () => {
  it("is the 28 days before the start", () => {
    const start = new Date("2026-12-01T00:00:00Z");
    expect(recentLoadWindow(start)).toEqual({ since: new Date("2026-11-03T00:00:00Z"), until: start });
  });
});
