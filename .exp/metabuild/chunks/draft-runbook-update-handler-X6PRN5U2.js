import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderDraft
} from "./chunk-56TJAB77.js";
import {
  draftForIncident
} from "./chunk-ITCHER75.js";
import "./chunk-XVYO3GTT.js";
import "./chunk-ADOWJJJJ.js";
import "./chunk-BWXVZCPD.js";
import "./chunk-7WSIUUHN.js";
import "./chunk-QOBY7TRA.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/runbooks/tools/draft-runbook-update-handler.ts
var handle = async (input, ctx) => {
  await ctx.progress(0, 2, "Reading the incident and its runbook");
  let { records, draft } = await draftForIncident(input, ctx);
  return await ctx.progress(2, 2, "Drafted"), { structured: draftStructured(draft), markdown: renderDraft(draft, records.incident) };
};
function draftStructured(draft) {
  return {
    runbookPath: draft.runbookPath,
    diffPath: draft.diffPath,
    baseVersion: draft.baseVersion,
    created: draft.created,
    changes: draft.changes,
    refused: draft.refused,
    diff: draft.diff,
    proposedContent: draft.proposedContent,
    warnings: draft.warnings
  };
}
export {
  handle
};
