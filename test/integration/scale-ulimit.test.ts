// Twenty times more incident files than an open-file limit of 256 (the macOS default) allows open at once: the built
// server, started by `bash -c "ulimit -n 256; …"`, lists incidents and digests a week without EMFILE, because every
// directory read keeps a bounded number of files open. Any count above the limit proves the bound; `npm run bench --
// scale` runs the same server over 100,000 files and reports the times (generating them takes minutes).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERIOD_LIMITS } from "../../src/incidents/load-period.js";
import { scaleCreatedMs, writeScaleWorkspace } from "../../tools/bench/scale-workspace.js";
import { textOf } from "../helpers/mcp-client.js";
import { BUILT_SERVER, requireBuiltServer } from "../helpers/paths.js";

const OPEN_FILES = 256;
const SCALE_INCIDENTS = 20 * OPEN_FILES;
let dir = "";
let client: Client;
let stderr = "";

beforeAll(async () => {
  requireBuiltServer();
  dir = mkdtempSync(join(tmpdir(), "oncall-scale-"));
  writeScaleWorkspace(dir, SCALE_INCIDENTS);
  const transport = new StdioClientTransport({
    command: "bash",
    args: ["-c", `ulimit -n ${OPEN_FILES} && exec "$0" "$1"`, process.execPath, BUILT_SERVER],
    env: { PATH: process.env.PATH ?? "", ONCALL_WORKSPACE: dir, ONCALL_TOOL_TIMEOUT_SECONDS: "300" },
    stderr: "pipe",
  });
  transport.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  client = new Client({ name: "scale-test", version: "1.0.0" });
  await client.connect(transport);
}, 120_000);

afterAll(async () => {
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 300_000);

const call = async (name: string, args: Record<string, unknown>) => {
  const result = (await client.callTool({ name, arguments: args }, undefined, {
    timeout: 300_000,
  })) as CallToolResult;
  expect(result.isError, `${textOf(result)}\n${stderr}`).toBeFalsy();
  return result.structuredContent as Record<string, unknown>;
};

describe(`${SCALE_INCIDENTS.toLocaleString("en")} incident files under ulimit -n ${OPEN_FILES}`, () => {
  it("lists the newest incidents", async () => {
    const listed = await call("list_incidents", { limit: 3 });
    const numbers = (listed["incidents"] as { number: number }[]).map((incident) => incident.number);
    const newest = 100_000 + SCALE_INCIDENTS - 1;
    expect(numbers).toEqual([newest, newest - 1, newest - 2]);
    expect(stderr).not.toMatch(/EMFILE/);
  }, 300_000);

  it("digests the last week", async () => {
    const digest = await call("summarize_oncall_period", {});
    const window = digest["window"] as { since: string; until: string };
    let inWindow = 0;
    for (let k = 0; k < SCALE_INCIDENTS; k++) {
      const at = scaleCreatedMs(k, SCALE_INCIDENTS);
      if (at >= Date.parse(window.since) && at < Date.parse(window.until)) inWindow++;
    }
    expect(inWindow).toBeGreaterThan(0);
    expect((digest["totals"] as { incidents: number }).incidents).toBe(
      Math.min(inWindow, PERIOD_LIMITS.incidents),
    );
  }, 300_000);
});
