// The official MCP conformance suite (@modelcontextprotocol/conformance) against the server over Streamable HTTP:
// the scenarios that apply to a server with its own tools, chosen by what the server declares at initialize.
// Version 0.1.13 is pinned: it is the newest that runs on Node 20 (later ones import fs.globSync, Node 22+).
// Run alone with `npx tsx tools/hardening/conformance.ts` after `npm run build`.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerCapabilities } from "@modelcontextprotocol/sdk/types.js";
import { connectHttp } from "../../test/helpers/mcp-client.js";
import { startBuiltHttpServer } from "./built-server.js";

export const CONFORMANCE_CLI = fileURLToPath(
  new URL("../../node_modules/@modelcontextprotocol/conformance/dist/index.js", import.meta.url),
);

/**
 * Scenarios for any server, and those that need a declared capability. The others need the suite's own test
 * server's tools, prompts or resources (test_simple_text, test_prompt_with_arguments…), so they do not apply here.
 */
const SCENARIOS: { scenario: string; needs: keyof ServerCapabilities | null }[] = [
  { scenario: "server-initialize", needs: null },
  { scenario: "ping", needs: null },
  { scenario: "dns-rebinding-protection", needs: null },
  { scenario: "server-sse-multiple-streams", needs: "tools" },
  { scenario: "tools-list", needs: "tools" },
  { scenario: "logging-set-level", needs: "logging" },
  { scenario: "resources-list", needs: "resources" },
  { scenario: "prompts-list", needs: "prompts" },
];

export interface ScenarioChoice {
  run: string[];
  /** Scenario → why it does not apply. */
  skipped: Record<string, string>;
}

export function applicableScenarios(capabilities: ServerCapabilities): ScenarioChoice {
  const run: string[] = [];
  const skipped: Record<string, string> = {};
  for (const { scenario, needs } of SCENARIOS) {
    if (needs === null || capabilities[needs] !== undefined) run.push(scenario);
    else skipped[scenario] = `the server declares no ${needs} capability`;
  }
  return { run, skipped };
}

export interface ConformanceCheck {
  id: string;
  status: "SUCCESS" | "FAILURE" | "WARNING" | "INFO" | string;
  description?: string;
  errorMessage?: string;
}

export interface ScenarioResult {
  scenario: string;
  exitCode: number | null;
  checks: ConformanceCheck[];
  output: string;
}

export async function serverCapabilities(mcpUrl: string): Promise<ServerCapabilities> {
  const { client, end } = await connectHttp(mcpUrl, { name: "conformance-probe" });
  const capabilities = client.getServerCapabilities() ?? {};
  await end();
  return capabilities;
}

export async function runScenario(
  mcpUrl: string,
  scenario: string,
  timeoutMs = 60_000,
): Promise<ScenarioResult> {
  const outputDir = mkdtempSync(join(tmpdir(), "oncall-conformance-"));
  try {
    const { exitCode, output } = await new Promise<{ exitCode: number | null; output: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [CONFORMANCE_CLI, "server", "--url", mcpUrl, "--scenario", scenario, "-o", outputDir],
        { env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let text = "";
      child.stdout.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
      });
      child.stderr.on("data", (chunk: Buffer) => {
        text += chunk.toString("utf8");
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ exitCode: code, output: text });
      });
    });
    const runDir = readdirSync(outputDir).find((name) => name.startsWith(`server-${scenario}-`));
    const checks = runDir
      ? (JSON.parse(readFileSync(join(outputDir, runDir, "checks.json"), "utf8")) as ConformanceCheck[])
      : [];
    return { scenario, exitCode, checks, output };
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

/** A scenario passes when the suite exits 0, recorded checks, and none of them failed. */
export function scenarioPassed(result: ScenarioResult): boolean {
  return (
    result.exitCode === 0 && result.checks.length > 0 && result.checks.every((c) => c.status !== "FAILURE")
  );
}

async function main(): Promise<void> {
  const server = await startBuiltHttpServer();
  let failed = 0;
  try {
    const choice = applicableScenarios(await serverCapabilities(server.mcpUrl));
    for (const scenario of choice.run) {
      const result = await runScenario(server.mcpUrl, scenario);
      const passed = scenarioPassed(result);
      if (!passed) failed++;
      const counts = `${result.checks.filter((c) => c.status === "SUCCESS").length}/${result.checks.length} checks`;
      process.stdout.write(`${passed ? "pass" : "FAIL"}  ${scenario} (${counts})\n`);
      if (!passed) process.stdout.write(`${result.output}\n`);
    }
    for (const [scenario, why] of Object.entries(choice.skipped))
      process.stdout.write(`skip  ${scenario}: ${why}\n`);
  } finally {
    await server.stop();
  }
  process.exitCode = failed === 0 ? 0 : 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
