// Which shifts a mentee may shadow (rules 1–4 of the issue), and how many shifts each rule left standing,
// which is what the explanations of an unmatched mentee are made of. Shifts that start and end together are
// checked once per mentee: with many schedules on the same handoff times that is most of the work saved.
import { overlapMillis, workingIntervals } from "../../lib/working-hours.js";
import type { Engineer, Shift } from "../../model.js";

export interface Span {
  start: number;
  end: number;
}

export interface DrawableShift extends Span {
  scheduleId: string;
  /** Engineer id (or vendor id) of the person on call. */
  user: string;
}

export interface EligibilityContext {
  from: number;
  to: number;
  shifts: DrawableShift[];
  /** Whether the person on call is a known engineer with `mentor: true`, per shift. */
  mentorOnCall: boolean[];
  /** The distinct [start, end) of the shifts, with the shifts that have it (ascending). */
  slots: Span[];
  shiftsOfSlot: number[][];
  /** Per slot: how many of its shifts have a mentor on call. */
  mentorShiftsOfSlot: Int32Array;
  /** Every engineer's on-call time in any schedule, merged and sorted. */
  onCallByUser: Map<string, Span[]>;
  minOverlapMillis: number;
  /** Working intervals by zone and hours: teams share a handful of those, so each is computed once. */
  workingTimeCache: Map<string, { start: Date; end: Date }[]>;
}

/** Shifts left after each rule, in the order the explanations use. */
export interface EligibilityFunnel {
  shifts: number;
  withMentor: number;
  inWorkingHours: number;
  whileAvailable: number;
  whileOffCall: number;
  longEnough: number;
  /** The longest overlap with working hours among shifts that pass every rule but the minimum. */
  bestOverlapMillis: number;
  workingMillis: number;
  /** Working time in the window not covered by unavailability. */
  availableWorkingMillis: number;
}

/** The shifts a mentee may shadow, ascending, with each one's overlap with their working hours. */
export interface MenteeEligibility {
  shifts: number[];
  overlapMillis: number[];
  funnel: EligibilityFunnel;
}

export function prepareEligibility(
  window: { from: Date; to: Date },
  drawable: Shift[],
  allShifts: Shift[],
  engineers: ReadonlyMap<string, Engineer>,
  minOverlapHours: number,
): EligibilityContext {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const shifts: DrawableShift[] = [];
  for (const shift of drawable) {
    const span = clip(shift, from, to);
    if (span) shifts.push({ ...span, scheduleId: shift.scheduleId, user: shift.user });
  }
  shifts.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.scheduleId, b.scheduleId));
  const slotIndex = new Map<string, number>();
  const slots: Span[] = [];
  const shiftsOfSlot: number[][] = [];
  shifts.forEach((shift, index) => {
    const key = `${shift.start}/${shift.end}`;
    let slot = slotIndex.get(key);
    if (slot === undefined) {
      slot = slots.length;
      slotIndex.set(key, slot);
      slots.push({ start: shift.start, end: shift.end });
      shiftsOfSlot.push([]);
    }
    shiftsOfSlot[slot]!.push(index);
  });
  const mentorOnCall = shifts.map((shift) => engineers.get(shift.user)?.mentor === true);
  const mentorShiftsOfSlot = Int32Array.from(
    shiftsOfSlot,
    (indices) => indices.filter((index) => mentorOnCall[index]).length,
  );
  const onCall = new Map<string, Span[]>();
  for (const shift of allShifts) {
    const span = clip(shift, from, to);
    if (!span) continue;
    const list = onCall.get(shift.user);
    if (list) list.push(span);
    else onCall.set(shift.user, [span]);
  }
  const onCallByUser = new Map([...onCall].map(([user, spans]) => [user, mergeSpans(spans)]));
  return {
    from,
    to,
    shifts,
    mentorOnCall,
    slots,
    shiftsOfSlot,
    mentorShiftsOfSlot,
    onCallByUser,
    minOverlapMillis: minOverlapHours * 3_600_000,
    workingTimeCache: new Map(),
  };
}

