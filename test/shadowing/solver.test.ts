import { describe, expect, it } from "vitest";
import {
  countingBound,
  indexCandidates,
  thinPerMentor,
} from "../../src/shadowing/solver/candidate-selection.js";
import type { AssignmentProblem, Objective } from "../../src/shadowing/solver/problem.js";
import { relaxationBound } from "../../src/shadowing/solver/relaxation-bound.js";
import { solveAssignment } from "../../src/shadowing/solver/solve.js";
import { mulberry32 } from "../../tools/demo-workspace/prng.js";

function randomProblem(seed: number): AssignmentProblem {
  const random = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const menteeCount = int(1, 4);
  const mentorCount = int(1, 3);
  const shifts = Array.from({ length: int(2, 7) }, () => {
    const start = int(0, 16);
    return { start, end: start + int(2, 8), mentor: int(0, mentorCount - 1) };
  });
  const candidates: AssignmentProblem["candidates"] = [];
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    shifts.forEach((_, shift) => {
      if (candidates.length < 15 && random() < 0.55) candidates.push({ mentee, shift, score: int(0, 9) });
    });
  }
  const capacity = int(1, 3);
  return {
    menteeCapacity: Array.from({ length: menteeCount }, () => capacity),
    shifts,
    mentorCount,
    candidates,
    perShift: int(1, 2),
    perMentor: int(1, 2),
  };
}

/** Every rule, checked directly on the chosen pairs. */
function isFeasible(problem: AssignmentProblem, chosen: readonly number[]): boolean {
  const picked = chosen.map((index) => problem.candidates[index]!);
  for (const [i, a] of picked.entries()) {
    for (const b of picked.slice(i + 1)) {
      if (a.mentee !== b.mentee) continue;
      if (a.shift === b.shift) return false;
      const x = problem.shifts[a.shift]!;
      const y = problem.shifts[b.shift]!;
      if (x.start < y.end && y.start < x.end) return false;
    }
  }
  const perMentee = new Map<number, number>();
  const perShift = new Map<number, number>();
  const shiftsOfMentor = new Map<number, Set<number>>();
  for (const pick of picked) {
    perMentee.set(pick.mentee, (perMentee.get(pick.mentee) ?? 0) + 1);
    perShift.set(pick.shift, (perShift.get(pick.shift) ?? 0) + 1);
    const mentor = problem.shifts[pick.shift]!.mentor;
    shiftsOfMentor.set(mentor, (shiftsOfMentor.get(mentor) ?? new Set()).add(pick.shift));
  }
  if ([...perMentee.entries()].some(([mentee, n]) => n > problem.menteeCapacity[mentee]!)) return false;
  if ([...perShift.values()].some((n) => n > problem.perShift)) return false;
  return [...shiftsOfMentor.values()].every((shifts) => shifts.size <= problem.perMentor);
}

function objectiveOf(problem: AssignmentProblem, chosen: readonly number[]): Objective {
  const picked = chosen.map((index) => problem.candidates[index]!);
  return {
    menteesMatched: new Set(picked.map((pick) => pick.mentee)).size,
    pairings: picked.length,
    score: picked.reduce((sum, pick) => sum + pick.score, 0),
  };
}

/** Tries every subset of candidates (pruning only subsets that already break a rule). */
function bruteForce(problem: AssignmentProblem): Objective {
  let best: Objective = { menteesMatched: 0, pairings: 0, score: 0 };
  const chosen: number[] = [];
  const visit = (next: number) => {
    if (next === problem.candidates.length) {
      const objective = objectiveOf(problem, chosen);
      const better =
        objective.menteesMatched - best.menteesMatched ||
        objective.pairings - best.pairings ||
        objective.score - best.score;
      if (better > 0) best = objective;
      return;
    }
    visit(next + 1);
    chosen.push(next);
    if (isFeasible(problem, chosen)) visit(next + 1);
    chosen.pop();
  };
  visit(0);
  return best;
}

