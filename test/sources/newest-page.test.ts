// One page of the newest incidents answers a long search ending about now, when it reaches back past `since`.
import { describe, expect, it } from "vitest";
import { newestPageMayCover, readFromNewestPage } from "../../src/sources/pagerduty/newest-page.js";

const DAY = 86_400_000;
const SPAN = 180 * DAY;
const now = new Date("2026-11-24T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
const list = (createdDaysAgo: number[], more: boolean) => {
  const calls: unknown[] = [];
  return {
    calls,
    fetchPage: async (...args: unknown[]) => {
      calls.push(args);
      return { items: createdDaysAgo.map((days, i) => ({ id: `P${i}`, created_at: daysAgo(days) })), more };
    },
  };
};

describe("the newest page as a shortcut", () => {
  it("is tried only for a first page of a window longer than one span that ends within a span of now", () => {
    const twoYears = { since: daysAgo(730), offset: 0, limit: 100 };
    expect(newestPageMayCover(twoYears, 5, now, SPAN)).toBe(true);
    expect(newestPageMayCover({ ...twoYears, offset: 100 }, 5, now, SPAN)).toBe(false);
    expect(newestPageMayCover({ ...twoYears, limit: 101 }, 5, now, SPAN)).toBe(false);
    expect(newestPageMayCover(twoYears, 1, now, SPAN)).toBe(false);
    expect(newestPageMayCover({ ...twoYears, until: daysAgo(400) }, 5, now, SPAN)).toBe(false);
    expect(newestPageMayCover({ ...twoYears, until: daysAgo(3) }, 5, now, SPAN)).toBe(true);
  });

  it("keeps the incidents in [since, until) when the page reaches back past since", async () => {
    const fake = list([1, 10, 300, 800, 900], true);
    const found = await readFromNewestPage(fake, daysAgo(730), daysAgo(5), 10);
    expect(found?.items.map((item) => item.id)).toEqual(["P1", "P2"]);
    expect(found?.more).toBe(false);
    expect(fake.calls).toHaveLength(1);
  });

  it("answers from a last page however old its oldest incident, and says when there are more than asked", async () => {
    const found = await readFromNewestPage(list([1, 2, 3], false), daysAgo(730), undefined, 2);
    expect(found?.items.map((item) => item.id)).toEqual(["P0", "P1"]);
    expect(found?.more).toBe(true);
  });

  it("gives up when a full page does not reach back to since", async () => {
    expect(await readFromNewestPage(list([1, 2, 3], true), daysAgo(730), undefined, 10)).toBeNull();
  });
});
