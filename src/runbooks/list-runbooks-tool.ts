import { z } from "zod";
import { idField } from "../lib/input-coercion.js";
import { requireKnownIds } from "../lib/known-ids.js";
import { markdownTable } from "../lib/markdown.js";
import { defineTool } from "../ports/tool.js";
import { readRunbookCatalog } from "./runbook-catalog.js";
import { listRunbooks } from "./runbook-listing.js";

export const LIST_LIMIT = 100;

const runbookItem = z.object({
  path: z.string(),
  title: z.string(),
  services: z.array(z.string()),
  lastReviewed: z.string().nullable().describe("YYYY-MM-DD"),
  sections: z.array(z.string()),
});

export const listRunbooksTool = defineTool({
  name: "list_runbooks",
  title: "List runbooks",
  description: `Lists runbooks with title, services, lastReviewed and section headings. Use it to find a path for read_runbook or draft_runbook_update. Filter by service and by query words (all must appear in the path, headings or text). Returns up to ${LIST_LIMIT}; total counts all matches.`,
  input: z.object({
    service: idField(z.string().trim().min(1).max(100).describe("Service id")).optional(),
    query: z.string().max(200).optional().describe("Words to look for"),
  }),
  output: z.object({
    runbooks: z.array(runbookItem),
    total: z.number().int(),
    warnings: z.array(z.string()),
  }),
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["runbooks"],
  async handler(input, ctx) {
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
      markdown: renderListing(runbooks, matches.length, catalog.length, warnings),
    };
  },
});

function renderListing(
  runbooks: z.infer<typeof runbookItem>[],
  total: number,
  all: number,
  warnings: string[],
): string {
  const heading =
    total === all ? `**${all} runbook${all === 1 ? "" : "s"}**` : `**${total} of ${all} runbooks match**`;
  const shown = runbooks.length < total ? ` (first ${runbooks.length}; narrow with service or query)` : "";
  const notes = warnings.map((warning) => `- ⚠ ${warning}`).join("\n");
  if (runbooks.length === 0) {
    const empty =
      all === 0 ? "There are no runbooks yet." : "None match; drop the service or query filter to see all.";
    return [heading, "", empty, ...(notes ? ["", notes] : [])].join("\n");
  }
  const rows = runbooks.map((runbook) => [
    `\`${runbook.path}\``,
    runbook.title,
    runbook.services.join(", ") || "—",
    runbook.lastReviewed ?? "—",
    runbook.sections.join(" · ") || "—",
  ]);
  return [
    `${heading}${shown}`,
    "",
    markdownTable(["Path", "Title", "Services", "Last reviewed", "Sections"], rows),
    ...(notes ? ["", notes] : []),
  ].join("\n");
}
