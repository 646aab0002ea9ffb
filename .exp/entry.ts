import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
const s = new McpServer({ name: "x", version: "1" }, { capabilities: { tools: { listChanged: false } } });
s.registerTool("a", { description: "d", inputSchema: { x: z.string() }, outputSchema: { y: z.string() } }, async () => ({ content: [], structuredContent: { y: "1" } }));
s.registerPrompt("p", { description: "p" }, async () => ({ messages: [] }));
s.registerResource("r", "r://x", {}, async () => ({ contents: [] }));
await s.connect(new StdioServerTransport());
