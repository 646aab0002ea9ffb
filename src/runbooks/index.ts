import type { Capability } from "../ports/capability.js";
import { draftRunbookUpdateTool } from "./draft-runbook-update-tool.js";
import { listRunbooksTool } from "./list-runbooks-tool.js";
import { runbookPrompts } from "./prompts.js";
import { proposeRunbookUpdateTool } from "./propose-runbook-update-tool.js";
import { readRunbookTool } from "./read-runbook-tool.js";
import { runbookResources } from "./resources.js";

// What other capabilities may use: which runbook belongs to a service, and the runbooks read once per version.
export { findRunbookForService } from "./find-runbook.js";
export { type CatalogEntry, readRunbookCatalog } from "./runbook-catalog.js";

export const runbookCapability: Capability = {
  toolset: "runbooks",
  tools: [listRunbooksTool, readRunbookTool, draftRunbookUpdateTool, proposeRunbookUpdateTool],
  prompts: runbookPrompts,
  resources: runbookResources,
};
