// What planShadowRotation takes and gives: plain data, no zod (the tool layer validates and describes it).
import type { Engineer, Instant, Schedule, ShadowRecord, ShadowRole, Shift } from "../../model.js";

/** The rules of a rotation; every field has a default (see DEFAULT_LIMITS). */
export interface ShadowLimits {
  maxShadowsPerMentee: number;
  /** Distinct shifts of one mentor that may be shadowed in the window. */
  maxShadowsPerMentor: number;
  /** Mentees on one shift. */
  maxShadowsPerShift: number;
  /** Hours a shift must overlap the mentee's working hours. */
  minOverlapHours: number;
}

/** Weights of the score terms (see scoring.ts for what each term measures); 0 turns a term off. */
export interface ScoreWeights {
  overlap: number;
  learning: number;
  activity: number;
  novelty: number;
  /** Prefers mentors with a lighter recent on-call load (the load term in scoring.ts). */
  load: number;
}

export type ScheduleInfo = Pick<Schedule, "id" | "name" | "timeZone" | "services">;

export interface ShadowPlanInput {
  window: { from: Instant; to: Instant };
  engineers: Engineer[];
  /** Every schedule whose shifts are given, so a mentee on call anywhere is seen. */
  schedules: ScheduleInfo[];
  /** Rendered entries of every schedule over the window (`user` is an engineer id). */
  shifts: Shift[];
  shadowHistory: ShadowRecord[];
  /** Incidents per service id in the recent past (services missing count as 0). */
  incidentCounts: Record<string, number> | ReadonlyMap<string, number>;
  /**
   * Per engineer id, the recent-load score from mentorLoadScores (1 = least loaded, 0 = the most); engineers
   * missing score 1. Without it the load term is off, whatever its weight.
   */
  mentorLoadScores?: Record<string, number> | ReadonlyMap<string, number>;
  /** The schedules to draw shadow shifts from; default all. */
  scheduleIds?: string[];
  /** Default: every engineer with `mentee: true`. */
  menteeIds?: string[];
  limits?: Partial<ShadowLimits>;
  weights?: Partial<ScoreWeights>;
  /** The moment the plan is made: the calendar's DTSTAMP. */
  now: Instant;
  /** Milliseconds for `stats.solveMillis`; defaults to performance.now. Never affects the answer. */
  clock?: () => number;
  /** Search effort after the first feasible answer, in arc scans (deterministic). */
  workBudget?: number;
}

export interface PersonSummary {
  id: string;
  name: string;
  timeZone: string;
}

export interface Pairing {
  mentee: PersonSummary;
  mentor: PersonSummary;
  schedule: { id: string; name: string };
  start: Instant;
  end: Instant;
  overlapHours: number;
  services: string[];
  score: number;
  reasons: string[];
  /** reverse-shadow for a mentee at that stage: they carry the shift, the mentor backs them up. Absent: shadow. */
  role?: ShadowRole;
}

export interface UnmatchedMentee {
  mentee: { id: string; name: string };
  reason: string;
  /** What would let them be matched. */
  fix: string;
}

export interface ShadowPlanStats {
  mentees: number;
  menteesMatched: number;
  pairings: number;
  shiftsConsidered: number;
  objective: { menteesMatched: number; pairings: number; score: number };
  /** Which parts of the objective are proved optimal: matched and pairings always are unless the search gave up. */
  optimal: { menteesMatched: boolean; pairings: boolean; score: boolean };
  /** The best upper bound proved; score null when none was proved. */
  bound: { menteesMatched: number; pairings: number; score: number | null };
  solveMillis: number;
}

export interface ShadowPlan {
  window: { from: Instant; to: Instant };
  limits: ShadowLimits;
  weights: ScoreWeights;
  pairings: Pairing[];
  unmatched: UnmatchedMentee[];
  stats: ShadowPlanStats;
  /** RFC 5545 text: one event per pairing, both people invited. */
  calendar: string;
  /** Mermaid gantt source of the rotation. */
  gantt: string;
}
