import { z } from "zod";
import { instantField } from "../lib/dates.js";
import { UserInputError } from "../lib/errors.js";
import { idField } from "../lib/input-coercion.js";
import { requireKnownServicesAndTeams } from "../lib/scope-ids.js";
import { defineTool } from "../ports/tool.js";
import { renderSimilar } from "./similar/render.js";
import { findSimilarOutput } from "./similar/schema.js";
import { SIMILAR_LIMITS, type SimilarTarget, findSimilarIncidents as search } from "./similar/search.js";

function targetOf(input: { incidentId?: string | undefined; query?: string | undefined }): SimilarTarget {
  if (input.incidentId !== undefined && input.query !== undefined)
    throw new UserInputError("Give incidentId or query, not both: drop one of them.");
  if (input.incidentId !== undefined) return { incidentId: input.incidentId };
  if (input.query !== undefined) return { query: input.query };
  throw new UserInputError(
    "Give incidentId (an incident id or number) or query (the symptom in words, e.g. `checkout 5xx after deploy`).",
  );
}

export const findSimilarIncidentsTool = defineTool({
  name: "find_similar_incidents",
  title: "Find similar past incidents",
  description:
    "Has this happened before? Incidents like an incident (only earlier ones) or a description (query), best first: score 0-1 (under 0.15 not shown), why they matched, what fixed them, who, how fast, runbook. BM25 over titles, alert keys, services, notes. Default: 2 years back from the incident's start (or now).",
  input: z.object({
    incidentId: idField(z.string().trim().min(1).max(64).describe("Id or number; or give query")).optional(),
    query: z.string().trim().min(1).max(500).optional().describe("Symptoms in words"),
    serviceIds: z
      .array(idField(z.string().min(1).max(100)))
      .max(50)
      .optional()
      .describe("Only these services"),
    since: instantField("Default 2 years before until.").optional(),
    until: instantField("Default now.").optional(),
    limit: z.number().int().min(1).max(SIMILAR_LIMITS.maxLimit).default(SIMILAR_LIMITS.defaultLimit),
  }),
  output: findSimilarOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "runbooks"],
  async handler(input, ctx) {
    await requireKnownServicesAndTeams({ serviceIds: input.serviceIds }, ctx);
    const result = await search(ctx, targetOf(input), {
      serviceIds: input.serviceIds,
      since: input.since,
      until: input.until,
      limit: input.limit,
    });
    return {
      structured: { matches: result.matches, searched: result.searched, runbooks: result.runbooks.state },
      markdown: renderSimilar(result),
    };
  },
});
