// The structured output of find_similar_incidents, and the compact form summarize_incident can carry as `similar`.
import { z } from "zod";
import type { SimilarMatch, SimilarResult } from "./types.js";

/** How many matches a search returns by default and at most, and how far back it looks by default (2 years). */
export const SIMILAR_LIMITS = { defaultLimit: 5, maxLimit: 20, defaultDays: 730 } as const;

// Terse on purpose: every tool's schemas share one tools/list budget. Whole numbers are z.number(), as .int()
// adds two 16-digit bounds to the JSON Schema.
export const similarMatchSchema = z.object({
  incident: z.object({
    id: z.string(),
    number: z.number(),
    title: z.string(),
    service: z.object({ id: z.string(), name: z.string() }),
    createdAt: z.string(),
  }),
  score: z.number(),
  matchedOn: z.array(z.string()),
  resolution: z.string().nullable(),
  timeToResolveSeconds: z.number().nullable(),
  resolvedBy: z.string().nullable(),
  runbookPath: z.string().nullable(),
});

export const findSimilarOutput = z.object({
  matches: z.array(similarMatchSchema),
  searched: z.object({ incidents: z.number(), requests: z.number() }),
  runbooks: z.enum(["listed", "unavailable", "skipped"]).describe("unavailable: runbookPath may be missing"),
});

/** summarize_incident's `similar`: the top matches, each in a line's worth of fields. */
export const similarSummarySchema = z
  .array(
    z.object({
      id: z.string().describe("Incident id"),
      number: z.number().int().describe("Incident number"),
      title: z.string().describe("Title"),
      score: z.number().describe("Similarity, 0 to 1"),
      resolution: z.string().nullable().describe("What fixed it, from its notes, or null"),
    }),
  )
  .describe("Past incidents like this one, best first");

export type SimilarSummary = z.infer<typeof similarSummarySchema>;

export function topMatches(result: Pick<SimilarResult, "matches">, count = 3): SimilarSummary {
  return result.matches.slice(0, count).map((match: SimilarMatch) => ({
    id: match.incident.id,
    number: match.incident.number,
    title: match.incident.title,
    score: match.score,
    resolution: match.resolution,
  }));
}
