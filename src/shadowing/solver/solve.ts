// The exact pairing optimiser: flow relaxation, branch-and-bound on what it relaxes, and an honest account of
// what was proved. Mentees matched and pairings count as proved when the answer meets an upper bound that holds
// for the whole problem; the score only when the search closed every branch on a network with every candidate.
// Large problems start on a small network (each mentee's best candidates) and widen only while the counts are
// not proved: first against a counting bound, then against the relaxation's own maximum flow.
import { branchAndBound } from "./branch-and-bound.js";
import {
  bestPairs,
  type CandidateIndex,
  countingBound,
  indexCandidates,
  thinPerMentor,
  unite,
} from "./candidate-selection.js";
import { overlaps } from "./interval-cliques.js";
import { buildPairingNetwork, topologicalOrder } from "./pairing-network.js";
import {
  type AssignmentProblem,
  type AssignmentResult,
  compareObjectives,
  type Objective,
  type SolveOptions,
} from "./problem.js";
import { relaxationBound } from "./relaxation-bound.js";
import { objectiveOf } from "./relaxed-solution.js";

export const DEFAULT_WORK_BUDGET = 30_000_000;
export const DEFAULT_FULL_NETWORK_LIMIT = 60_000;
const FULL_NETWORK_LAST_RESORT_LIMIT = 600_000;
/** Mentors per mentee and mentees per mentor in the first network of a large problem. */
const START_PAIRS_PER_SIDE = 16;

type Counts = { menteesMatched: number; pairings: number };

interface Attempt {
  chosen: number[];
  objective: Objective;
  /** The relaxation optimum at the root of this network. */
  root: Objective;
  /** The best of the incumbent and every branch left open: an upper bound for this network. */
  best: Objective;
  nodes: number;
  budgetExhausted: boolean;
  exactScore: boolean;
  /** The network held every candidate. */
  complete: boolean;
}

interface Scope {
  /** The network holds every candidate: its branch bounds hold for the whole problem. */
  complete: boolean;
  /** The root relaxation's counts bound the whole problem (all candidates, or an exact thinning). */
  rootIsGlobal: boolean;
  /** A bound computed apart from this network. */
  external: Counts | null;
}

export function solveAssignment(problem: AssignmentProblem, options: SolveOptions = {}): AssignmentResult {
  const budget = options.workBudget ?? DEFAULT_WORK_BUDGET;
  const index = indexCandidates(problem);
  const size = index.byMentee.reduce((sum, list) => sum + list.length, 0);
  if (size <= (options.fullNetworkLimit ?? DEFAULT_FULL_NETWORK_LIMIT)) {
    const scope = { complete: true, rootIsGlobal: true, external: null };
    return conclude(solveOn(problem, index, index.byMentee, budget), scope);
  }
  const best = bestPairs(problem, index, options.startPairsPerSide ?? START_PAIRS_PER_SIDE, 2);
  const first = solveOn(problem, index, best, budget);
  let result = conclude(first, {
    complete: false,
    rootIsGlobal: false,
    external: countingBound(problem, index),
  });
  if (result.optimal.pairings) return result;

  const thinned = thinPerMentor(problem, index);
  const exact = relaxationBound(problem, index, thinned);
  result = conclude(first, { complete: false, rootIsGlobal: false, external: exact });
  if (result.optimal.pairings) return result;
  // The network with the maximum flow's candidates reaches the bound in relaxation; usually in fact too.
  // Mentees the small network left out get every option the exact thinning keeps, not only the flow's.
  const unmatched = new Set(problem.menteeCapacity.map((_, mentee) => mentee));
  for (const chosen of first.chosen) unmatched.delete(problem.candidates[chosen]!.mentee);
  const leftOut = thinned.map((list, mentee) => (unmatched.has(mentee) ? list : []));
  const widened = solveOn(problem, index, unite(unite(best, exact.used), leftOut), budget);
  result = conclude(widened, { complete: false, rootIsGlobal: false, external: exact });
  if (result.optimal.pairings) return result;
  result = conclude(solveOn(problem, index, thinned, budget), {
    complete: false,
    rootIsGlobal: true,
    external: exact,
  });
  // Past this size the whole network costs more than a tool call should; the flags then say what is unproved.
  if (result.optimal.pairings || size > FULL_NETWORK_LAST_RESORT_LIMIT) return result;
  return conclude(solveOn(problem, index, index.byMentee, budget), {
    complete: true,
    rootIsGlobal: true,
    external: exact,
  });
}

