import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  idField
} from "./chunk-HKFD4U5M.js";
import {
  external_exports
} from "./chunk-GCCA2YSU.js";

// src/ports/tool.ts
function lazyHandler(load) {
  let loaded = null;
  return async (input, ctx) => (loaded ??= load(), (await loaded).handle(input, ctx));
}

// src/runbooks/tools/list-runbooks-tool.ts
var LIST_LIMIT = 100, runbookItem = external_exports.object({
  path: external_exports.string(),
  title: external_exports.string(),
  services: external_exports.array(external_exports.string()),
  lastReviewed: external_exports.string().nullable().describe("YYYY-MM-DD"),
  sections: external_exports.array(external_exports.string())
}), listRunbooksInput = external_exports.object({
  service: idField(external_exports.string().trim().min(1).max(100).describe("Service id")).optional(),
  query: external_exports.string().max(200).optional().describe("Words to look for")
}), listRunbooksOutput = external_exports.object({
  runbooks: external_exports.array(runbookItem),
  total: external_exports.number().int(),
  warnings: external_exports.array(external_exports.string())
}), listRunbooksTool = {
  name: "list_runbooks",
  title: "List runbooks",
  description: `Lists runbooks with title, services, lastReviewed and section headings. Use it to find a path for read_runbook or draft_runbook_update. Filter by service and by query words (all must appear in the path, headings or text). Returns up to ${LIST_LIMIT}; total counts all matches.`,
  input: listRunbooksInput,
  output: listRunbooksOutput,
  writes: !1,
  annotations: { readOnlyHint: !0, idempotentHint: !0 },
  reaches: ["runbooks"],
  handler: lazyHandler(() => import("./list-runbooks-handler-VVCISZFS.js"))
};

export {
  lazyHandler,
  LIST_LIMIT,
  listRunbooksTool
};
