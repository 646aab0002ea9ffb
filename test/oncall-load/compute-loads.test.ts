import { describe, expect, it } from "vitest";
import { activeEngineerIds, computeOncallLoads } from "../../src/oncall-load/compute-loads.js";
import { engineer, logEntry, person, shift } from "../builders/index.js";

const window = { since: new Date("2026-11-16T00:00:00Z"), until: new Date("2026-11-23T00:00:00Z") };
const taro = engineer("taro", {
  timeZone: "Asia/Tokyo",
  workingHours: { start: "09:00", end: "18:00", days: ["mon", "tue", "wed", "thu", "fri"] },
});
const lucy = engineer("lucy", { timeZone: "Europe/London" });
const idle = engineer("idle", { name: "Idle Test", timeZone: "America/New_York" });

describe("computeOncallLoads", () => {
  it("places one page at 14:30Z in each engineer's own day: sleep hours in Tokyo, working hours in London", () => {
    const entries = [
      logEntry("notify", "2026-11-18T14:30:00Z", {
        incidentId: "A",
        targets: [person("taro")],
        channel: "push",
      }),
      logEntry("notify", "2026-11-18T14:30:00Z", {
        incidentId: "A",
        targets: [person("lucy")],
        channel: "push",
      }),
    ];
    const [forTaro, forLucy] = computeOncallLoads([taro, lucy], { shifts: [], entries }, window);
    expect(forTaro).toMatchObject({ pages: 1, afterHoursPages: 1, sleepHourPages: 1 });
    expect(forLucy).toMatchObject({ pages: 1, afterHoursPages: 0, sleepHourPages: 0 });
  });

  it("counts distinct incidents acknowledged and resolved, in the window, by known people only", () => {
    const entries = [
      logEntry("acknowledge", "2026-11-17T10:00:00Z", { incidentId: "A", actor: person("lucy") }),
      logEntry("acknowledge", "2026-11-17T10:30:00Z", { incidentId: "A", actor: person("lucy") }), // re-acknowledged: still one incident
      logEntry("acknowledge", "2026-11-18T10:00:00Z", { incidentId: "B", actor: person("lucy") }),
      logEntry("resolve", "2026-11-18T11:00:00Z", { incidentId: "B", actor: person("lucy") }),
      logEntry("resolve", "2026-11-23T00:00:00Z", { incidentId: "C", actor: person("lucy") }), // at `until`: outside
      logEntry("resolve", "2026-11-15T23:59:59Z", { incidentId: "D", actor: person("lucy") }), // before `since`: outside
      logEntry("notify", "2026-11-18T09:59:00Z", {
        incidentId: "B",
        targets: [person("lucy", { known: false })],
        channel: "push",
      }), // a vendor user id, not the engineer
      logEntry("annotate", "2026-11-18T10:10:00Z", { incidentId: "B", actor: person("lucy") }),
    ];
    const [forLucy] = computeOncallLoads([lucy], { shifts: [], entries }, window);
    expect(forLucy).toMatchObject({ incidentsAcknowledged: 2, incidentsResolved: 1, pages: 0 });
    expect(forLucy!.acknowledged).toEqual(["A", "B"]);
    expect(forLucy!.resolved).toEqual(["B"]);
  });

  it("takes hours, weekend hours and streak from the engineer's shifts, in their zone", () => {
    const shifts = [
      // Friday 15:00Z to Sunday 15:00Z: all Saturday and Sunday in Tokyo, 48 h.
      shift("primary", "taro", "2026-11-20T15:00:00Z", "2026-11-22T15:00:00Z"),
      shift("primary", "lucy", "2026-11-20T15:00:00Z", "2026-11-22T15:00:00Z"),
      shift("primary", "stranger", "2026-11-16T00:00:00Z", "2026-11-23T00:00:00Z"),
    ];
    const [forTaro, forLucy] = computeOncallLoads([taro, lucy], { shifts, entries: [] }, window);
    expect(forTaro).toMatchObject({ hoursOnCall: 48, weekendHoursOnCall: 48, longestOnCallStreakDays: 2 });
    // London is UTC+0 in November: Friday 15:00 to Sunday 15:00 holds 39 weekend hours.
    expect(forLucy).toMatchObject({ hoursOnCall: 48, weekendHoursOnCall: 39, longestOnCallStreakDays: 2 });
    expect(forTaro!.longestStreak).toEqual({
      from: "2026-11-20T15:00:00.000Z",
      to: "2026-11-22T15:00:00.000Z",
    });
  });

  it("gives zero figures to an engineer without records", () => {
    const [forIdle] = computeOncallLoads([idle], { shifts: [], entries: [] }, window);
    expect(forIdle).toEqual({
      engineer: { id: "idle", name: "Idle Test", timeZone: "America/New_York" },
      hoursOnCall: 0,
      incidentsAcknowledged: 0,
      incidentsResolved: 0,
      pages: 0,
      notifications: 0,
      afterHoursPages: 0,
      sleepHourPages: 0,
      longestOnCallStreakDays: 0,
      weekendHoursOnCall: 0,
      busiestSleepWeek: null,
      longestStreak: null,
      disturbedHours: { afterHours: 0, sleep: 0 },
      acknowledged: [],
      resolved: [],
    });
  });

  it("counts a storm of notifications from one incident as one page, at its first notification", () => {
    // 00:00 to 00:29 in Tokyo on 20 Nov: 30 pushes of incident S; and incident A at 23:30 Tokyo on 16 Nov.
    const storm = Array.from({ length: 30 }, (_, i) =>
      logEntry("notify", `2026-11-19T15:${String(i).padStart(2, "0")}:00Z`, {
        incidentId: "S",
        targets: [person("taro")],
        channel: "push",
      }),
    );
    const entries = [
      logEntry("notify", "2026-11-16T14:30:00Z", {
        incidentId: "A",
        targets: [person("taro")],
        channel: "push",
      }),
      ...storm,
    ];
    const [forTaro] = computeOncallLoads([taro], { shifts: [], entries }, window);
    expect(forTaro).toMatchObject({ pages: 2, notifications: 31, sleepHourPages: 2, afterHoursPages: 2 });
    expect(forTaro!.busiestSleepWeek).toEqual({
      pages: 2,
      from: "2026-11-16T14:30:00.000Z",
      to: "2026-11-19T15:00:00.000Z",
    });
    expect(forTaro!.disturbedHours).toEqual({ afterHours: 2, sleep: 2 });
  });

  it("gives each person one page per incident that notified them, however many channels it used", () => {
    const entries = [
      logEntry("notify", "2026-11-18T14:30:00Z", {
        incidentId: "B",
        targets: [person("taro")],
        channel: "push",
      }),
      logEntry("notify", "2026-11-18T14:30:00Z", {
        incidentId: "B",
        targets: [person("lucy")],
        channel: "push",
      }),
      logEntry("notify", "2026-11-18T14:31:00Z", {
        incidentId: "B",
        targets: [person("taro")],
        channel: "push",
      }),
      logEntry("notify", "2026-11-18T14:35:00Z", {
        incidentId: "B",
        targets: [person("taro")],
        channel: "push",
      }),
      // A second incident later the same night is a second page.
      logEntry("notify", "2026-11-18T18:00:00Z", {
        incidentId: "C",
        targets: [person("taro")],
        channel: "push",
      }),
    ];
    const loads = computeOncallLoads([taro, lucy], { shifts: [], entries }, window);
    expect(loads.map((load) => [load.engineer.id, load.pages, load.notifications])).toEqual([
      ["taro", 2, 4],
      ["lucy", 1, 1],
    ]);
  });
});

describe("activeEngineerIds", () => {
  it("names everyone with a shift, a page, an acknowledgement or a resolution, but not a note author", () => {
    const ids = activeEngineerIds({
      shifts: [shift("primary", "taro", "2026-11-16T00:00:00Z", "2026-11-17T00:00:00Z")],
      entries: [
        logEntry("notify", "2026-11-18T14:30:00Z", {
          incidentId: "A",
          targets: [person("lucy")],
          channel: "push",
        }),
        logEntry("resolve", "2026-11-18T15:30:00Z", { incidentId: "A", actor: person("sam") }),
        logEntry("annotate", "2026-11-18T15:00:00Z", { incidentId: "A", actor: person("noor") }),
        logEntry("notify", "2026-11-18T14:30:00Z", {
          incidentId: "A",
          targets: [person("PVENDOR", { known: false })],
          channel: "push",
        }),
      ],
    });
    expect([...ids].sort()).toEqual(["lucy", "sam", "taro"]);
  });
});
