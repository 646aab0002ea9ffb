// The built server (dist/main.js) driven by the SDK's Client over stdio, as an MCP client would.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectInMemory, connectStdio, type StdioClient, textOf } from "../helpers/mcp-client.js";
import { BUILT_SERVER, DEMO_WORKSPACE } from "../helpers/paths.js";

describe("built server over stdio, started without ONCALL_WORKSPACE", () => {
  let session: StdioClient;
  beforeAll(async () => {
    // Started from another folder, so that nothing but the server's own default can lead it to the demo.
    session = await connectStdio({}, [], { cwd: tmpdir() });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("initializes and names itself", () => {
    expect(session.client.getServerVersion()?.name).toBe("oncall-mentor-mcp");
    expect(session.client.getServerCapabilities()?.tools).toBeDefined();
  });

  it("lists read tools only, each with input and output schemas", async () => {
    const { tools } = await session.client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toContain("list_incidents");
    for (const tool of tools) {
      expect(tool.outputSchema, tool.name).toBeDefined();
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    }
  });

  it("answers list_incidents from the demo workspace with structured content and Markdown", async () => {
    const result = await session.call("list_incidents", { limit: 5 });
    expect(result.isError).toBeFalsy();
    const structured = result.structuredContent as {
      incidents: { number: number; createdAt: string }[];
      nextCursor: string | null;
    };
    expect(structured.incidents).toHaveLength(5);
    const created = structured.incidents.map((incident) => incident.createdAt);
    expect([...created].sort().reverse()).toEqual(created);
    expect(structured.nextCursor).toEqual(expect.any(String));
    expect(textOf(result)).toContain(`#${structured.incidents[0]!.number}`);
  });

  it("serves the demo workspace: names it at start-up and answers as a server pointed at it does", async () => {
    expect(session.stderr.join("")).toContain(`workspace ${DEMO_WORKSPACE};`);
    const demo = await connectInMemory({ ONCALL_WORKSPACE: DEMO_WORKSPACE });
    try {
      const args = { limit: 20 };
      const served = await session.call("list_incidents", args);
      expect(served.isError).toBeFalsy();
      expect(served.structuredContent).toEqual((await demo.call("list_incidents", args)).structuredContent);
    } finally {
      await demo.close();
    }
  });

  it("says on stderr which sources it serves, and nothing but JSON-RPC reaches stdout", () => {
    const line = session.stderr.join("");
    expect(line).toMatch(/incidents and schedules from the workspace/);
    expect(line).toMatch(/stdio/);
  });
});

describe("the built bundle", () => {
  it("lists exactly what the server built from source lists, for every toolset and write setting", async () => {
    const variants: Record<string, string>[] = [
      {},
      { ONCALL_ENABLE_WRITES: "1" },
      { ONCALL_TOOLSETS: "shadowing", ONCALL_ENABLE_WRITES: "1" },
    ];
    for (const env of variants) {
      const viaBundle = await connectStdio(env);
      const viaSdk = await connectInMemory(env);
      try {
        expect((await viaBundle.client.listTools()).tools).toEqual((await viaSdk.client.listTools()).tools);
        expect(viaBundle.client.getServerCapabilities()).toEqual(viaSdk.client.getServerCapabilities());
        expect(viaBundle.client.getInstructions()).toEqual(viaSdk.client.getInstructions());
      } finally {
        await viaBundle.close();
        await viaSdk.close();
      }
    }
  });

  it("stops with file, line and field when team.yaml is malformed, without a stack trace", () => {
    const workspace = mkdtempSync(join(tmpdir(), "bad-team-"));
    writeFileSync(
      join(workspace, "team.yaml"),
      "engineers:\n  - id: ann\n    name: Ann\n    level: junior\n    timeZone: Mars/Olympus\n",
    );
    const initialize = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } },
    });
    const result = spawnSync(process.execPath, [BUILT_SERVER], {
      env: { PATH: process.env.PATH ?? "", ONCALL_WORKSPACE: workspace },
      encoding: "utf8",
      input: `${initialize}\n`,
      timeout: 20_000,
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/team\.yaml line 5/);
    expect(result.stderr).toMatch(/timeZone/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("start-up failures are one clear sentence", () => {
  const run = (env: Record<string, string>, args: string[] = []) =>
    spawnSync(process.execPath, [BUILT_SERVER, ...args], {
      env: { PATH: process.env.PATH ?? "", ...env },
      encoding: "utf8",
      input: "",
      timeout: 20_000,
    });

  it("names a bad variable", () => {
    const result = run({ ONCALL_TOOLSETS: "incidents,pager" });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'oncall-mentor-mcp: ONCALL_TOOLSETS names "pager"; use a comma list of incidents, runbooks, shadowing.',
    );
    expect(result.stdout).toBe("");
  });

  it("names a missing workspace", () => {
    const result = run({ ONCALL_WORKSPACE: "/nonexistent/workspace" });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/\/nonexistent\/workspace/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("refuses a non-loopback HTTP host without a token", () => {
    const result = run({}, ["--http", "0", "--host", "0.0.0.0"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/ONCALL_HTTP_TOKEN/);
  });
});
