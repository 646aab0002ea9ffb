import type { Capability } from "../ports/capability.js";
import { draftRunbookUpdateTool } from "./tools/draft-runbook-update-tool.js";
import { listRunbooksTool } from "./tools/list-runbooks-tool.js";
import { runbookPrompts } from "./tools/prompts.js";
import { proposeRunbookUpdateTool } from "./tools/propose-runbook-update-tool.js";
import { readRunbookTool } from "./tools/read-runbook-tool.js";
import { runbookResources } from "./tools/resources.js";

export const runbookCapability: Capability = {
  toolset: "runbooks",
  tools: [listRunbooksTool, readRunbookTool, draftRunbookUpdateTool, proposeRunbookUpdateTool],
  prompts: runbookPrompts,
  resources: runbookResources,
};
