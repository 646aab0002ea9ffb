import type { Capability } from "../ports/capability.js";
import { draftRunbookUpdateTool } from "./draft-runbook-update-tool.js";
import { listRunbooksTool } from "./list-runbooks-tool.js";
import { runbookPrompts } from "./prompts.js";
import { proposeRunbookUpdateTool } from "./propose-runbook-update-tool.js";
import { readRunbookTool } from "./read-runbook-tool.js";
import { runbookResources } from "./resources.js";

export const runbookCapability: Capability = {
  toolset: "runbooks",
  tools: [listRunbooksTool, readRunbookTool, draftRunbookUpdateTool, proposeRunbookUpdateTool],
  prompts: runbookPrompts,
  resources: runbookResources,
};
