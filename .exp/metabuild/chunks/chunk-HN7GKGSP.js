import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  external_exports
} from "./chunk-GCCA2YSU.js";

// src/incidents/similar/schema.ts
var SIMILAR_LIMITS = { defaultLimit: 5, maxLimit: 20, defaultDays: 730 }, similarMatchSchema = external_exports.object({
  incident: external_exports.object({
    id: external_exports.string(),
    number: external_exports.number(),
    title: external_exports.string(),
    service: external_exports.object({ id: external_exports.string(), name: external_exports.string() }),
    createdAt: external_exports.string()
  }),
  score: external_exports.number(),
  matchedOn: external_exports.array(external_exports.string()),
  resolution: external_exports.string().nullable(),
  timeToResolveSeconds: external_exports.number().nullable(),
  resolvedBy: external_exports.string().nullable(),
  runbookPath: external_exports.string().nullable()
}), findSimilarOutput = external_exports.object({
  matches: external_exports.array(similarMatchSchema),
  searched: external_exports.object({ incidents: external_exports.number(), requests: external_exports.number() }),
  runbooks: external_exports.enum(["listed", "unavailable", "skipped"]).describe("unavailable: runbookPath may be missing")
}), similarSummarySchema = external_exports.array(
  external_exports.object({
    id: external_exports.string().describe("Incident id"),
    number: external_exports.number().int().describe("Incident number"),
    title: external_exports.string().describe("Title"),
    score: external_exports.number().describe("Similarity, 0 to 1"),
    resolution: external_exports.string().nullable().describe("What fixed it, from its notes, or null")
  })
).describe("Past incidents like this one, best first");
function topMatches(result, count = 3) {
  return result.matches.slice(0, count).map((match) => ({
    id: match.incident.id,
    number: match.incident.number,
    title: match.incident.title,
    score: match.score,
    resolution: match.resolution
  }));
}

export {
  SIMILAR_LIMITS,
  findSimilarOutput,
  similarSummarySchema,
  topMatches
};
