// Real MCP clients for tests: in-memory against createServer, or stdio against the built server.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { parseConfig } from "../../src/config-parse.js";
import type { Sources } from "../../src/ports/sources.js";
import type { AppContext } from "../../src/server/app-context.js";
import { createServer } from "../../src/server/create-server.js";
import { createSources } from "../../src/sources/select.js";
import { BUILT_SERVER, REPO_ROOT, requireBuiltServer } from "./paths.js";

export interface TestClient {
  client: Client;
  /** The server's context, its sources already chosen. */
  app: AppContext & { sources: Sources };
  warnings: string[];
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  close(): Promise<void>;
}

/** A real SDK Client talking to createServer over an in-memory transport pair, configured as from env + flags. */
export async function connectInMemory(env: Record<string, string>, argv: string[] = []): Promise<TestClient> {
  const config = parseConfig(env, argv, REPO_ROOT);
  const { sources } = await createSources(config, { githubThrottle: false });
  const warnings: string[] = [];
  const app: AppContext & { sources: Sources } = {
    config,
    sources,
    log: { info: () => {}, warn: (message) => warnings.push(message) },
  };
  const { server } = createServer(app);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "test-client", version: "1.0.0" });
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  return {
    client,
    app,
    warnings,
    call: (name, args = {}) => client.callTool({ name, arguments: args }) as Promise<CallToolResult>,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}

/** A real SDK Client spawning the built server (dist/main.js) over stdio. */
export async function connectStdio(env: Record<string, string> = {}, args: string[] = []) {
  requireBuiltServer();
  const stderr: string[] = [];
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BUILT_SERVER, ...args],
    env: { PATH: process.env.PATH ?? "", ...env },
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk.toString("utf8")));
  const client = new Client({ name: "test-client", version: "1.0.0" });
  await client.connect(transport);
  return {
    client,
    stderr,
    call: (name: string, args: Record<string, unknown> = {}) =>
      client.callTool({ name, arguments: args }) as Promise<CallToolResult>,
    close: () => client.close(),
  };
}

export function textOf(result: CallToolResult): string {
  return result.content
    .filter((part): part is { type: "text"; text: string } => part.type === "text")
    .map((part) => part.text)
    .join("\n");
}
