// When an engineer is at work, as UTC intervals, from "HH:MM" hours local to their zone.
import type { WorkingHours } from "../model.js";
import { UserInputError } from "./errors.js";
import { addLocalDays, instantToLocal, type LocalDateTime, localToInstant, weekdayOf } from "./time-zones.js";

interface Span {
  start: Date;
  end: Date;
}

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

function parseClock(text: string): { hour: number; minute: number } {
  const match = CLOCK_PATTERN.exec(text);
  if (!match)
    throw new UserInputError(`"${text}" is not a time of day; write HH:MM between 00:00 and 23:59.`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** Sorted, with overlapping or touching intervals joined, so that no moment is counted twice. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start.getTime() <= last.end.getTime()) {
      if (span.end.getTime() > last.end.getTime()) last.end = span.end;
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}

/** The engineer's working intervals (UTC) that intersect [from, to), clipped to it; DST-correct; an end of "00:00" or end <= start means past midnight. */
export function workingIntervals(
  hours: WorkingHours,
  zone: string,
  from: Date,
  to: Date,
): { start: Date; end: Date }[] {
  if (to.getTime() <= from.getTime() || hours.days.length === 0) return [];
  const startClock = parseClock(hours.start);
  const endClock = parseClock(hours.end);
  const pastMidnight = endClock.hour * 60 + endClock.minute <= startClock.hour * 60 + startClock.minute;
  const workdays = new Set(hours.days);
  const spans: Span[] = [];
  // A shift that began the local day before `from` may still be running.
  let day: LocalDateTime = addLocalDays(instantToLocal(from, zone), -1);
  const lastDay = instantToLocal(to, zone);
  while (compareDates(day, lastDay) <= 0) {
    if (workdays.has(weekdayOf(day))) {
      const start = localToInstant({ ...day, ...startClock, second: 0 }, zone);
      const endDay = pastMidnight ? addLocalDays(day, 1) : day;
      const end = localToInstant({ ...endDay, ...endClock, second: 0 }, zone);
      const clippedStart = Math.max(start.getTime(), from.getTime());
      const clippedEnd = Math.min(end.getTime(), to.getTime());
      if (clippedEnd > clippedStart) spans.push({ start: new Date(clippedStart), end: new Date(clippedEnd) });
    }
    day = addLocalDays(day, 1);
  }
  return mergeSpans(spans);
}

function compareDates(a: LocalDateTime, b: LocalDateTime): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Milliseconds of [start, end) covered by the given intervals. */
export function overlapMillis(intervals: { start: Date; end: Date }[], start: Date, end: Date): number {
  let total = 0;
  for (const span of mergeSpans(intervals)) {
    const overlap =
      Math.min(span.end.getTime(), end.getTime()) - Math.max(span.start.getTime(), start.getTime());
    if (overlap > 0) total += overlap;
  }
  return total;
}

export function isWithinWorkingHours(hours: WorkingHours, zone: string, at: Date): boolean {
  return workingIntervals(hours, zone, at, new Date(at.getTime() + 1)).length > 0;
}
