import { defineTool, lazyHandler } from "../ports/tool.js";
import { findSimilarInput } from "./schemas.js";
import { findSimilarOutput } from "./similar/schema.js";

export const findSimilarIncidentsTool = defineTool({
  name: "find_similar_incidents",
  title: "Find similar past incidents",
  description:
    "Has this happened before? Incidents like an incident (only earlier ones) or a description (query), best first: score 0-1 (under 0.15 not shown), why they matched, what fixed them, who, how fast, runbook. BM25 over titles, alert keys, services, notes. Default: 2 years back from the incident's start (or now).",
  input: findSimilarInput,
  output: findSimilarOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "runbooks"],
  handler: lazyHandler(() => import("./find-similar-incidents-handler.js")),
});
