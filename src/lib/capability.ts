import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { Toolset } from "../config.js";
import type { AppContext } from "../context.js";
import type { AnyToolDefinition } from "./tool.js";

/** One area of the server (incidents, runbooks, shadowing): its tools, and its prompts and resources. */
export interface Capability {
  toolset: Toolset;
  tools: AnyToolDefinition[];
  registerPromptsAndResources?(server: McpServer, app: AppContext): void;
}
