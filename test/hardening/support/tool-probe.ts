// One tool call on a fresh server (no cache carries an answer over from an earlier call), and what it cost upstream.
import type { CallToolResult, Tool } from "@modelcontextprotocol/sdk/types.js";
import { connectInMemory, textOf } from "../../helpers/mcp-client.js";
import { sampleArguments, workspaceFacts } from "./sample-arguments.js";

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
  const session = await connectInMemory(env, [], {
    name: "hardening",
    asInProduction: options.asInProduction,
  });
  const { signal } = options;
  const before = upstreams.map((upstream) => upstream.requests.length);
  const started = performance.now();
  try {
    const result = (await session.client.callTool({ name, arguments: args }, undefined, {
      // Past the server's own deadline, so that its answer (a sentence) arrives before the client gives up.
      timeout: (Number(env["ONCALL_TOOL_TIMEOUT_SECONDS"] ?? 30) + 15) * 1000,
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
