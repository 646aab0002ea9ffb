// The structured answer of suggest_shadow_pairings: the plan with people, schedules and services as ids (names are
// in the text), so that pairings can be passed back to record_shadow_rotation as they are. Lean: every tool's
// schema shares one tools/list budget.
import { z } from "zod";
import { SHADOW_ROLES } from "../../model.js";
import type { ShadowPlan } from "./plan-types.js";

const int = () => z.number().int();

export const pairingOutputSchema = z.object({
  mentee: z.string(),
  mentor: z.string(),
  schedule: z.string(),
  start: z.string(),
  end: z.string(),
  overlapHours: z.number(),
  services: z.array(z.string()),
  score: z.number(),
  reasons: z.array(z.string()),
  role: z.enum(SHADOW_ROLES),
});

export const planOutputSchema = z.object({
  window: z.object({ from: z.string(), to: z.string() }),
  pairings: z.array(pairingOutputSchema),
  unmatched: z.array(z.object({ mentee: z.string(), reason: z.string(), fix: z.string() })),
  stats: z.object({
    mentees: int(),
    menteesMatched: int(),
    pairings: int(),
    shiftsConsidered: int(),
    objective: z.number().describe("Total score"),
    optimal: z.object({ menteesMatched: z.boolean(), pairings: z.boolean(), score: z.boolean() }),
    solveMillis: z.number(),
  }),
  calendar: z.string().describe("iCalendar"),
});

export type PlanOutput = z.output<typeof planOutputSchema>;
export type PairingOutput = z.output<typeof pairingOutputSchema>;

export function toPlanOutput(plan: ShadowPlan): PlanOutput {
  const { stats } = plan;
  return {
    window: plan.window,
    pairings: plan.pairings.map((pairing) => ({
      mentee: pairing.mentee.id,
      mentor: pairing.mentor.id,
      schedule: pairing.schedule.id,
      start: pairing.start,
      end: pairing.end,
      overlapHours: pairing.overlapHours,
      services: pairing.services,
      score: pairing.score,
      reasons: pairing.reasons,
      role: pairing.role ?? "shadow",
    })),
    unmatched: plan.unmatched.map(({ mentee, reason, fix }) => ({ mentee: mentee.id, reason, fix })),
    stats: {
      mentees: stats.mentees,
      menteesMatched: stats.menteesMatched,
      pairings: stats.pairings,
      shiftsConsidered: stats.shiftsConsidered,
      objective: stats.objective.score,
      optimal: stats.optimal,
      solveMillis: stats.solveMillis,
    },
    calendar: plan.calendar,
  };
}
