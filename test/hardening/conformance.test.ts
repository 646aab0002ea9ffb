// The official MCP conformance suite against the built server over Streamable HTTP: every scenario that applies to
// a server with its own tools (chosen by the capabilities it declares) passes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltHttpServer, startBuiltHttpServer } from "../../tools/hardening/built-server.js";
import {
  applicableScenarios,
  runScenario,
  type ScenarioChoice,
  scenarioPassed,
  serverCapabilities,
} from "../../tools/hardening/conformance.js";
import { recordHardening } from "../../tools/hardening/report.js";

let passedChecks = 0;
let failedChecks = 0;
let skippedNote = "";

describe("MCP conformance suite", () => {
  let server: BuiltHttpServer;
  let choice: ScenarioChoice;

  beforeAll(async () => {
    server = await startBuiltHttpServer();
    choice = applicableScenarios(await serverCapabilities(server.mcpUrl));
    const skipped = Object.keys(choice.skipped);
    skippedNote = `${choice.run.length} scenarios${skipped.length ? `; not applicable: ${skipped.join(", ")}` : ""}`;
  });

  afterAll(async () => {
    recordHardening({ area: "conformance", tried: passedChecks, failed: failedChecks, note: skippedNote });
    await server?.stop();
  });

  it("runs the scenarios every server must pass", () => {
    for (const scenario of ["server-initialize", "ping", "tools-list", "dns-rebinding-protection"])
      expect(choice.run).toContain(scenario);
  });

  it("passes every applicable scenario", async () => {
    const failures: string[] = [];
    for (const scenario of choice.run) {
      const result = await runScenario(server.mcpUrl, scenario);
      passedChecks += result.checks.filter((check) => check.status === "SUCCESS").length;
      const failed = result.checks.filter((check) => check.status === "FAILURE");
      failedChecks += failed.length;
      if (!scenarioPassed(result)) {
        failures.push(
          `${scenario} (exit ${result.exitCode}): ${failed.map((check) => `${check.id}: ${check.errorMessage ?? ""}`).join("; ") || result.output.slice(-800)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  }, 180_000);
});
