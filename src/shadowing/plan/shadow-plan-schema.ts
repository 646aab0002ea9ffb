// The zod shape of a ShadowPlan, for the tool's outputSchema. Factories rather than shared instances, so that no
// JSON Schema generator is tempted to emit $ref (some MCP clients cannot follow one).
import { z } from "zod";
import { SHADOW_ROLES } from "../../model.js";

const person = () =>
  z.object({ id: z.string(), name: z.string(), timeZone: z.string().describe("IANA time zone") });

const counts = () => ({
  menteesMatched: z.number().int().min(0),
  pairings: z.number().int().min(0),
});

export const shadowPlanOutputSchema = z.object({
  window: z.object({ from: z.string(), to: z.string() }).describe("[from, to) in UTC"),
  limits: z.object({
    maxShadowsPerMentee: z.number().int(),
    maxShadowsPerMentor: z.number().int(),
    maxShadowsPerShift: z.number().int(),
    minOverlapHours: z.number(),
  }),
  weights: z.object({
    overlap: z.number(),
    learning: z.number(),
    activity: z.number(),
    novelty: z.number(),
    load: z.number(),
  }),
  pairings: z.array(
    z.object({
      mentee: person(),
      mentor: person(),
      schedule: z.object({ id: z.string(), name: z.string() }),
      start: z.string(),
      end: z.string(),
      overlapHours: z.number().describe("Hours of the shift inside the mentee's working hours"),
      services: z.array(z.string()),
      score: z.number(),
      reasons: z.array(z.string()),
      role: z.enum(SHADOW_ROLES).optional(),
    }),
  ),
  unmatched: z.array(
    z.object({
      mentee: z.object({ id: z.string(), name: z.string() }),
      reason: z.string(),
      fix: z.string().describe("What would let this mentee be matched"),
    }),
  ),
  stats: z.object({
    mentees: z.number().int(),
    menteesMatched: z.number().int(),
    pairings: z.number().int(),
    shiftsConsidered: z.number().int(),
    objective: z.object({ ...counts(), score: z.number() }),
    optimal: z
      .object({ menteesMatched: z.boolean(), pairings: z.boolean(), score: z.boolean() })
      .describe("Which parts of the objective are proved optimal"),
    bound: z
      .object({ ...counts(), score: z.number().nullable() })
      .describe("The best proved upper bound; score is null when none was proved"),
    solveMillis: z.number(),
  }),
  calendar: z.string().describe("iCalendar (RFC 5545) text, one event per pairing"),
  gantt: z.string().describe("Mermaid gantt source of the rotation"),
});
