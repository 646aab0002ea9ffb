import { describe, expect, it } from "vitest";
import { isWithinWorkingHours, overlapMillis, workingIntervals } from "../../src/lib/working-hours.js";
import type { WorkingHours } from "../../src/model.js";

const weekdays: WorkingHours = { start: "09:00", end: "17:00", days: ["mon", "tue", "wed", "thu", "fri"] };
const d = (text: string) => new Date(text);
const asText = (spans: { start: Date; end: Date }[]) =>
  spans.map((s) => `${s.start.toISOString()}/${s.end.toISOString()}`);

describe("workingIntervals", () => {
  it("follows the engineer's local clock across the spring DST change", () => {
    // Thu 5 March runs 17:00Z–01:00Z (PST), clipped at the window start; Fri 6 March the same;
    // Mon 9 March is in PDT: 16:00Z–00:00Z. The weekend has no hours.
    expect(
      asText(
        workingIntervals(
          weekdays,
          "America/Los_Angeles",
          d("2026-03-06T00:00:00Z"),
          d("2026-03-10T00:00:00Z"),
        ),
      ),
    ).toEqual([
      "2026-03-06T00:00:00.000Z/2026-03-06T01:00:00.000Z",
      "2026-03-06T17:00:00.000Z/2026-03-07T01:00:00.000Z",
      "2026-03-09T16:00:00.000Z/2026-03-10T00:00:00.000Z",
    ]);
  });

  it("runs a night shift past midnight, across the autumn change, as 9 real hours", () => {
    const nights: WorkingHours = { start: "22:00", end: "06:00", days: ["sat"] };
    // Sat 24 Oct 22:00 CEST = 20:00Z; Sun 25 Oct 06:00 CET = 05:00Z.
    expect(
      asText(workingIntervals(nights, "Europe/Berlin", d("2026-10-19T00:00:00Z"), d("2026-10-26T00:00:00Z"))),
    ).toEqual(["2026-10-24T20:00:00.000Z/2026-10-25T05:00:00.000Z"]);
  });

  it("reads an end of 00:00 as midnight at the end of the day", () => {
    const lateShift: WorkingHours = { start: "16:00", end: "00:00", days: ["mon"] };
    expect(
      asText(
        workingIntervals(lateShift, "Europe/Berlin", d("2026-06-01T00:00:00Z"), d("2026-06-08T00:00:00Z")),
      ),
    ).toEqual(["2026-06-01T14:00:00.000Z/2026-06-01T22:00:00.000Z"]);
  });

  it("joins whole days that touch into one interval", () => {
    const always: WorkingHours = { start: "00:00", end: "00:00", days: ["mon", "tue"] };
    expect(
      asText(workingIntervals(always, "UTC", d("2026-06-01T00:00:00Z"), d("2026-06-08T00:00:00Z"))),
    ).toEqual(["2026-06-01T00:00:00.000Z/2026-06-03T00:00:00.000Z"]);
  });

  it("returns nothing for an empty window or no working days", () => {
    expect(workingIntervals(weekdays, "UTC", d("2026-06-02T12:00:00Z"), d("2026-06-02T12:00:00Z"))).toEqual(
      [],
    );
    expect(
      workingIntervals(
        { ...weekdays, days: [] },
        "UTC",
        d("2026-06-01T00:00:00Z"),
        d("2026-06-08T00:00:00Z"),
      ),
    ).toEqual([]);
  });

  it("refuses a malformed clock time", () => {
    expect(() =>
      workingIntervals(
        { ...weekdays, start: "9am" },
        "UTC",
        d("2026-06-01T00:00:00Z"),
        d("2026-06-02T00:00:00Z"),
      ),
    ).toThrow(/HH:MM/);
  });
});

describe("overlapMillis", () => {
  it("counts overlapping intervals once and clips them to the range", () => {
    const spans = [
      { start: new Date(0), end: new Date(10) },
      { start: new Date(5), end: new Date(15) },
      { start: new Date(20), end: new Date(30) },
    ];
    // Merged: [0,15) and [20,30); inside [8,25): 7 + 5.
    expect(overlapMillis(spans, new Date(8), new Date(25))).toBe(12);
    expect(overlapMillis(spans, new Date(15), new Date(20))).toBe(0);
  });
});

describe("isWithinWorkingHours", () => {
  it("includes the start and excludes the end", () => {
    // Mon 9 March 2026, 09:00 PDT = 16:00Z, 17:00 PDT = 00:00Z Tuesday.
    expect(isWithinWorkingHours(weekdays, "America/Los_Angeles", d("2026-03-09T16:00:00Z"))).toBe(true);
    expect(isWithinWorkingHours(weekdays, "America/Los_Angeles", d("2026-03-09T15:59:59Z"))).toBe(false);
    expect(isWithinWorkingHours(weekdays, "America/Los_Angeles", d("2026-03-09T23:59:59Z"))).toBe(true);
    expect(isWithinWorkingHours(weekdays, "America/Los_Angeles", d("2026-03-10T00:00:00Z"))).toBe(false);
    // Saturday noon.
    expect(isWithinWorkingHours(weekdays, "America/Los_Angeles", d("2026-03-07T20:00:00Z"))).toBe(false);
  });
});
