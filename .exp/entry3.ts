import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ListToolsRequestSchema, ListPromptsRequestSchema, ListResourcesRequestSchema, ListResourceTemplatesRequestSchema } from "@modelcontextprotocol/sdk/types.js";
const s = new Server({ name: "x", version: "1" }, { capabilities: { tools: {}, prompts: {}, resources: {} }, jsonSchemaValidator: { getValidator: () => () => ({ valid: true, data: undefined, errorMessage: undefined }) } as never });
s.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [] }));
s.setRequestHandler(ListPromptsRequestSchema, async () => ({ prompts: [] }));
s.setRequestHandler(ListResourcesRequestSchema, async () => ({ resources: [] }));
s.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({ resourceTemplates: [] }));
await s.connect(new StdioServerTransport());
