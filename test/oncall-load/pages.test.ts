import { describe, expect, it } from "vitest";
import { busiestWeek, isSleepHour, workingHoursTest } from "../../src/oncall-load/pages.js";

const ms = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEKDAYS_9_TO_5 = { start: "09:00", end: "17:00", days: ["mon", "tue", "wed", "thu", "fri"] as const };

describe("isSleepHour (22:00 to 07:00 local)", () => {
  it("puts 23:30 in Tokyo in sleep hours, and the same instant (14:30 in London) outside them", () => {
    expect(isSleepHour(ms("2026-11-18T14:30:00Z"), "Asia/Tokyo")).toBe(true);
    expect(isSleepHour(ms("2026-11-18T14:30:00Z"), "Europe/London")).toBe(false);
  });

  it("includes 22:00 and 06:59, excludes 21:59 and 07:00 (Tokyo is UTC+9)", () => {
    expect(isSleepHour(ms("2026-11-18T13:00:00Z"), "Asia/Tokyo")).toBe(true);
    expect(isSleepHour(ms("2026-11-18T21:59:00Z"), "Asia/Tokyo")).toBe(true);
    expect(isSleepHour(ms("2026-11-18T12:59:00Z"), "Asia/Tokyo")).toBe(false);
    expect(isSleepHour(ms("2026-11-18T22:00:00Z"), "Asia/Tokyo")).toBe(false);
  });
});

describe("workingHoursTest", () => {
  const since = ms("2026-10-19T00:00:00Z");
  const until = ms("2026-11-02T00:00:00Z");
  const atWork = workingHoursTest(
    { ...WEEKDAYS_9_TO_5, days: [...WEEKDAYS_9_TO_5.days] },
    "Europe/London",
    since,
    until,
  );

  it("follows London's clock across the end of summer time", () => {
    expect(atWork(ms("2026-10-23T08:00:00Z"))).toBe(true); // Friday 09:00 BST
    expect(atWork(ms("2026-10-23T07:59:00Z"))).toBe(false);
    expect(atWork(ms("2026-10-26T09:00:00Z"))).toBe(true); // Monday 09:00 GMT
    expect(atWork(ms("2026-10-26T08:59:00Z"))).toBe(false);
    expect(atWork(ms("2026-10-26T17:00:00Z"))).toBe(false); // the end is exclusive
  });

  it("is false all weekend", () => {
    expect(atWork(ms("2026-10-24T12:00:00Z"))).toBe(false);
    expect(atWork(ms("2026-10-25T12:00:00Z"))).toBe(false);
  });
});

describe("busiestWeek", () => {
  it("finds the most instants inside any 7 days, and which they are", () => {
    const times = [0, DAY, 7 * DAY - HOUR, 7 * DAY, 8 * DAY, 8 * DAY + HOUR];
    // [DAY, 8·DAY) holds DAY, 7·DAY−1h and 7·DAY; [7·DAY−1h, …) holds four: 7·DAY−1h, 7·DAY, 8·DAY, 8·DAY+1h.
    expect(busiestWeek(times)).toEqual({ count: 4, from: 7 * DAY - HOUR, to: 8 * DAY + HOUR });
  });

  it("does not count two instants exactly 7 days apart together", () => {
    expect(busiestWeek([0, 7 * DAY])?.count).toBe(1);
  });

  it("is null for none", () => {
    expect(busiestWeek([])).toBeNull();
  });
});