function solveOn(
  problem: AssignmentProblem,
  index: CandidateIndex,
  kept: readonly number[][],
  budget: number,
): Attempt {
  const complete = kept.every((list, mentee) => list.length === index.byMentee[mentee]!.length);
  const net = buildPairingNetwork(problem, kept, index.cliqueOf, { bypass: true, thinned: !complete });
  net.network.initialisePotentials(topologicalOrder(net), net.source);
  net.network.sendMinCost(net.source, net.sink, net.totalUnits);
  // Reaching a first feasible answer may take one closed arc per conflict; allow it more than the budget.
  const outcome = branchAndBound(problem, net, budget, budget * 4);
  const chosen = outcome.incumbent?.chosen ?? keepFeasible(problem, outcome.last.chosen);
  const objective = objectiveOf(problem, chosen);
  let best = outcome.incumbent ? objective : outcome.root.objective;
  for (const open of outcome.open) {
    if (compareObjectives(open.objective, best) > 0) best = open.objective;
  }
  return {
    chosen: [...chosen].sort((a, b) => a - b),
    objective,
    root: outcome.root.objective,
    best,
    nodes: outcome.nodes,
    budgetExhausted: outcome.budgetExhausted,
    exactScore: net.scoreDivisor === 1,
    complete,
  };
}

function conclude(attempt: Attempt, given: Scope): AssignmentResult {
  const scope = attempt.complete ? { ...given, complete: true, rootIsGlobal: true } : given;
  const bounds: Counts[] = [];
  if (scope.external) bounds.push(scope.external);
  if (scope.rootIsGlobal) bounds.push(attempt.root);
  if (scope.complete) bounds.push(attempt.best);
  let counts = bounds[0] ?? { menteesMatched: Number.POSITIVE_INFINITY, pairings: Number.POSITIVE_INFINITY };
  for (const bound of bounds) {
    const tighter = bound.menteesMatched - counts.menteesMatched || bound.pairings - counts.pairings;
    if (tighter < 0) counts = bound;
  }
  const sameCounts = (a: Counts, b: Counts) =>
    a.menteesMatched === b.menteesMatched && a.pairings === b.pairings;
  const score =
    scope.complete && attempt.exactScore && sameCounts(counts, attempt.best) ? attempt.best.score : null;
  const { objective } = attempt;
  const matchedOptimal = objective.menteesMatched === counts.menteesMatched;
  const pairingsOptimal = matchedOptimal && objective.pairings === counts.pairings;
  return {
    chosen: attempt.chosen,
    objective,
    bound: { menteesMatched: counts.menteesMatched, pairings: counts.pairings, score },
    optimal: {
      menteesMatched: matchedOptimal,
      pairings: pairingsOptimal,
      score: pairingsOptimal && score !== null && objective.score === score,
    },
    search: { nodes: attempt.nodes, thinned: !scope.complete, budgetExhausted: attempt.budgetExhausted },
  };
}

/** Last resort when the search found no feasible answer in budget: drop pairings until every rule holds. */
function keepFeasible(problem: AssignmentProblem, chosen: readonly number[]): number[] {
  const ranked = [...chosen].sort(
    (a, b) => problem.candidates[b]!.score - problem.candidates[a]!.score || a - b,
  );
  const kept: number[] = [];
  const shiftsOfMentor = new Map<number, Set<number>>();
  for (const index of ranked) {
    const candidate = problem.candidates[index]!;
    const shift = problem.shifts[candidate.shift]!;
    const clashes = kept.some((other) => {
      const otherCandidate = problem.candidates[other]!;
      return (
        otherCandidate.mentee === candidate.mentee && overlaps(problem.shifts[otherCandidate.shift]!, shift)
      );
    });
    const mentorShifts = shiftsOfMentor.get(shift.mentor) ?? new Set<number>();
    const overMentorLimit = !mentorShifts.has(candidate.shift) && mentorShifts.size >= problem.perMentor;
    if (clashes || overMentorLimit) continue;
    mentorShifts.add(candidate.shift);
    shiftsOfMentor.set(shift.mentor, mentorShifts);
    kept.push(index);
  }
  return kept;
}
