// The built server's stdio is the SDK's own transport: bytes split anywhere, malformed lines and very long lines
// leave the process answering, and text arrives whole. Driven over a raw pipe, as a client's bytes arrive.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { BUILT_SERVER, requireBuiltServer, SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

interface RawServer {
  child: ChildProcessWithoutNullStreams;
  /** Writes bytes as given: no framing added. */
  write(bytes: Buffer | string): void;
  /** The answer to request `id`, once it arrives. */
  answer(id: number): Promise<{ result?: unknown; error?: { code: number; message: string } }>;
  /** Every line the server wrote to stdout. */
  lines: string[];
}

const INITIALIZE = {
  jsonrpc: "2.0",
  id: 0,
  method: "initialize",
  params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "raw", version: "1" } },
};

const running: RawServer[] = [];
const workspaces: TempWorkspace[] = [];
afterEach(() => {
  for (const server of running.splice(0)) server.child.kill();
  for (const workspace of workspaces.splice(0)) workspace.remove();
});

function startRaw(env: Record<string, string>): RawServer {
  requireBuiltServer();
  const child = spawn(process.execPath, [BUILT_SERVER], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const waiting = new Map<number, (message: never) => void>();
  const arrived = new Map<number, unknown>();
  createInterface({ input: child.stdout }).on("line", (line) => {
    lines.push(line);
    const message = JSON.parse(line) as { id?: unknown };
    if (typeof message.id !== "number") return;
    arrived.set(message.id, message);
    waiting.get(message.id)?.(message as never);
  });
  const server: RawServer = {
    child,
    lines,
    write: (bytes) => child.stdin.write(bytes),
    answer: (id) =>
      new Promise((resolve) => {
        if (arrived.has(id)) resolve(arrived.get(id) as never);
        else waiting.set(id, resolve);
      }),
  };
  running.push(server);
  return server;
}

const line = (message: object) => `${JSON.stringify(message)}\n`;

async function initialized(server: RawServer): Promise<void> {
  server.write(line(INITIALIZE));
  expect((await server.answer(0)).result).toBeDefined();
  server.write(line({ jsonrpc: "2.0", method: "notifications/initialized" }));
}

describe("stdio, through the SDK's transport", () => {
  it("keeps a 75 KB note of € whole when the pipe splits its characters", async () => {
    const workspace = copyWorkspace(SMALL_WORKSPACE);
    workspaces.push(workspace);
    const server = startRaw({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
    await initialized(server);
    const content = "€".repeat(25_000);
    const call = Buffer.from(
      line({
        jsonrpc: "2.0",
        id: 1,
        method: "tools/call",
        params: { name: "add_incident_note", arguments: { incidentId: "1044", content } },
      }),
    );
    // 7-byte pieces cut most of the 3-byte characters in two.
    for (let offset = 0; offset < call.length; offset += 7) server.write(call.subarray(offset, offset + 7));
    const answer = (await server.answer(1)) as { result: { isError?: boolean } };
    expect(answer.result.isError).toBeFalsy();

    const files = readdirSync(join(workspace.dir, "incidents"));
    const written = files
      .map((file) => JSON.parse(readFileSync(join(workspace.dir, "incidents", file), "utf8")))
      .flatMap((incident: { notes?: { content: string }[] }) => incident.notes ?? [])
      .find((note) => note.content.startsWith("€"));
    expect(written?.content).toBe(content);
    expect(written?.content).not.toContain("\uFFFD");
  });

  it("answers after a null line, an initialize whose protocolVersion is an object, and a ping whose id is an object", async () => {
    const server = startRaw({ ONCALL_WORKSPACE: SMALL_WORKSPACE });
    server.write("null\n");
    server.write(line({ ...INITIALIZE, id: 5, params: { ...INITIALIZE.params, protocolVersion: { v: 1 } } }));
    expect((await server.answer(5)).error).toBeDefined();
    server.write(line({ jsonrpc: "2.0", id: { not: "an id" }, method: "ping" }));
    await initialized(server);
    server.write(line({ jsonrpc: "2.0", id: 6, method: "ping" }));
    expect((await server.answer(6)).result).toEqual({});
    expect(server.child.exitCode).toBeNull();
    // A request whose id is not a string or number gets no answer: nobody could match it.
    expect(server.lines.some((text) => text.includes('"not"'))).toBe(false);
  });

  it("answers a ping that follows a 10 MB line", async () => {
    const server = startRaw({ ONCALL_WORKSPACE: SMALL_WORKSPACE });
    await initialized(server);
    const long = line({
      jsonrpc: "2.0",
      id: 7,
      method: "ping",
      params: { _meta: { pad: "x".repeat(10_000_000) } },
    });
    server.write(long);
    server.write(line({ jsonrpc: "2.0", id: 8, method: "ping" }));
    expect((await server.answer(8)).result).toEqual({});
    expect((await server.answer(7)).result).toEqual({});
  });

  it("drops a line over 10 MB whole, says so on stderr, and answers the next request", async () => {
    const server = startRaw({ ONCALL_WORKSPACE: SMALL_WORKSPACE });
    const stderr: string[] = [];
    server.child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk.toString("utf8")));
    await initialized(server);
    server.write(
      line({ jsonrpc: "2.0", id: 9, method: "ping", params: { _meta: { pad: "x".repeat(12_000_000) } } }),
    );
    server.write(line({ jsonrpc: "2.0", id: 10, method: "ping" }));
    expect((await server.answer(10)).result).toEqual({});
    expect(server.lines.some((text) => text.includes('"id":9'))).toBe(false);
    expect(stderr.join("")).toMatch(/dropped a message of 12000\d{3} bytes/);
  });
});
