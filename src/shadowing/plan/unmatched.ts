// Everyone the plan leaves out, with the reason in the words of the rule that stopped them.
import type { Engineer } from "../../model.js";
import type { AssignmentProblem } from "../solver/problem.js";
import type { EligibilityFunnel } from "./eligibility.js";
import { type Contention, explainUnmatched } from "./explanations.js";
import type { ShadowLimits, UnmatchedMentee } from "./plan-types.js";

export function listUnmatched(
  problem: AssignmentProblem,
  chosen: readonly number[],
  mentees: readonly Engineer[],
  funnels: readonly EligibilityFunnel[],
  limits: ShadowLimits,
  onCall: readonly (Engineer | undefined)[],
): UnmatchedMentee[] {
  const unmatched = new Set(mentees.map((_, index) => index));
  const menteesOnShift = new Map<number, number>();
  const shadowedShiftsOf = new Map<number, Set<number>>();
  for (const index of chosen) {
    const { mentee, shift } = problem.candidates[index]!;
    unmatched.delete(mentee);
    menteesOnShift.set(shift, (menteesOnShift.get(shift) ?? 0) + 1);
    const mentor = problem.shifts[shift]!.mentor;
    shadowedShiftsOf.set(mentor, (shadowedShiftsOf.get(mentor) ?? new Set()).add(shift));
  }
  const shiftsOf = new Map([...unmatched].map((mentee) => [mentee, [] as number[]]));
  if (shiftsOf.size > 0) {
    for (const candidate of problem.candidates) shiftsOf.get(candidate.mentee)?.push(candidate.shift);
  }
  return [...unmatched].map((index) => {
    const mentee = mentees[index]!;
    const shifts = shiftsOf.get(index)!;
    const atLimit = new Set<string>();
    for (const shift of shifts) {
      const mentor = problem.shifts[shift]!.mentor;
      if ((shadowedShiftsOf.get(mentor)?.size ?? 0) >= limits.maxShadowsPerMentor) {
        atLimit.add(onCall[shift]?.name ?? "?");
      }
    }
    const contention: Contention = {
      eligibleShifts: shifts.length,
      mentorsAtLimit: [...atLimit].sort(),
      fullShifts: shifts.filter((shift) => (menteesOnShift.get(shift) ?? 0) >= limits.maxShadowsPerShift)
        .length,
    };
    const { reason, fix } = explainUnmatched(mentee, funnels[index]!, limits, contention);
    return { mentee: { id: mentee.id, name: mentee.name }, reason, fix };
  });
}
