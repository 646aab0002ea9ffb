import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  external_exports
} from "./chunk-GCCA2YSU.js";

// src/shadowing/plan/plan-output.ts
var int = () => external_exports.number().int(), pairingOutputSchema = external_exports.object({
  mentee: external_exports.string(),
  mentor: external_exports.string(),
  schedule: external_exports.string(),
  start: external_exports.string(),
  end: external_exports.string(),
  overlapHours: external_exports.number(),
  services: external_exports.array(external_exports.string()),
  score: external_exports.number(),
  reasons: external_exports.array(external_exports.string()),
  role: external_exports.enum(["shadow", "reverse-shadow"])
}), planOutputSchema = external_exports.object({
  window: external_exports.object({ from: external_exports.string(), to: external_exports.string() }),
  pairings: external_exports.array(pairingOutputSchema),
  unmatched: external_exports.array(external_exports.object({ mentee: external_exports.string(), reason: external_exports.string(), fix: external_exports.string() })),
  stats: external_exports.object({
    mentees: int(),
    menteesMatched: int(),
    pairings: int(),
    shiftsConsidered: int(),
    objective: external_exports.number().describe("Total score"),
    optimal: external_exports.object({ menteesMatched: external_exports.boolean(), pairings: external_exports.boolean(), score: external_exports.boolean() }),
    solveMillis: external_exports.number()
  }),
  calendar: external_exports.string().describe("iCalendar")
});
function toPlanOutput(plan) {
  let { stats } = plan;
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
      role: pairing.role ?? "shadow"
    })),
    unmatched: plan.unmatched.map(({ mentee, reason, fix }) => ({ mentee: mentee.id, reason, fix })),
    stats: {
      mentees: stats.mentees,
      menteesMatched: stats.menteesMatched,
      pairings: stats.pairings,
      shiftsConsidered: stats.shiftsConsidered,
      objective: stats.objective.score,
      optimal: stats.optimal,
      solveMillis: stats.solveMillis
    },
    calendar: plan.calendar
  };
}

export {
  planOutputSchema,
  toPlanOutput
};
