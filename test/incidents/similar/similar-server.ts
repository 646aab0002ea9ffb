// An MCP server with only find_similar_incidents registered, through the same tool pipeline as the real server
// (input validation, deadline, redaction), for tests that run before the tool is in the incidents capability.
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import {
  CallToolRequestSchema,
  type CallToolResult,
  ListToolsRequestSchema,
} from "@modelcontextprotocol/sdk/types.js";
import { parseConfig } from "../../../src/config-parse.js";
import { findSimilarIncidentsTool } from "../../../src/incidents/find-similar-incidents-tool.js";
import type { AnyToolDefinition } from "../../../src/ports/tool.js";
import type { AppContext } from "../../../src/server/app-context.js";
import { callTool } from "../../../src/server/tool-call.js";
import { describeTools } from "../../../src/server/tool-listing.js";
import { createSources } from "../../../src/sources/select.js";
import { linkInMemory } from "../../helpers/mcp-client.js";
import { REPO_ROOT } from "../../helpers/paths.js";

export interface SimilarTestClient {
  call(args: Record<string, unknown>): Promise<CallToolResult>;
  listTools(): ReturnType<Client["listTools"]>;
  close(): Promise<void>;
}

export async function connectSimilarTool(env: Record<string, string>): Promise<SimilarTestClient> {
  const config = parseConfig(env, [], REPO_ROOT);
  const { sources } = await createSources(config);
  const app: AppContext = { config, sources, log: { info: () => {}, warn: () => {} } };
  const tool = findSimilarIncidentsTool as unknown as AnyToolDefinition;
  const tools = new Map([[tool.name, tool]]);
  const server = new McpServer({ name: "similar-test", version: "0.0.0" }, { capabilities: { tools: {} } });
  server.server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: describeTools([tool]) }));
  server.server.setRequestHandler(CallToolRequestSchema, async (request, extra) =>
    callTool(app, tools, request.params.name, request.params.arguments, {
      signal: extra.signal,
      progress: async () => {},
      sample: null,
    }),
  );
  const { client, call, close } = await linkInMemory(server);
  return { call: (args) => call(tool.name, args), listTools: () => client.listTools(), close };
}
