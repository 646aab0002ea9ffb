// list_runbooks: the catalogue, each runbook with the services it serves, filtered by service and words.
import { requireKnownIds } from "../../lib/known-ids.js";
import type { ToolHandler } from "../../ports/tool.js";
import { readRunbookCatalog } from "../catalog/runbook-catalog.js";
import { listRunbooks } from "../catalog/runbook-listing.js";
import { renderRunbookList } from "../render/render-runbook-list.js";
import { LIST_LIMIT, type listRunbooksInput, type listRunbooksOutput } from "./list-runbooks-tool.js";

export const handle: ToolHandler<typeof listRunbooksInput, typeof listRunbooksOutput> = async (
  input,
  ctx,
) => {
  const catalog = await readRunbookCatalog(ctx);
  if (input.service !== undefined) {
    const served = listRunbooks(catalog, ctx.team.services, {}).flatMap((runbook) => runbook.services);
    requireKnownIds("service", "service", [input.service], {
      listed: [...new Set([...ctx.team.services.map((service) => service.id), ...served])],
      alsoAccepted: ctx.team.services.map((service) => service.pagerdutyId),
    });
  }
  const matches = listRunbooks(catalog, ctx.team.services, input);
  const runbooks = matches.slice(0, LIST_LIMIT);
  const warnings = catalog.flatMap((entry) => (entry.problem ? [entry.problem] : []));
  return {
    structured: { runbooks, total: matches.length, warnings },
    markdown: renderRunbookList(runbooks, matches.length, catalog.length, warnings),
  };
};
