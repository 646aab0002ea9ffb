// The floor for cold start: a bare Node process that answers initialize and the four lists a desktop client asks
// for at start (tools, prompts, resources, resource templates) over stdio, nothing else.
import { createInterface } from "node:readline";

const EMPTY_LISTS = {
  "tools/list": { tools: [] },
  "prompts/list": { prompts: [] },
  "resources/list": { resources: [] },
  "resources/templates/list": { resourceTemplates: [] },
};

const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  const message = JSON.parse(line);
  if (message.id === undefined) return;
  const result =
    message.method === "initialize"
      ? {
          protocolVersion: message.params.protocolVersion,
          capabilities: { tools: {}, prompts: {}, resources: {} },
          serverInfo: { name: "echo", version: "1" },
        }
      : (EMPTY_LISTS[message.method] ?? {});
  process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", id: message.id, result })}\n`);
});
