import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addLocalDays,
  instantToLocal,
  localToInstant,
  weekdayOf
} from "./chunk-X76O3TIG.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/lib/working-hours.ts
var CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
function parseClock(text) {
  let match = CLOCK_PATTERN.exec(text);
  if (!match)
    throw new UserInputError(`"${text}" is not a time of day; write HH:MM between 00:00 and 23:59.`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}
function mergeSpans(spans) {
  let sorted = [...spans].sort((a, b) => a.start.getTime() - b.start.getTime()), merged = [];
  for (let span of sorted) {
    let last = merged[merged.length - 1];
    last && span.start.getTime() <= last.end.getTime() ? span.end.getTime() > last.end.getTime() && (last.end = span.end) : merged.push({ start: span.start, end: span.end });
  }
  return merged;
}
function workingIntervals(hours, zone, from, to) {
  if (to.getTime() <= from.getTime() || hours.days.length === 0) return [];
  let startClock = parseClock(hours.start), endClock = parseClock(hours.end), pastMidnight = endClock.hour * 60 + endClock.minute <= startClock.hour * 60 + startClock.minute, workdays = new Set(hours.days), spans = [], day = addLocalDays(instantToLocal(from, zone), -1), lastDay = instantToLocal(to, zone);
  for (; compareDates(day, lastDay) <= 0; ) {
    if (workdays.has(weekdayOf(day))) {
      let start = localToInstant({ ...day, ...startClock, second: 0 }, zone), endDay = pastMidnight ? addLocalDays(day, 1) : day, end = localToInstant({ ...endDay, ...endClock, second: 0 }, zone), clippedStart = Math.max(start.getTime(), from.getTime()), clippedEnd = Math.min(end.getTime(), to.getTime());
      clippedEnd > clippedStart && spans.push({ start: new Date(clippedStart), end: new Date(clippedEnd) });
    }
    day = addLocalDays(day, 1);
  }
  return mergeSpans(spans);
}
function compareDates(a, b) {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
function overlapMillis(intervals, start, end) {
  let total = 0;
  for (let span of mergeSpans(intervals)) {
    let overlap = Math.min(span.end.getTime(), end.getTime()) - Math.max(span.start.getTime(), start.getTime());
    overlap > 0 && (total += overlap);
  }
  return total;
}
function isWithinWorkingHours(hours, zone, at) {
  return workingIntervals(hours, zone, at, new Date(at.getTime() + 1)).length > 0;
}

export {
  workingIntervals,
  overlapMillis,
  isWithinWorkingHours
};
