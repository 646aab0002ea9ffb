// One tool call on a fresh server (no cache carries an answer over from an earlier call), and what it cost upstream.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { parseConfig } from "../../../src/config-parse.js";
import { createServer } from "../../../src/server/create-server.js";
import { createSources } from "../../../src/sources/select.js";
import { connectInMemory, type TestClient, textOf } from "../../helpers/mcp-client.js";
import { REPO_ROOT } from "../../helpers/paths.js";
import { sampleArguments, workspaceFacts } from "./sample-arguments.js";

/**
 * Like connectInMemory, but with the sources exactly as `npm start` makes them: octokit's throttling stays on, and
 * with it the waiting out of GitHub rate limits (connectInMemory turns it off to skip its write pacing).
 */
export async function connectAsInProduction(env: Record<string, string>): Promise<TestClient> {
  const config = parseConfig(env, [], REPO_ROOT);
  const { sources } = await createSources(config);
  const warnings: string[] = [];
  const app = { config, sources, log: { info: () => {}, warn: (message: string) => warnings.push(message) } };
  const { server } = createServer(app);
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "hardening", version: "1.0.0" });
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

export interface CallOutcome {
  result: CallToolResult;
  text: string;
  elapsedMs: number;
  /** Requests each counted upstream received during the call, in the order given. */
  made: number[];
}

/** The tool as listed, and arguments that should make it answer, for a server configured by `env`. */
export async function describeTool(
  name: string,
  env: Record<string, string>,
): Promise<{ tool: Tool; args: Record<string, unknown> }> {
  const probe = await connectInMemory(env);
  try {
    const tool = (await probe.client.listTools()).tools.find((listed) => listed.name === name);
    if (!tool)
      throw new Error(`${name} is not listed by a server configured with ${Object.keys(env).join(", ")}.`);
    return { tool, args: sampleArguments(tool, await workspaceFacts(probe.app.sources)) };
  } finally {
    await probe.close();
  }
}

export async function callOnFreshServer(
  name: string,
  args: Record<string, unknown>,
  env: Record<string, string>,
  upstreams: readonly { requests: readonly unknown[] }[],
  options: { signal?: AbortSignal; asInProduction?: boolean } = {},
): Promise<CallOutcome> {
  const session = await (options.asInProduction ? connectAsInProduction : connectInMemory)(env);
  const { signal } = options;
  const before = upstreams.map((upstream) => upstream.requests.length);
  const started = performance.now();
  try {
    const result = (await session.client.callTool({ name, arguments: args }, undefined, {
      timeout: 30_000,
      ...(signal ? { signal } : {}),
    })) as CallToolResult;
    return {
      result,
      text: textOf(result),
      elapsedMs: performance.now() - started,
      made: upstreams.map((upstream, i) => upstream.requests.length - before[i]!),
    };
  } finally {
    await session.close();
  }
}
