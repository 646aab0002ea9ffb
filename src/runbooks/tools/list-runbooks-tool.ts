import { z } from "zod";
import { idField } from "../../lib/input-coercion.js";
import { defineTool, lazyHandler } from "../../ports/tool.js";

export const LIST_LIMIT = 100;

const runbookItem = z.object({
  path: z.string(),
  title: z.string(),
  services: z.array(z.string()),
  lastReviewed: z.string().nullable().describe("YYYY-MM-DD"),
  sections: z.array(z.string()),
});

export const listRunbooksInput = z.object({
  service: idField(z.string().trim().min(1).max(100).describe("Service id")).optional(),
  query: z.string().max(200).optional().describe("Words to look for"),
});

export const listRunbooksOutput = z.object({
  runbooks: z.array(runbookItem),
  total: z.number().int(),
  warnings: z.array(z.string()),
});

export const listRunbooksTool = defineTool({
  name: "list_runbooks",
  title: "List runbooks",
  description: `Lists runbooks with title, services, lastReviewed and section headings. Use it to find a path for read_runbook or draft_runbook_update. Filter by service and by query words (all must appear in the path, headings or text). Returns up to ${LIST_LIMIT}; total counts all matches.`,
  input: listRunbooksInput,
  output: listRunbooksOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["runbooks"],
  handler: lazyHandler(() => import("./list-runbooks-handler.js")),
});
