// find_similar_incidents: what the tool does when called, loaded on its first call.

import { UserInputError } from "../lib/errors.js";
import type { ToolHandler } from "../ports/tool.js";
import type { findSimilarInput } from "./schemas.js";
import { requireKnownServicesAndTeams } from "./scope-ids.js";
import { renderSimilar } from "./similar/render.js";
import type { findSimilarOutput } from "./similar/schema.js";
import { type SimilarTarget, findSimilarIncidents as search } from "./similar/search.js";

function targetOf(input: { incidentId?: string | undefined; query?: string | undefined }): SimilarTarget {
  if (input.incidentId !== undefined && input.query !== undefined)
    throw new UserInputError("Give incidentId or query, not both: drop one of them.");
  if (input.incidentId !== undefined) return { incidentId: input.incidentId };
  if (input.query !== undefined) return { query: input.query };
  throw new UserInputError(
    "Give incidentId (an incident id or number) or query (the symptom in words, e.g. `checkout 5xx after deploy`).",
  );
}

export const handle: ToolHandler<typeof findSimilarInput, typeof findSimilarOutput> = async (input, ctx) => {
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
};
