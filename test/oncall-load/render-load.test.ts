import { describe, expect, it } from "vitest";
import { renderLoadReport } from "../../src/oncall-load/render-load.js";
import { summariseTeam } from "../../src/oncall-load/team-load.js";
import { DEFAULT_THRESHOLDS } from "../../src/oncall-load/types.js";
import { load } from "./builders.js";

const window = { since: new Date("2026-11-01T00:00:00Z"), until: new Date("2026-11-08T00:00:00Z") };

describe("renderLoadReport", () => {
  it("puts the flags first, then the table with a team row, then the recognition", () => {
    const loads = [
      load("ann", "Europe/London", {
        hoursOnCall: 168,
        longestOnCallStreakDays: 7,
        pages: 3,
        notifications: 5,
        afterHoursPages: 2,
      }),
      load("ben", "Asia/Tokyo", { pages: 1, notifications: 1 }),
    ];
    const team = summariseTeam(loads, window, DEFAULT_THRESHOLDS);
    const text = renderLoadReport({
      window,
      thresholds: DEFAULT_THRESHOLDS,
      loads,
      team,
      carriers: [loads[0]!],
      incidents: new Map(),
    });
    expect(text.startsWith("## On-call load, 2026-11-01 00:00 UTC to 2026-11-08 00:00 UTC (7 days)")).toBe(
      true,
    );
    expect(text).toContain("- **Ann Test**: on call 100% of the window (168 h of 168 h)");
    expect(text).toContain("| Ann Test (Europe/London) | 168 h | 0 h | 7 d | 3 | 5 | 2 | 0 | 0 | 0 |");
    expect(text).toContain("| **Team (2)** | 168 h | 0 h |  | 4 | 6 | 2 | 0 | 0 | 0 |");
    expect(text).toContain("hours on call 0.50, after-hours pages 0.50");
    const order = ["**Flags**", "| Engineer |", "Fairness", "### Who carried the pager", "**Ann Test** held"];
    const positions = order.map((marker) => text.indexOf(marker));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("says so when nobody was on call or paged", () => {
    const text = renderLoadReport({
      window,
      thresholds: DEFAULT_THRESHOLDS,
      loads: [],
      team: summariseTeam([], window, DEFAULT_THRESHOLDS),
      carriers: [],
      incidents: new Map(),
    });
    expect(text).toContain(
      "Nobody in team.yaml was on call or paged in this window; widen it or drop a filter.",
    );
  });
});
