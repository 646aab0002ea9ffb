// Which candidates go into a network. Small problems take all of them; large ones start from each mentee's
// best few and widen only when the counts cannot be proved optimal on the smaller network.
import { coverByCliques } from "./interval-cliques.js";
import type { AssignmentProblem } from "./problem.js";

export interface CandidateIndex {
  /** Usable candidates per mentee, ascending. */
  byMentee: number[][];
  /** Per candidate: which of its mentee's cliques (shifts sharing a moment) its shift is in. */
  cliqueOf: Int32Array;
  cliqueCount: number[];
}

export function indexCandidates(problem: AssignmentProblem): CandidateIndex {
  const byMentee: number[][] = problem.menteeCapacity.map(() => []);
  if (problem.perShift > 0 && problem.perMentor > 0) {
    problem.candidates.forEach((candidate, index) => {
      if ((problem.menteeCapacity[candidate.mentee] ?? 0) > 0) byMentee[candidate.mentee]!.push(index);
    });
  }
  const cliqueOf = new Int32Array(problem.candidates.length).fill(-1);
  const cliqueCount = byMentee.map((indices) => {
    const cliques = coverByCliques(indices.map((index) => problem.shifts[problem.candidates[index]!.shift]!));
    indices.forEach((index, position) => {
      cliqueOf[index] = cliques[position]!;
    });
    return cliques.length === 0 ? 0 : Math.max(...cliques) + 1;
  });
  return { byMentee, cliqueOf, cliqueCount };
}

/**
 * A sparse start for large problems: each mentee's `perSide` best mentors and each mentor's `perSide` best
 * mentees (ranked by the pair's best shift), with the pair's `shiftsPerPair` best shifts. Both sides matter:
 * shifts of one schedule and mentor score almost alike, so a mentee-side list alone crowds onto popular mentors
 * and leaves the network short of the capacity it needs to match everyone.
 */
export function bestPairs(
  problem: AssignmentProblem,
  index: CandidateIndex,
  perSide: number,
  shiftsPerPair: number,
): number[][] {
  const pairsOfMentor: { mentee: number; top: number[] }[][] = Array.from(
    { length: problem.mentorCount },
    () => [],
  );
  const kept = index.byMentee.map((indices, mentee) => {
    const byMentor = candidatesByMentor(problem, indices);
    const tops = [...byMentor].map(([mentor, list]) => ({
      mentor,
      top: topByScore(problem, list, shiftsPerPair),
    }));
    for (const { mentor, top } of tops) pairsOfMentor[mentor]!.push({ mentee, top });
    const best = new Set(
      topByScore(
        problem,
        tops.map(({ top }) => top[0]!),
        perSide,
      ),
    );
    return tops.filter(({ top }) => best.has(top[0]!)).flatMap(({ top }) => top);
  });
  for (const pairs of pairsOfMentor) {
    const best = new Set(
      topByScore(
        problem,
        pairs.map(({ top }) => top[0]!),
        perSide,
      ),
    );
    for (const { mentee, top } of pairs) if (best.has(top[0]!)) kept[mentee]!.push(...top);
  }
  return kept.map((list) => [...new Set(list)].sort((a, b) => a - b));
}

/** The `count` highest scores, ties to the lower index, in one pass that keeps a short sorted list. */
function topByScore(problem: AssignmentProblem, indices: readonly number[], count: number): number[] {
  if (indices.length <= count) return [...indices];
  const top: number[] = [];
  const better = (a: number, b: number) => {
    const difference = problem.candidates[a]!.score - problem.candidates[b]!.score;
    return difference > 0 || (difference === 0 && a < b);
  };
  for (const candidate of indices) {
    if (top.length === count && !better(candidate, top[count - 1]!)) continue;
    let position = top.length === count ? count - 1 : top.length;
    while (position > 0 && better(candidate, top[position - 1]!)) {
      top[position] = top[position - 1]!;
      position--;
    }
    top[position] = candidate;
  }
  return top;
}

/**
 * For each mentee and mentor: the best shift in each of the mentee's cliques, and of those the best
 * perMentor + capacity - 1 (all candidates when there are fewer cliques). Any relaxed flow can move a mentee
 * from a dropped shift to a kept one of the same mentor: at most perMentor - 1 kept shifts are full with others
 * and at most capacity - 1 lie in cliques the mentee already uses. So the relaxation keeps its optimum in
 * mentees matched and pairings, and its bound holds for the whole problem; only the score may lose.
 */
export function thinPerMentor(problem: AssignmentProblem, index: CandidateIndex): number[][] {
  return index.byMentee.map((indices, mentee) => {
    const keep = problem.perMentor + problem.menteeCapacity[mentee]! - 1;
    const byMentor = candidatesByMentor(problem, indices);
    const result: number[] = [];
    for (const list of byMentor.values()) {
      const bestPerClique = new Map<number, number>();
      for (const candidate of list) {
        const clique = index.cliqueOf[candidate]!;
        const best = bestPerClique.get(clique);
        if (best === undefined || problem.candidates[candidate]!.score > problem.candidates[best]!.score) {
          bestPerClique.set(clique, candidate);
        }
      }
      if (bestPerClique.size < keep) {
        result.push(...list);
        continue;
      }
      const ranked = [...bestPerClique.values()].sort(
        (a, b) => problem.candidates[b]!.score - problem.candidates[a]!.score || a - b,
      );
      result.push(...ranked.slice(0, keep));
    }
    return result.sort((a, b) => a - b);
  });
}

/**
 * Upper bounds from counting alone: a mentee takes at most `capacity` shifts, one per clique; a mentor hosts at
 * most perMentor × perShift; a shift at most perShift. Cheap, and often met exactly when mentors are scarce.
 */
export function countingBound(
  problem: AssignmentProblem,
  index: CandidateIndex,
): { menteesMatched: number; pairings: number } {
  let menteeSide = 0;
  let menteesWithCandidates = 0;
  const shiftWanted = new Uint8Array(problem.shifts.length);
  index.byMentee.forEach((indices, mentee) => {
    if (indices.length === 0) return;
    menteesWithCandidates++;
    menteeSide += Math.min(problem.menteeCapacity[mentee]!, index.cliqueCount[mentee]!);
    for (const candidate of indices) shiftWanted[problem.candidates[candidate]!.shift] = 1;
  });
  const wantedShiftsOfMentor = new Int32Array(problem.mentorCount);
  problem.shifts.forEach((shift, i) => {
    if (shiftWanted[i]) wantedShiftsOfMentor[shift.mentor]!++;
  });
  let mentorSide = 0;
  for (const count of wantedShiftsOfMentor)
    mentorSide += Math.min(problem.perMentor, count) * problem.perShift;
  const pairings = Math.min(menteeSide, mentorSide);
  return { menteesMatched: Math.min(menteesWithCandidates, pairings), pairings };
}

/** The union of candidate lists, per mentee. */
export function unite(a: number[][], b: number[][]): number[][] {
  return a.map((list, mentee) => [...new Set([...list, ...(b[mentee] ?? [])])].sort((x, y) => x - y));
}

/** One mentee's candidates grouped by the mentor whose shift each is, in the order given. */
function candidatesByMentor(problem: AssignmentProblem, indices: readonly number[]): Map<number, number[]> {
  const byMentor = new Map<number, number[]>();
  for (const candidate of indices) {
    const mentor = problem.shifts[problem.candidates[candidate]!.shift]!.mentor;
    const list = byMentor.get(mentor);
    if (list) list.push(candidate);
    else byMentor.set(mentor, [candidate]);
  }
  return byMentor;
}