export function eligibleShifts(mentee: Engineer, ctx: EligibilityContext): MenteeEligibility {
  const working = workingTime(mentee, ctx);
  const unavailable = mergeSpans(
    mentee.unavailable
      .map((interval) => clip(interval, ctx.from, ctx.to))
      .filter((span): span is Span => span !== null),
  );
  const onCall = ctx.onCallByUser.get(mentee.id) ?? [];
  const workingMillis = working.reduce((sum, span) => sum + (span.end.getTime() - span.start.getTime()), 0);
  const unavailableDates = unavailable.map((span) => ({
    start: new Date(span.start),
    end: new Date(span.end),
  }));
  const unavailableWorking = working.reduce(
    (sum, span) => sum + overlapMillis(unavailableDates, span.start, span.end),
    0,
  );

  const funnel: EligibilityFunnel = {
    shifts: ctx.shifts.length,
    withMentor: 0,
    inWorkingHours: 0,
    whileAvailable: 0,
    whileOffCall: 0,
    longEnough: 0,
    bestOverlapMillis: 0,
    workingMillis,
    availableWorkingMillis: workingMillis - unavailableWorking,
  };
  const workingSpans = working.map((span) => ({ start: span.start.getTime(), end: span.end.getTime() }));
  const shifts: number[] = [];
  const overlaps: number[] = [];
  for (let slot = 0; slot < ctx.slots.length; slot++) {
    const span = ctx.slots[slot]!;
    const onCallNow = intersectsAny(onCall, span);
    // A mentee on call is never shadowing, so their own shifts only matter to the counts when on call.
    const own = onCallNow
      ? ctx.shiftsOfSlot[slot]!.filter((i) => ctx.shifts[i]!.user === mentee.id).length
      : 0;
    const withMentor = ctx.mentorShiftsOfSlot[slot]! - (onCallNow && mentee.mentor ? own : 0);
    funnel.withMentor += withMentor;
    const overlap = overlapWithin(working, workingSpans, span);
    if (overlap <= 0) continue;
    funnel.inWorkingHours += withMentor;
    if (intersectsAny(unavailable, span)) continue;
    funnel.whileAvailable += withMentor;
    if (onCallNow) continue;
    funnel.whileOffCall += withMentor;
    if (withMentor > 0) funnel.bestOverlapMillis = Math.max(funnel.bestOverlapMillis, overlap);
    if (overlap < ctx.minOverlapMillis) continue;
    funnel.longEnough += withMentor;
    for (const index of ctx.shiftsOfSlot[slot]!) {
      if (ctx.mentorOnCall[index]) {
        shifts.push(index);
        overlaps.push(overlap);
      }
    }
  }
  return { shifts, overlapMillis: overlaps, funnel };
}

function workingTime(mentee: Engineer, ctx: EligibilityContext): { start: Date; end: Date }[] {
  const { start, end, days } = mentee.workingHours;
  const key = [mentee.timeZone, start, end, ...days].join(" ");
  let working = ctx.workingTimeCache.get(key);
  if (!working) {
    working = workingIntervals(mentee.workingHours, mentee.timeZone, new Date(ctx.from), new Date(ctx.to));
    ctx.workingTimeCache.set(key, working);
  }
  return working;
}

function clip(interval: { start: string; end: string }, from: number, to: number): Span | null {
  const start = Math.max(Date.parse(interval.start), from);
  const end = Math.min(Date.parse(interval.end), to);
  return end > start ? { start, end } : null;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Index of the first span ending after `at` in sorted, disjoint spans. */
function firstEndingAfter(spans: readonly { end: number }[], at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

function intersectsAny(spans: readonly Span[], slot: Span): boolean {
  const first = spans[firstEndingAfter(spans, slot.start)];
  return first !== undefined && first.start < slot.end;
}

/** Milliseconds of the slot inside working hours (sorted and disjoint, as workingIntervals returns them). */
function overlapWithin(
  working: readonly { start: Date; end: Date }[],
  spans: readonly Span[],
  slot: Span,
): number {
  const first = firstEndingAfter(spans, slot.start);
  let last = first;
  while (last < spans.length && spans[last]!.start < slot.end) last++;
  if (last === first) return 0;
  return overlapMillis(working.slice(first, last), new Date(slot.start), new Date(slot.end));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
