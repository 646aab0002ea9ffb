// From mentees and shifts to the solver's numeric problem: every eligible (mentee, shift) pair, scored.
import type { Engineer } from "../../model.js";
import type { AssignmentProblem } from "../solver/problem.js";
import type { EligibilityContext, EligibilityFunnel } from "./eligibility.js";
import { eligibleShifts } from "./eligibility.js";
import type { PairFactsBuilder } from "./pair-facts.js";
import type { ScoreWeights, ShadowLimits } from "./plan-types.js";
import { roundScore } from "./scoring.js";

/** Scores reach the solver as whole points of 0.001. */
export const POINTS_PER_SCORE = 1000;

export interface CandidateSet {
  problem: AssignmentProblem;
  /** Per candidate: milliseconds of the shift inside the mentee's working hours. */
  overlapMillis: number[];
  /** Per mentee: how many shifts each rule left standing. */
  funnels: EligibilityFunnel[];
  /** Per shift (as numbered in the problem): the engineer on call, a mentor wherever a candidate uses it. */
  onCall: (Engineer | undefined)[];
}

export function buildCandidates(
  mentees: readonly Engineer[],
  ctx: EligibilityContext,
  engineers: ReadonlyMap<string, Engineer>,
  facts: PairFactsBuilder,
  weights: ScoreWeights,
  limits: ShadowLimits,
): CandidateSet {
  const mentorIndex = new Map<string, number>();
  const problem: AssignmentProblem = {
    menteeCapacity: mentees.map(() => limits.maxShadowsPerMentee),
    shifts: ctx.shifts.map((shift) => ({
      start: shift.start,
      end: shift.end,
      mentor: indexOf(mentorIndex, shift.user),
    })),
    mentorCount: 0,
    candidates: [],
    perShift: limits.maxShadowsPerShift,
    perMentor: limits.maxShadowsPerMentor,
  };
  problem.mentorCount = mentorIndex.size;
  const onCall = ctx.shifts.map((shift) => engineers.get(shift.user));
  // Shifts of one schedule with one mentor on call differ only in overlap: score that part once per mentee.
  const pairKeys = new Map<string, number>();
  const pairKeyOf = ctx.shifts.map((shift) => indexOf(pairKeys, `${shift.scheduleId}\u0000${shift.user}`));
  const overlapMillis: number[] = [];
  const funnels: EligibilityFunnel[] = [];
  mentees.forEach((mentee, menteeIndex) => {
    const eligible = eligibleShifts(mentee, ctx);
    funnels.push(eligible.funnel);
    const pairParts = new Map<number, number>();
    let lastOverlap = Number.NaN;
    let overlapPart = 0;
    for (let i = 0; i < eligible.shifts.length; i++) {
      const shift = eligible.shifts[i]!;
      const overlap = eligible.overlapMillis[i]!;
      const { scheduleId } = ctx.shifts[shift]!;
      const mentor = onCall[shift]!;
      let pairPart = pairParts.get(pairKeyOf[shift]!);
      if (pairPart === undefined) {
        pairPart = facts.partialScore(mentee, scheduleId, mentor, overlap, weights, "pair");
        pairParts.set(pairKeyOf[shift]!, pairPart);
      }
      if (overlap !== lastOverlap) {
        overlapPart = facts.partialScore(mentee, scheduleId, mentor, overlap, weights, "overlap");
        lastOverlap = overlap;
      }
      const score = roundScore(pairPart + overlapPart);
      problem.candidates.push({ mentee: menteeIndex, shift, score: Math.round(score * POINTS_PER_SCORE) });
      overlapMillis.push(overlap);
    }
  });
  return { problem, overlapMillis, funnels, onCall };
}

/** A number per distinct key, in order of first sight. */
function indexOf(numbers: Map<string, number>, key: string): number {
  let index = numbers.get(key);
  if (index === undefined) {
    index = numbers.size;
    numbers.set(key, index);
  }
  return index;
}
