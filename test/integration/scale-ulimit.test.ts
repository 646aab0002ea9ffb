// Twenty times more incident files than an open-file limit of 256 (the macOS default) allows open at once: the built
// server, started by `bash -c "ulimit -n 256; …"`, lists incidents and digests a week without EMFILE, because every
// directory read keeps a bounded number of files open. Any count above the limit proves the bound; `npm run bench --
// scale` runs the same server over 100,000 files and reports the times (generating them takes minutes).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERIOD_LIMITS } from "../../src/incidents/load-period.js";
import { connectStdio, type StdioClient, textOf } from "../helpers/mcp-client.js";
import { scaleCreatedMs, writeScaleWorkspace } from "../helpers/scale-workspace.js";

const OPEN_FILES = 256;
const SCALE_INCIDENTS = 20 * OPEN_FILES;
let dir = "";
let server: StdioClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "oncall-scale-"));
  writeScaleWorkspace(dir, SCALE_INCIDENTS);
  server = await connectStdio({ ONCALL_WORKSPACE: dir, ONCALL_TOOL_TIMEOUT_SECONDS: "300" }, [], {
    name: "scale-test",
    openFilesLimit: OPEN_FILES,
  });
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 300_000);

const call = async (name: string, args: Record<string, unknown>) => {
  const result = (await server.client.callTool({ name, arguments: args }, undefined, {
    timeout: 300_000,
  })) as CallToolResult;
  expect(result.isError, `${textOf(result)}\n${server.stderr.join("")}`).toBeFalsy();
  return result.structuredContent as Record<string, unknown>;
};

describe(`${SCALE_INCIDENTS.toLocaleString("en")} incident files under ulimit -n ${OPEN_FILES}`, () => {
  it("lists the newest incidents", async () => {
    const listed = await call("list_incidents", { limit: 3 });
    const numbers = (listed["incidents"] as { number: number }[]).map((incident) => incident.number);
    const newest = 100_000 + SCALE_INCIDENTS - 1;
    expect(numbers).toEqual([newest, newest - 1, newest - 2]);
    expect(server.stderr.join("")).not.toMatch(/EMFILE/);
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
