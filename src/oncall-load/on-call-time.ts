// One engineer's time on call: hours, weekend hours and the longest streak, all in the engineer's own zone.

import { DAY_MS, HOUR_MS } from "../lib/dates.js";
import {
  addLocalDays,
  instantToLocal,
  type LocalDateTime,
  localToInstant,
  weekdayOf,
} from "../lib/time-zones.js";
import type { Shift } from "../model.js";

export interface Span {
  start: number;
  end: number;
}

/** Shifts clipped to [since, until), sorted, overlapping or touching ones joined: two schedules at once count once. */
export function onCallSpans(shifts: readonly Shift[], since: number, until: number): Span[] {
  const clipped = shifts
    .map((shift) => ({
      start: Math.max(Date.parse(shift.start), since),
      end: Math.min(Date.parse(shift.end), until),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  return joinSpans(clipped, 0);
}

/** Joins sorted spans that overlap, touch, or leave a gap shorter than `maxGapMs`. */
function joinSpans(sorted: readonly Span[], maxGapMs: number): Span[] {
  const joined: Span[] = [];
  for (const span of sorted) {
    const last = joined[joined.length - 1];
    const gap = last ? span.start - last.end : Number.POSITIVE_INFINITY;
    if (last && (gap <= 0 || gap < maxGapMs)) {
      last.end = Math.max(last.end, span.end);
    } else {
      joined.push({ ...span });
    }
  }
  return joined;
}

export function totalHours(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0) / HOUR_MS;
}

function localMidnight(local: LocalDateTime): LocalDateTime {
  return { year: local.year, month: local.month, day: local.day, hour: 0, minute: 0, second: 0 };
}

function sameDate(a: LocalDateTime, b: LocalDateTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Hours of the spans on local Saturdays and Sundays; a weekend day is as long as it really is (23 or 25 h on DST days). */
export function weekendHours(spans: readonly Span[], zone: string): number {
  let total = 0;
  for (const span of spans) {
    let day = localMidnight(instantToLocal(new Date(span.start), zone));
    const lastDay = instantToLocal(new Date(span.end - 1), zone);
    for (;;) {
      const next = addLocalDays(day, 1);
      const weekday = weekdayOf(day);
      if (weekday === "sat" || weekday === "sun") {
        const dayStart = localToInstant(day, zone).getTime();
        const dayEnd = localToInstant(next, zone).getTime();
        const overlap = Math.min(dayEnd, span.end) - Math.max(dayStart, span.start);
        if (overlap > 0) total += overlap;
      }
      if (sameDate(day, lastDay)) break;
      day = next;
    }
  }
  return total / HOUR_MS;
}

/** Forgiven before a run is counted in days: a handoff that moved with a daylight-saving change, or ran a little late. */
export const STREAK_SLACK_HOURS = 2;

/**
 * The longest run of days on call: spans less than 24 h apart belong to one run (a night off is not a rest), and a
 * run of length L counts ceil((L − STREAK_SLACK_HOURS) / 24 h) days, at least 1. So a week from Monday 09:00 to
 * Monday 09:00 is 7 days even when the clocks changed in it (167 or 169 h), and nine daily 8-hour shifts are 9 days.
 */
export function longestStreak(spans: readonly Span[]): { days: number; from: number; to: number } | null {
  let best: { days: number; from: number; to: number } | null = null;
  for (const run of joinSpans(spans, DAY_MS)) {
    const days = Math.max(1, Math.ceil((run.end - run.start - STREAK_SLACK_HOURS * HOUR_MS) / DAY_MS));
    if (!best || days > best.days) best = { days, from: run.start, to: run.end };
  }
  return best;
}
