import { describe, expect, it } from "vitest";
import { loadFlags, summariseTeam } from "../../src/oncall-load/team-load.js";
import { DEFAULT_THRESHOLDS } from "../../src/oncall-load/types.js";
import { load } from "./builders.js";

// 28 days: 672 hours.
const window = { since: new Date("2026-10-26T00:00:00Z"), until: new Date("2026-11-23T00:00:00Z") };

const tired = load("taro", "Asia/Tokyo", {
  hoursOnCall: 408,
  sleepHourPages: 7,
  afterHoursPages: 7,
  pages: 7,
  notifications: 12,
  // 23:30 on the 18th and 00:50 on the 20th, Tokyo time.
  busiestSleepWeek: { pages: 7, from: "2026-11-18T14:30:00.000Z", to: "2026-11-19T15:50:00.000Z" },
  longestOnCallStreakDays: 9,
  // 09:00 Tokyo on 28 October to 09:00 on 6 November.
  longestStreak: { from: "2026-10-28T00:00:00.000Z", to: "2026-11-06T00:00:00.000Z" },
  acknowledged: ["A", "C"],
  resolved: ["C"],
});
const steady = load("lucy", "Europe/London", {
  hoursOnCall: 335,
  pages: 1,
  notifications: 2,
  longestOnCallStreakDays: 7,
  longestStreak: { from: "2026-11-09T17:00:00.000Z", to: "2026-11-16T17:00:00.000Z" },
  acknowledged: ["A"],
  resolved: ["A", "D"],
});

describe("loadFlags", () => {
  it("names each overload concretely, with local dates, at the default thresholds", () => {
    expect(loadFlags([tired, steady], window, DEFAULT_THRESHOLDS)).toEqual([
      {
        engineer: "taro",
        kind: "sleep-pages",
        reason: "7 sleep-hour pages in 7 days (2026-11-18 to 2026-11-20)",
      },
      { engineer: "taro", kind: "streak", reason: "on call 9 days in a row (2026-10-28 to 2026-11-06)" },
      { engineer: "taro", kind: "on-call-share", reason: "on call 61% of the window (408 h of 672 h)" },
    ]);
  });

  it("flags at the threshold itself, and not one below", () => {
    const atThresholds = { sleepPagesIn7Days: 7, streakDays: 7, onCallShare: 335 / 672 };
    expect(loadFlags([steady], window, atThresholds).map((flag) => flag.kind)).toEqual([
      "streak",
      "on-call-share",
    ]);
    const above = { sleepPagesIn7Days: 8, streakDays: 10, onCallShare: 0.61 };
    expect(loadFlags([tired, steady], window, above)).toEqual([]);
  });

  it("never flags someone who was not on call for their share of the window", () => {
    expect(loadFlags([load("nobody", "UTC")], window, { ...DEFAULT_THRESHOLDS, onCallShare: 0.01 })).toEqual(
      [],
    );
  });
});

describe("summariseTeam", () => {
  it("adds the figures, counts incidents once across people, and measures fairness", () => {
    const team = summariseTeam([tired, steady], window, DEFAULT_THRESHOLDS);
    expect(team.totals).toEqual({
      engineers: 2,
      hoursOnCall: 743,
      weekendHoursOnCall: 0,
      pages: 8,
      notifications: 14,
      afterHoursPages: 7,
      sleepHourPages: 7,
      incidentsAcknowledged: 2, // A (acknowledged by both) and C
      incidentsResolved: 3, // C, A and D
    });
    // Two people, one with all 7 after-hours pages: (n-1)/n = 0.5.
    expect(team.fairness.afterHoursPagesGini).toBeCloseTo(0.5, 12);
    // |408 − 335| / (2 · 2 · 371.5)
    expect(team.fairness.hoursOnCallGini).toBeCloseTo(73 / 1486, 12);
    expect(team.flags).toHaveLength(3);
  });
});
