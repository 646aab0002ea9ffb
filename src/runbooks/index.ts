import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { AppContext } from "../context.js";
import type { Capability } from "../lib/capability.js";
import { draftRunbookUpdateTool } from "./draft-runbook-update-tool.js";
import { listRunbooksTool } from "./list-runbooks-tool.js";
import { registerRunbookPrompts } from "./prompts.js";
import { proposeRunbookUpdateTool } from "./propose-runbook-update-tool.js";
import { readRunbookTool } from "./read-runbook-tool.js";
import { registerRunbookResources } from "./resources.js";

// What other capabilities may use: which runbook belongs to a service, and the runbooks read once per version.
export { findRunbookForService } from "./find-runbook.js";
export { type CatalogEntry, readRunbookCatalog } from "./runbook-catalog.js";

export const runbookCapability: Capability = {
  toolset: "runbooks",
  tools: [listRunbooksTool, readRunbookTool, draftRunbookUpdateTool, proposeRunbookUpdateTool],
  registerPromptsAndResources(server: McpServer, app: AppContext) {
    registerRunbookPrompts(server, app);
    registerRunbookResources(server, app);
  },
};
