// The MCP Inspector's CLI against the built stdio server on the demo workspace: it lists the tools the server
// registers, finds no schema an error-severity portability problem, and gets a correct incident summary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config-parse.js";
import type { Incident } from "../../src/model.js";
import { enabledTools } from "../../src/server/registry.js";
import { createSources } from "../../src/sources/select.js";
import { runInspectorCli } from "../../tools/hardening/inspector-cli.js";
import { recordHardening } from "../../tools/hardening/report.js";
import { DEMO_WORKSPACE, REPO_ROOT } from "../helpers/paths.js";

const env = { ONCALL_WORKSPACE: DEMO_WORKSPACE };
let calls = 0;
let failed = 0;

async function inspect(args: string[]) {
  calls++;
  const run = await runInspectorCli(args, env);
  if (run.exitCode !== 0) failed++;
  return run;
}

describe("the MCP Inspector CLI", () => {
  let incident: Incident;

  beforeAll(async () => {
    const config = parseConfig(env, [], REPO_ROOT);
    const { sources } = await createSources(config);
    const page = await sources.incidents.listIncidents({ limit: 1, offset: 0, statuses: ["resolved"] });
    incident = page.incidents[0]!;
  });
  afterAll(() => recordHardening({ area: "inspector", tried: calls, failed }));

  it("lists exactly the tools the server registers", async () => {
    const run = await inspect(["--method", "tools/list"]);
    expect(run.exitCode, run.stderr).toBe(0);
    const { tools } = JSON.parse(run.stdout) as { tools: { name: string }[] };
    const registered = enabledTools({ config: parseConfig(env, [], REPO_ROOT) }).map((tool) => tool.name);
    expect(tools.map((tool) => tool.name).sort()).toEqual([...registered].sort());
  }, 60_000);

  it("finds no error-severity schema portability problem (--strict)", async () => {
    const run = await inspect(["--method", "tools/list", "--strict"]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/\b0 errors\b/);
  }, 60_000);

  it("calls summarize_incident and gets the incident's facts", async () => {
    const run = await inspect([
      "--method",
      "tools/call",
      "--tool-name",
      "summarize_incident",
      "--tool-arg",
      `incidentId=${incident.id}`,
    ]);
    expect(run.exitCode, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout) as {
      isError?: boolean;
      content: { type: string; text: string }[];
      structuredContent: {
        incident: { id: string; number: number; title: string; status: string };
        durationSeconds: number | null;
      };
    };
    expect(answer.isError ?? false).toBe(false);
    expect(answer.structuredContent.incident).toMatchObject({
      id: incident.id,
      number: incident.number,
      title: incident.title,
      status: "resolved",
    });
    const expectedSeconds = Math.round(
      (Date.parse(incident.resolvedAt!) - Date.parse(incident.createdAt)) / 1000,
    );
    expect(answer.structuredContent.durationSeconds).toBe(expectedSeconds);
    expect(answer.content[0]?.text).toContain(`#${incident.number}`);
  }, 60_000);
});
