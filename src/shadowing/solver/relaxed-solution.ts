// Reading a flow as pairings, and finding where it breaks a rule the relaxation does not enforce.
import { overlaps } from "./interval-cliques.js";
import type { PairingNetwork } from "./pairing-network.js";
import type { AssignmentProblem, Objective } from "./problem.js";

export interface RelaxedSolution {
  chosen: number[];
  objective: Objective;
  /** weightMatched × matched + weightPairing × pairings + score: one exact number to compare. */
  value: number;
}

/** A rule broken by a relaxed solution, and the arcs to close, one per branch, that cover every repair. */
export interface Violation {
  kind: "mentee-overlap" | "mentor-limit";
  branchArcs: number[];
}

export function readSolution(problem: AssignmentProblem, net: PairingNetwork): RelaxedSolution {
  const chosen: number[] = [];
  const arcs = net.candidateArc;
  for (let index = 0; index < arcs.length; index++) {
    const arc = arcs[index]!;
    if (arc !== -1 && net.network.flowOn(arc) > 0) chosen.push(index);
  }
  const objective = objectiveOf(problem, chosen);
  return { chosen, objective, value: rankValue(problem, net, chosen) };
}

export function objectiveOf(problem: AssignmentProblem, chosen: readonly number[]): Objective {
  const matched = new Set<number>();
  let score = 0;
  for (const index of chosen) {
    const candidate = problem.candidates[index]!;
    matched.add(candidate.mentee);
    score += candidate.score;
  }
  return { menteesMatched: matched.size, pairings: chosen.length, score };
}

/** The objective as the network ranks it: counts weighted above any score, the score as the network sees it. */
export function rankValue(
  problem: AssignmentProblem,
  net: PairingNetwork,
  chosen: readonly number[],
): number {
  const objective = objectiveOf(problem, chosen);
  let rankedScore = 0;
  for (const index of chosen) rankedScore += Math.floor(problem.candidates[index]!.score / net.scoreDivisor);
  return net.weightMatched * objective.menteesMatched + net.weightPairing * objective.pairings + rankedScore;
}

/** The first broken rule, preferring to keep the better-scoring pairing in the first branch; null when feasible. */
export function findViolation(
  problem: AssignmentProblem,
  net: PairingNetwork,
  chosen: readonly number[],
): Violation | null {
  const byMentee = new Map<number, number[]>();
  for (const index of chosen) {
    const mentee = problem.candidates[index]!.mentee;
    const list = byMentee.get(mentee);
    if (list) list.push(index);
    else byMentee.set(mentee, [index]);
  }
  for (const list of byMentee.values()) {
    const conflict = overlappingPair(problem, list);
    if (conflict) {
      const [a, b] = conflict;
      const scoreA = problem.candidates[a]!.score;
      const scoreB = problem.candidates[b]!.score;
      const [drop, keep] = scoreA < scoreB || (scoreA === scoreB && a > b) ? [a, b] : [b, a];
      return { kind: "mentee-overlap", branchArcs: [net.candidateArc[drop]!, net.candidateArc[keep]!] };
    }
  }
  if (problem.perShift > 1) {
    const shiftsByMentor = new Map<number, Map<number, number>>();
    for (const index of chosen) {
      const { shift, score } = problem.candidates[index]!;
      const mentor = problem.shifts[shift]!.mentor;
      let shifts = shiftsByMentor.get(mentor);
      if (!shifts) {
        shifts = new Map();
        shiftsByMentor.set(mentor, shifts);
      }
      shifts.set(shift, (shifts.get(shift) ?? 0) + score);
    }
    for (const shifts of shiftsByMentor.values()) {
      if (shifts.size <= problem.perMentor) continue;
      // Any answer leaves one of these perMentor + 1 shifts unshadowed; close the least valuable first.
      const ranked = [...shifts.entries()].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
      return {
        kind: "mentor-limit",
        branchArcs: ranked.slice(0, problem.perMentor + 1).map(([shift]) => net.shiftArc[shift]!),
      };
    }
  }
  return null;
}

function overlappingPair(problem: AssignmentProblem, indices: number[]): [number, number] | null {
  if (indices.length < 2) return null;
  const shiftOf = (index: number) => problem.shifts[problem.candidates[index]!.shift]!;
  const sorted = [...indices].sort((a, b) => shiftOf(a).start - shiftOf(b).start || a - b);
  let latest = sorted[0]!;
  for (const index of sorted.slice(1)) {
    if (overlaps(shiftOf(latest), shiftOf(index))) return [latest, index];
    if (shiftOf(index).end > shiftOf(latest).end) latest = index;
  }
  return null;
}
