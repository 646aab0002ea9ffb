// Renders a team.yaml schedule into shifts, with PagerDuty's layer semantics (docs/workspace.md):
// handoff k at start + k × length; days and weeks keep the local wall clock across DST, hours are absolute;
// overrides replace whoever is on call and split the entry they fall into; entries are clipped to the window.

import { DAY_MS, HOUR_MS } from "../../lib/dates.js";
import { addLocalDays, localToInstant, parseLocalDateTime } from "../../lib/time-zones.js";
import type { Rotation, Schedule, Shift } from "../../model.js";

interface Span {
  start: number;
  end: number;
  user: string;
}

/** The instant of handoff k, for any k ≥ 0. */
type HandoffClock = (k: number) => number;

function handoffClock(rotation: Rotation, zone: string): { at: HandoffClock; nominalMs: number } {
  const start = parseLocalDateTime(rotation.start);
  const { amount, unit } = rotation.length;
  if (unit === "h") {
    const first = localToInstant(start, zone).getTime();
    const stepMs = amount * HOUR_MS;
    return { at: (k) => first + k * stepMs, nominalMs: stepMs };
  }
  const days = unit === "w" ? amount * 7 : amount;
  return {
    at: (k) => localToInstant(addLocalDays(start, k * days), zone).getTime(),
    nominalMs: days * DAY_MS,
  };
}

/** The last handoff at or before `instant` (0 when the rotation has not started), found without walking from 0. */
function handoffIndexAt(at: HandoffClock, nominalMs: number, instant: number): number {
  // Wall-clock handoffs drift from the nominal length by at most the DST offsets, so the guess is off by ±1.
  let k = Math.max(0, Math.floor((instant - at(0)) / nominalMs));
  while (k > 0 && at(k) > instant) k--;
  while (at(k + 1) <= instant) k++;
  return k;
}

function rotationSpans(rotation: Rotation, zone: string, since: number, until: number): Span[] {
  const { at, nominalMs } = handoffClock(rotation, zone);
  const spans: Span[] = [];
  const users = rotation.users;
  let k = handoffIndexAt(at, nominalMs, since);
  for (let start = at(k); start < until; k++) {
    const end = at(k + 1);
    if (end > since) spans.push({ start, end, user: users[k % users.length]! });
    start = end;
  }
  return spans;
}

/** Cuts [start, end) out of every span and puts `user` there instead. */
function applyOverride(spans: Span[], override: Span): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    if (span.end <= override.start || span.start >= override.end) {
      result.push(span);
      continue;
    }
    if (span.start < override.start) result.push({ ...span, end: override.start });
    if (span.end > override.end) result.push({ ...span, start: override.end });
  }
  result.push(override);
  return result;
}

/** Who is on call in [since, until), oldest first; a later override in the list wins over an earlier one. */
export function renderSchedule(schedule: Schedule, since: Date, until: Date): Shift[] {
  const from = since.getTime();
  const to = until.getTime();
  if (!(to > from)) return [];
  let spans = schedule.rotation ? rotationSpans(schedule.rotation, schedule.timeZone, from, to) : [];
  for (const override of schedule.overrides) {
    const start = Math.max(Date.parse(override.start), from);
    const end = Math.min(Date.parse(override.end), to);
    if (end > start) spans = applyOverride(spans, { start, end, user: override.user });
  }
  return spans
    .map((span) => ({ start: Math.max(span.start, from), end: Math.min(span.end, to), user: span.user }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start)
    .map((span) => ({
      scheduleId: schedule.id,
      user: span.user,
      start: new Date(span.start).toISOString(),
      end: new Date(span.end).toISOString(),
    }));
}
