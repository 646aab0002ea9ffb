// How much a pairing is worth, once the counts (mentees matched, then pairings) are settled.
// score = Σ weight × term, each term in [0, 1], rounded to 0.001:
//   overlap   h / (h + 8), h = hours of the shift inside the mentee's working hours: more time together
//             helps, with diminishing returns (one 8-hour day scores 0.5, a 40-hour week 0.83);
//   learning  1 when the shift covers a service the mentee lists in `learning`, else 0;
//   activity  n / (n + 5), n = recent incidents on the shift's services: a quiet shift teaches little
//             (5 incidents score 0.5);
//   novelty   ½ for a mentor the mentee has never shadowed, plus ½ × the share of the shift's services the
//             mentee has never shadowed (from shadowHistory);
//   load      the mentor's recent-load score, 1 − burden / the heaviest burden on the team (oncall_load's
//             measure over the 28 days before the window): shadowing lands on the least tired mentor, never
//             on the most loaded by preference (0 there). 0 when no load figures were given.
// Defaults: overlap 1, learning 2, activity 1, novelty 1, load 1. A new term is one more entry in SCORE_TERMS
// and one more weight; the solver only ever sees the total, so its optimality guarantees do not depend on them. Each term says what it reads:
// the overlap alone, or the rest of the pair (mentee, schedule, mentor), so that millions of pairs can be scored
// from a few thousand distinct parts.
import type { ScoreWeights } from "./plan-types.js";

export const DEFAULT_WEIGHTS: ScoreWeights = { overlap: 1, learning: 2, activity: 1, novelty: 1, load: 1 };

/** Hours of overlap that score half the overlap term. */
export const OVERLAP_HALF_HOURS = 8;
/** Recent incidents that score half the activity term. */
export const ACTIVITY_HALF_INCIDENTS = 5;

/** What is known about one (mentee, shift) pair, in the terms' own words. */
export interface PairFacts {
  menteeName: string;
  mentorName: string;
  overlapHours: number;
  /** The shift's services that the mentee wants to learn. */
  learningMatches: string[];
  /** Recent incidents on the shift's services. */
  incidents: number;
  newMentor: boolean;
  /** The shift's services the mentee has never shadowed, and how many services the shift has. */
  newServices: string[];
  serviceCount: number;
  /** The mentor's recent-load score (1 = least loaded); absent without load figures. */
  mentorLoad?: number;
}

export type TermInput = "overlap" | "pair";

interface ScoreTerm {
  weight: keyof ScoreWeights;
  /** "overlap": reads overlapHours only; "pair": reads everything but overlapHours. */
  reads: TermInput;
  value(facts: PairFacts): number;
  /** Why the pairing is good (or, for a quiet shift, what it lacks); null when there is nothing to say. */
  reason(facts: PairFacts): string | null;
}

const hours = (value: number) => `${Number(value.toFixed(1))} h`;

export const SCORE_TERMS: readonly ScoreTerm[] = [
  {
    weight: "overlap",
    reads: "overlap",
    value: (f) => f.overlapHours / (f.overlapHours + OVERLAP_HALF_HOURS),
    reason: (f) => `overlaps ${f.menteeName}'s working hours by ${hours(f.overlapHours)}`,
  },
  {
    weight: "learning",
    reads: "pair",
    value: (f) => (f.learningMatches.length > 0 ? 1 : 0),
    reason: (f) =>
      f.learningMatches.length > 0
        ? `covers ${f.learningMatches.join(", ")}, which ${f.menteeName} wants to learn`
        : null,
  },
  {
    weight: "activity",
    reads: "pair",
    value: (f) => f.incidents / (f.incidents + ACTIVITY_HALF_INCIDENTS),
    reason: (f) =>
      f.incidents > 0
        ? `${f.incidents} recent incident${f.incidents === 1 ? "" : "s"} on its services`
        : "quiet: no recent incidents on its services",
  },
  {
    weight: "novelty",
    reads: "pair",
    value: (f) =>
      (f.newMentor ? 0.5 : 0) + (f.serviceCount > 0 ? (0.5 * f.newServices.length) / f.serviceCount : 0),
    reason: (f) => {
      const parts: string[] = [];
      if (f.newMentor) parts.push(`first shadow with ${f.mentorName}`);
      if (f.newServices.length > 0) parts.push(`first time on ${f.newServices.join(", ")}`);
      return parts.length > 0 ? parts.join("; ") : null;
    },
  },
  {
    weight: "load",
    reads: "pair",
    value: (f) => f.mentorLoad ?? 0,
    reason: (f) =>
      f.mentorLoad === undefined
        ? null
        : `${f.mentorName}'s recent on-call load scores ${Number(f.mentorLoad.toFixed(2))} (1 = lightest)`,
  },
];

/** The pairing's score, rounded to 0.001. */
export function scorePair(facts: PairFacts, weights: ScoreWeights): number {
  return roundScore(partialScore(facts, weights, "overlap") + partialScore(facts, weights, "pair"));
}

/** The unrounded sum of the terms that read `input`. */
export function partialScore(facts: PairFacts, weights: ScoreWeights, input: TermInput): number {
  let total = 0;
  for (const term of SCORE_TERMS) {
    const weight = weights[term.weight];
    if (weight > 0 && term.reads === input) total += weight * term.value(facts);
  }
  return total;
}

export function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Reasons from the terms that count (weight above 0), strongest contribution first. */
export function pairReasons(facts: PairFacts, weights: ScoreWeights): string[] {
  return SCORE_TERMS.filter((term) => weights[term.weight] > 0)
    .map((term) => ({ contribution: weights[term.weight] * term.value(facts), text: term.reason(facts) }))
    .filter((entry): entry is { contribution: number; text: string } => entry.text !== null)
    .sort((a, b) => b.contribution - a.contribution)
    .map((entry) => entry.text);
}