describe("solveAssignment", () => {
  it("keeps a mentee off two shifts that overlap, even when both score best", () => {
    // Shifts 0 and 1 overlap (10–20 and 15–25); shift 2 (30–40) scores least. One mentee may take two.
    const problem: AssignmentProblem = {
      menteeCapacity: [2],
      shifts: [
        { start: 10, end: 20, mentor: 0 },
        { start: 15, end: 25, mentor: 1 },
        { start: 30, end: 40, mentor: 2 },
      ],
      mentorCount: 3,
      candidates: [
        { mentee: 0, shift: 0, score: 9 },
        { mentee: 0, shift: 1, score: 8 },
        { mentee: 0, shift: 2, score: 1 },
      ],
      perShift: 1,
      perMentor: 1,
    };
    const result = solveAssignment(problem);
    expect(result.chosen).toEqual([0, 2]);
    expect(result.objective).toEqual({ menteesMatched: 1, pairings: 2, score: 10 });
    expect(result.optimal).toEqual({ menteesMatched: true, pairings: true, score: true });
  });

  it("prefers a second mentee matched over a higher score", () => {
    // Mentor 0 has one shift to give (perMentor 1): mentee 0 scores 9 on it, mentee 1 only 1. Mentee 0 also
    // has shift 1 (score 2). Best: mentee 0 on shift 1, mentee 1 on shift 0 → 2 matched, score 3.
    const problem: AssignmentProblem = {
      menteeCapacity: [1, 1],
      shifts: [
        { start: 0, end: 10, mentor: 0 },
        { start: 20, end: 30, mentor: 1 },
      ],
      mentorCount: 2,
      candidates: [
        { mentee: 0, shift: 0, score: 9 },
        { mentee: 0, shift: 1, score: 2 },
        { mentee: 1, shift: 0, score: 1 },
      ],
      perShift: 1,
      perMentor: 1,
    };
    const result = solveAssignment(problem);
    expect(result.chosen).toEqual([1, 2]);
    expect(result.objective).toEqual({ menteesMatched: 2, pairings: 2, score: 3 });
  });

  it("counts a mentor's limit in distinct shifts when a shift takes several mentees", () => {
    // perShift 2, perMentor 1: mentor 0's shifts 0 and 1 cannot both be shadowed, so the two mentees share one.
    const problem: AssignmentProblem = {
      menteeCapacity: [1, 1],
      shifts: [
        { start: 0, end: 10, mentor: 0 },
        { start: 20, end: 30, mentor: 0 },
      ],
      mentorCount: 1,
      candidates: [
        { mentee: 0, shift: 0, score: 5 },
        { mentee: 1, shift: 1, score: 5 },
        { mentee: 1, shift: 0, score: 1 },
      ],
      perShift: 2,
      perMentor: 1,
    };
    const result = solveAssignment(problem);
    expect(result.chosen).toEqual([0, 2]);
    expect(result.objective).toEqual({ menteesMatched: 2, pairings: 2, score: 6 });
    expect(result.optimal.score).toBe(true);
  });

  it("matches brute force on 200 random small instances", () => {
    let conflicts = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const problem = randomProblem(seed);
      const expected = bruteForce(problem);
      const result = solveAssignment(problem);
      expect(isFeasible(problem, result.chosen), `seed ${seed}`).toBe(true);
      expect(result.objective, `seed ${seed}`).toEqual(objectiveOf(problem, result.chosen));
      expect(result.objective, `seed ${seed}`).toEqual(expected);
      expect(result.optimal, `seed ${seed}`).toEqual({ menteesMatched: true, pairings: true, score: true });
      expect(result.bound, `seed ${seed}`).toEqual(expected);
      if (result.search.nodes > 1) conflicts++;
    }
    // The instances must exercise the branch-and-bound, not only the relaxation.
    expect(conflicts).toBeGreaterThan(20);
  });

  it("stays optimal in mentees matched and pairings when it starts from a small network", () => {
    let started = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const problem = randomProblem(seed);
      const expected = bruteForce(problem);
      const result = solveAssignment(problem, { fullNetworkLimit: 0, startPairsPerSide: 1 });
      expect(isFeasible(problem, result.chosen), `seed ${seed}`).toBe(true);
      expect(result.objective.menteesMatched, `seed ${seed}`).toBe(expected.menteesMatched);
      expect(result.objective.pairings, `seed ${seed}`).toBe(expected.pairings);
      expect(result.optimal.pairings, `seed ${seed}`).toBe(true);
      if (result.search.thinned) {
        started++;
        expect(result.optimal.score).toBe(false);
        expect(result.bound.score).toBeNull();
      }
    }
    expect(started).toBeGreaterThan(20);
  });

  it("bounds the counts by the same maximum flow whether or not the candidates are thinned", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const problem = randomProblem(seed);
      const expected = bruteForce(problem);
      const index = indexCandidates(problem);
      const full = relaxationBound(problem, index, index.byMentee);
      const thinned = relaxationBound(problem, index, thinPerMentor(problem, index));
      expect([thinned.menteesMatched, thinned.pairings], `seed ${seed}`).toEqual([
        full.menteesMatched,
        full.pairings,
      ]);
      expect(full.menteesMatched).toBeGreaterThanOrEqual(expected.menteesMatched);
      if (full.menteesMatched === expected.menteesMatched) {
        expect(full.pairings).toBeGreaterThanOrEqual(expected.pairings);
      }
      const counting = countingBound(problem, index);
      expect(counting.menteesMatched).toBeGreaterThanOrEqual(full.menteesMatched);
      expect(counting.pairings).toBeGreaterThanOrEqual(full.pairings);
    }
  });

  it("claims only what it proved when the search budget runs out", () => {
    let unproved = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const problem = randomProblem(seed);
      const expected = bruteForce(problem);
      const result = solveAssignment(problem, { workBudget: 0 });
      expect(isFeasible(problem, result.chosen), `seed ${seed}`).toBe(true);
      if (result.optimal.menteesMatched)
        expect(result.objective.menteesMatched).toBe(expected.menteesMatched);
      if (result.optimal.pairings) expect(result.objective.pairings).toBe(expected.pairings);
      if (result.optimal.score) expect(result.objective).toEqual(expected);
      // The bound is an upper bound on the true optimum.
      expect(result.bound.menteesMatched).toBeGreaterThanOrEqual(expected.menteesMatched);
      if (result.bound.menteesMatched === expected.menteesMatched) {
        expect(result.bound.pairings).toBeGreaterThanOrEqual(expected.pairings);
      }
      if (!result.optimal.score) unproved++;
    }
    expect(unproved).toBeGreaterThan(0);
  });
});
