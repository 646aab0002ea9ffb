// The pairing problem as the solver sees it: numbers only, no names, no dates.

export interface AssignmentProblem {
  /** Per mentee: how many shifts they may shadow (maxShadowsPerMentee). */
  menteeCapacity: number[];
  /** Per shift: its interval in epoch milliseconds ([start, end)) and the index of the mentor on call. */
  shifts: { start: number; end: number; mentor: number }[];
  mentorCount: number;
  /** Eligible (mentee, shift) pairs; `score` is a non-negative integer (points). */
  candidates: { mentee: number; shift: number; score: number }[];
  /** maxShadowsPerShift: mentees on one shift. */
  perShift: number;
  /** maxShadowsPerMentor: distinct shifts of one mentor that are shadowed. */
  perMentor: number;
}

/** The lexicographic objective: most mentees matched, then most pairings, then the highest score. */
export interface Objective {
  menteesMatched: number;
  pairings: number;
  score: number;
}

export interface AssignmentResult {
  /** Indices into `problem.candidates`, ascending. */
  chosen: number[];
  objective: Objective;
  /** The best upper bound proved; `score` is null when none was proved for the matched/pairings optimum. */
  bound: { menteesMatched: number; pairings: number; score: number | null };
  optimal: { menteesMatched: boolean; pairings: boolean; score: boolean };
  search: {
    /** Relaxations solved in the branch-and-bound. */
    nodes: number;
    /** True when candidates were thinned to keep the network small (the score is then not proved). */
    thinned: boolean;
    /** True when the search stopped at its work budget before closing every branch. */
    budgetExhausted: boolean;
  };
}

export interface SolveOptions {
  /** Arc scans the branch-and-bound may spend after its first feasible answer (deterministic, unlike a clock). */
  workBudget?: number;
  /** Above this many candidates the search starts on a smaller network (the score is then not proved). */
  fullNetworkLimit?: number;
  /** Mentors per mentee and mentees per mentor in that smaller network (two shifts a pair); default 16. */
  startPairsPerSide?: number;
}

export function compareObjectives(a: Objective, b: Objective): number {
  return a.menteesMatched - b.menteesMatched || a.pairings - b.pairings || a.score - b.score;
}
