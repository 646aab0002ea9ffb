// An independent check of a shadow plan's hard rules, written from the issue rather than from the optimiser's code:
// the mentor is a mentor on call for exactly that shift, the shift overlaps the mentee's working hours by at least
// minOverlapHours, the mentee is neither away nor on call during it, and no limit is exceeded.
import { overlapMillis, workingIntervals } from "../../src/lib/working-hours.js";
import type { Shift, TeamDirectory } from "../../src/model.js";

export interface CheckedPairing {
  mentee: string;
  mentor: string;
  schedule: string;
  start: string;
  end: string;
  /** The overlap the plan claims, checked when given. */
  overlapHours?: number;
}

export interface PlanLimits {
  maxShadowsPerMentee: number;
  maxShadowsPerMentor: number;
  maxShadowsPerShift: number;
  minOverlapHours: number;
}

export const DEFAULT_PLAN_LIMITS: PlanLimits = {
  maxShadowsPerMentee: 2,
  maxShadowsPerMentor: 2,
  maxShadowsPerShift: 1,
  minOverlapHours: 4,
};

const ms = (instant: string) => Date.parse(instant);
const intersects = (a: { start: string; end: string }, b: { start: string; end: string }) =>
  ms(a.start) < ms(b.end) && ms(b.start) < ms(a.end);

/** Every broken rule, one sentence each; empty when the plan keeps them all. */
export function hardConstraintViolations(
  pairings: readonly CheckedPairing[],
  team: TeamDirectory,
  /** Every schedule rendered over the plan's window. */
  shifts: readonly Shift[],
  limits: PlanLimits,
): string[] {
  const problems: string[] = [];
  const engineers = new Map(team.engineers.map((engineer) => [engineer.id, engineer]));
  pairings.forEach((pairing, index) => {
    const at = `pairing ${index} (${pairing.mentee} with ${pairing.mentor} ${pairing.start})`;
    const mentee = engineers.get(pairing.mentee);
    const mentor = engineers.get(pairing.mentor);
    if (!mentee || !mentor) {
      problems.push(`${at}: unknown engineer`);
      return;
    }
    if (!mentor.mentor) problems.push(`${at}: ${mentor.id} is not a mentor`);
    if (mentor.id === mentee.id) problems.push(`${at}: shadows themselves`);
    const shift = shifts.find(
      (s) =>
        s.scheduleId === pairing.schedule &&
        s.user === pairing.mentor &&
        s.start === pairing.start &&
        s.end === pairing.end,
    );
    if (!shift) problems.push(`${at}: not a shift of ${pairing.mentor} on ${pairing.schedule}`);
    const working = workingIntervals(
      mentee.workingHours,
      mentee.timeZone,
      new Date(pairing.start),
      new Date(pairing.end),
    );
    const overlap = overlapMillis(working, new Date(pairing.start), new Date(pairing.end)) / 3_600_000;
    if (overlap < limits.minOverlapHours) problems.push(`${at}: overlaps working hours by ${overlap} h only`);
    if (pairing.overlapHours !== undefined && Math.abs(overlap - pairing.overlapHours) > 0.01)
      problems.push(`${at}: says ${pairing.overlapHours} h of overlap, is ${overlap} h`);
    if (mentee.unavailable.some((away) => intersects(away, pairing))) problems.push(`${at}: mentee is away`);
    if (shifts.some((s) => s.user === mentee.id && intersects(s, pairing)))
      problems.push(`${at}: mentee is on call`);
  });

  const count = <K>(key: (p: CheckedPairing) => K) => {
    const counts = new Map<K, Set<string>>();
    for (const pairing of pairings) {
      const k = key(pairing);
      counts.set(
        k,
        (counts.get(k) ?? new Set()).add(`${pairing.schedule}|${pairing.start}|${pairing.mentee}`),
      );
    }
    return counts;
  };
  for (const [mentee, shadowed] of count((p) => p.mentee))
    if (shadowed.size > limits.maxShadowsPerMentee)
      problems.push(`${mentee}: ${shadowed.size} shadow shifts`);
  for (const [shift, mentees] of count((p) => `${p.schedule}|${p.start}|${p.end}`))
    if (mentees.size > limits.maxShadowsPerShift) problems.push(`${shift}: ${mentees.size} mentees`);
  const shiftsOfMentor = new Map<string, Set<string>>();
  for (const p of pairings)
    shiftsOfMentor.set(p.mentor, (shiftsOfMentor.get(p.mentor) ?? new Set()).add(`${p.schedule}|${p.start}`));
  for (const [mentor, distinct] of shiftsOfMentor)
    if (distinct.size > limits.maxShadowsPerMentor)
      problems.push(`${mentor}: ${distinct.size} shifts shadowed`);
  for (const a of pairings)
    for (const b of pairings)
      if (a !== b && a.mentee === b.mentee && intersects(a, b))
        problems.push(`${a.mentee}: two shadow shifts at once (${a.start}, ${b.start})`);
  return problems;
}
