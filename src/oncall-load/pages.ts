// When a page lands in the engineer's day: inside working hours, after hours, or in sleep hours.

import { HOUR_MS } from "../lib/dates.js";
import { instantToLocal } from "../lib/time-zones.js";
import { workingIntervals } from "../lib/working-hours.js";
import type { WorkingHours } from "../model.js";

/** Sleep hours, local to the engineer: from 22:00 to 07:00. */
export const SLEEP_START_HOUR = 22;
export const SLEEP_END_HOUR = 7;

const WEEK_MS = 7 * 24 * HOUR_MS;

export function isSleepHour(at: number, zone: string): boolean {
  const { hour } = instantToLocal(new Date(at), zone);
  return hour >= SLEEP_START_HOUR || hour < SLEEP_END_HOUR;
}

/** A test for "within working hours" over one window: the intervals are worked out once, then searched. */
export function workingHoursTest(
  hours: WorkingHours,
  zone: string,
  since: number,
  until: number,
): (at: number) => boolean {
  const intervals = workingIntervals(hours, zone, new Date(since), new Date(until)).map((span) => ({
    start: span.start.getTime(),
    end: span.end.getTime(),
  }));
  return (at) => {
    let low = 0;
    let high = intervals.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = intervals[middle]!;
      if (at < span.start) high = middle - 1;
      else if (at >= span.end) low = middle + 1;
      else return true;
    }
    return false;
  };
}

/** The most instants inside any 7 days, with the first and last of them; null for none. Input sorted ascending. */
export function busiestWeek(sorted: readonly number[]): { count: number; from: number; to: number } | null {
  let best: { count: number; from: number; to: number } | null = null;
  let first = 0;
  for (let last = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! >= WEEK_MS) first++;
    const count = last - first + 1;
    if (!best || count > best.count) best = { count, from: sorted[first]!, to: sorted[last]! };
  }
  return best;
}
