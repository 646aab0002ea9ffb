import { describe, expect, it } from "vitest";
import { longestStreak, onCallSpans, totalHours, weekendHours } from "../../src/oncall-load/on-call-time.js";
import { shift } from "../builders/index.js";

const ms = (iso: string) => Date.parse(iso);
const ALL = [ms("2026-01-01T00:00:00Z"), ms("2027-01-01T00:00:00Z")] as const;
const spans = (...pairs: [string, string][]) =>
  onCallSpans(
    pairs.map(([start, end]) => shift("primary", "ann", start, end)),
    ...ALL,
  );

describe("onCallSpans and totalHours", () => {
  it("counts an hour on two schedules at once only once, and joins touching shifts", () => {
    const joined = onCallSpans(
      [
        shift("a", "ann", "2026-11-02T00:00:00Z", "2026-11-02T12:00:00Z"),
        shift("b", "ann", "2026-11-02T06:00:00Z", "2026-11-02T18:00:00Z"),
        shift("a", "ann", "2026-11-02T18:00:00Z", "2026-11-02T20:00:00Z"),
      ],
      ...ALL,
    );
    expect(joined).toEqual([{ start: ms("2026-11-02T00:00:00Z"), end: ms("2026-11-02T20:00:00Z") }]);
    expect(totalHours(joined)).toBe(20);
  });

  it("clips shifts to the window", () => {
    const clipped = onCallSpans(
      [shift("primary", "ann", "2026-11-01T00:00:00Z", "2026-11-03T00:00:00Z")],
      ms("2026-11-02T06:00:00Z"),
      ms("2026-11-05T00:00:00Z"),
    );
    expect(totalHours(clipped)).toBe(18);
  });
});

describe("weekendHours, in the engineer's zone", () => {
  it("counts the 25-hour Sunday when London leaves summer time (2026-10-25)", () => {
    // Saturday 00:00 BST to Monday 00:00 GMT.
    const weekend = spans(["2026-10-23T23:00:00Z", "2026-10-26T00:00:00Z"]);
    expect(totalHours(weekend)).toBe(49);
    expect(weekendHours(weekend, "Europe/London")).toBe(49);
  });

  it("counts the 23-hour Sunday when London enters summer time (2026-03-29)", () => {
    // Saturday 00:00 GMT to Monday 00:00 BST.
    const weekend = spans(["2026-03-28T00:00:00Z", "2026-03-29T23:00:00Z"]);
    expect(totalHours(weekend)).toBe(47);
    expect(weekendHours(weekend, "Europe/London")).toBe(47);
  });

  it("places the same 24 hours on the weekend in Tokyo and mostly on Friday in Los Angeles", () => {
    // Friday 15:00Z to Saturday 15:00Z: Saturday 00:00 to Sunday 00:00 in Tokyo; Friday 07:00 to Saturday 07:00 in LA.
    const day = spans(["2026-11-20T15:00:00Z", "2026-11-21T15:00:00Z"]);
    expect(weekendHours(day, "Asia/Tokyo")).toBe(24);
    expect(weekendHours(day, "America/Los_Angeles")).toBe(7);
  });

  it("is zero for a weekday shift", () => {
    expect(weekendHours(spans(["2026-11-18T09:00:00Z", "2026-11-18T17:00:00Z"]), "Europe/London")).toBe(0);
  });
});

describe("longestStreak", () => {
  it("counts a Monday-to-Monday week as 7 days across the autumn DST change (169 h)", () => {
    const week = spans(["2026-10-26T16:00:00Z", "2026-11-02T17:00:00Z"]);
    expect(totalHours(week)).toBe(169);
    expect(longestStreak(week)).toEqual({
      days: 7,
      from: ms("2026-10-26T16:00:00Z"),
      to: ms("2026-11-02T17:00:00Z"),
    });
  });

  it("counts a Monday-to-Monday week as 7 days across the spring DST change (167 h)", () => {
    const week = spans(["2026-03-02T17:00:00Z", "2026-03-09T16:00:00Z"]);
    expect(totalHours(week)).toBe(167);
    expect(longestStreak(week)?.days).toBe(7);
  });

  it("runs nine daily shifts across the October/November boundary into one 9-day streak", () => {
    const days = ["10-27", "10-28", "10-29", "10-30", "10-31", "11-01", "11-02", "11-03", "11-04"];
    const nine = spans(
      ...days.map((day): [string, string] => [`2026-${day}T09:00:00Z`, `2026-${day}T17:00:00Z`]),
    );
    expect(longestStreak(nine)).toEqual({
      days: 9,
      from: ms("2026-10-27T09:00:00Z"),
      to: ms("2026-11-04T17:00:00Z"),
    });
  });

  it("breaks a run at a gap of 24 hours, and not at 23", () => {
    const apart = spans(
      ["2026-11-02T00:00:00Z", "2026-11-02T08:00:00Z"],
      ["2026-11-03T08:00:00Z", "2026-11-03T16:00:00Z"],
    );
    expect(longestStreak(apart)?.days).toBe(1);
    // 8 h + 23 h off + 8 h = 39 h, less the 2 h slack: 37 h, two days.
    const close = spans(
      ["2026-11-02T00:00:00Z", "2026-11-02T08:00:00Z"],
      ["2026-11-03T07:00:00Z", "2026-11-03T15:00:00Z"],
    );
    expect(longestStreak(close)?.days).toBe(2);
  });

  it("is null without time on call", () => {
    expect(longestStreak([])).toBeNull();
  });
});
