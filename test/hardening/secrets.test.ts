// No configured token ever shows: recognisable tokens are set, every tool runs with failures injected (some of them
// echoing the token back, as a careless proxy or error page might), in process, over stdio and over HTTP, and all
// tool results, log lines, error texts and stderr are scanned for the tokens or a piece of one.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config-parse.js";
import { enabledTools } from "../../src/server/registry.js";
import { startBuiltHttpServer } from "../../tools/hardening/built-server.js";
import { recordHardening } from "../../tools/hardening/report.js";
import { connectInMemory, connectStdio, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE, REPO_ROOT } from "../helpers/paths.js";
import { INITIALIZE, MCP_HEADERS, rawRequest } from "../helpers/raw-http.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";
import { sampleArguments, workspaceFacts } from "./support/sample-arguments.js";
import { createSecretScan } from "./support/secret-scan.js";
import {
  GITHUB_TOKEN,
  gitHubEnv,
  PAGERDUTY_TOKEN,
  pagerDutyEnv,
  startGitHub,
  startPagerDuty,
} from "./support/upstream-fakes.js";
import { runbookFiles } from "./support/workspaces.js";

const HTTP_TOKEN = "httpHardeningToken-Qm4Tz8Lw2Vn6";
const scan = createSecretScan({
  PAGERDUTY_API_TOKEN: PAGERDUTY_TOKEN,
  GITHUB_TOKEN,
  ONCALL_HTTP_TOKEN: HTTP_TOKEN,
});
const toolNames = enabledTools({ config: parseConfig({ ONCALL_ENABLE_WRITES: "1" }, [], REPO_ROOT) }).map(
  (tool) => tool.name,
);

type PagerDuty = Awaited<ReturnType<typeof startPagerDuty>>;
type GitHub = Awaited<ReturnType<typeof startGitHub>>;

/** The failures each tool is run under, each set on both fakes; the first answers normally. */
const FAILURES: { label: string; apply(pagerDuty: PagerDuty, gitHub: GitHub): void }[] = [
  { label: "no failure", apply: () => {} },
  {
    label: "an error body that echoes the token",
    apply: (pagerDuty, gitHub) => {
      pagerDuty.faults.inject(
        { kind: "status", status: 400, message: `Token ${PAGERDUTY_TOKEN} is not valid here` },
        { times: 1_000 },
      );
      gitHub.faults.inject(
        { kind: "status", status: 422, message: `Validation failed for token ${GITHUB_TOKEN}` },
        { times: 1_000 },
      );
    },
  },
  {
    label: "401",
    apply: (pagerDuty, gitHub) => {
      pagerDuty.faults.inject({ kind: "status", status: 401 }, { times: 1_000 });
      gitHub.faults.inject({ kind: "status", status: 401 }, { times: 1_000 });
    },
  },
  {
    label: "500 for good",
    apply: (pagerDuty, gitHub) => {
      pagerDuty.faults.inject({ kind: "status", status: 500 }, { times: 1_000 });
      gitHub.faults.inject({ kind: "status", status: 500 }, { times: 1_000 });
    },
  },
  {
    label: "connection reset",
    apply: (pagerDuty, gitHub) => {
      pagerDuty.faults.inject({ kind: "reset" }, { times: 1_000 });
      gitHub.faults.inject({ kind: "reset" }, { times: 1_000 });
    },
  },
  {
    label: "HTML page",
    apply: (pagerDuty, gitHub) => {
      pagerDuty.faults.inject({ kind: "html", status: 502 }, { times: 1_000 });
      gitHub.faults.inject({ kind: "html", status: 502 }, { times: 1_000 });
    },
  },
];

function scanResult(where: string, result: CallToolResult): void {
  scan.scan(`${where} text`, textOf(result));
  scan.scan(`${where} structuredContent`, JSON.stringify(result.structuredContent ?? null));
}

function scanThrown(where: string, error: unknown): void {
  scan.scan(
    `${where} thrown`,
    error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error),
  );
}

describe("configured tokens never show", () => {
  let pagerDuty: PagerDuty;
  let gitHub: GitHub;
  let env: Record<string, string>;
  let argsByTool: Map<string, Record<string, unknown>>;
  // Write tools run too: on a copy of the demo, never on the demo itself.
  let workspace: TempWorkspace;

  beforeAll(async () => {
    workspace = copyWorkspace(DEMO_WORKSPACE);
    pagerDuty = await startPagerDuty(DEMO_WORKSPACE);
    gitHub = await startGitHub(runbookFiles(DEMO_WORKSPACE));
    env = {
      ONCALL_WORKSPACE: workspace.dir,
      ONCALL_ENABLE_WRITES: "1",
      ONCALL_TOOL_TIMEOUT_SECONDS: "3",
      ONCALL_HTTP_TOKEN: HTTP_TOKEN,
      ...pagerDutyEnv(pagerDuty),
      ...gitHubEnv(gitHub),
    };
    const probe = await connectInMemory(env);
    const facts = await workspaceFacts(probe.app.sources);
    const { tools } = await probe.client.listTools();
    argsByTool = new Map(tools.map((tool) => [tool.name, sampleArguments(tool, facts)]));
    await probe.close();
  });

  afterAll(async () => {
    recordHardening({ area: "secrets", tried: scan.scanned, failed: scan.leaks.length });
    await pagerDuty?.close();
    await gitHub?.close();
    workspace?.remove();
  });

  it("in process: every tool's results, errors and log lines under every failure", async () => {
    const echoed: string[] = [];
    for (const failure of FAILURES) {
      failure.apply(pagerDuty, gitHub);
      await Promise.all(
        toolNames.map(async (name) => {
          const session = await connectInMemory(env);
          try {
            const result = (await session.call(name, argsByTool.get(name))) as CallToolResult;
            scanResult(`${name} (${failure.label})`, result);
            if (failure === FAILURES[1]) echoed.push(textOf(result));
          } catch (error) {
            scanThrown(`${name} (${failure.label})`, error);
          } finally {
            for (const warning of session.warnings) scan.scan(`${name} (${failure.label}) log`, warning);
            await session.close();
          }
        }),
      ).finally(() => {
        pagerDuty.faults.clear();
        gitHub.faults.clear();
      });
    }
    expect(scan.leaks).toEqual([]);
    // The echoed tokens did reach the answers, replaced by a marker ("[token]" from the sources' own scrubbing,
    // "[REDACTED:token]" from the tool pipeline's).
    expect(echoed.filter((text) => /\[(REDACTED:)?token\]/.test(text)).length).toBeGreaterThan(0);
  }, 120_000);

  it("over stdio: every tool's results and the server's stderr", async () => {
    const server = await connectStdio(env);
    try {
      for (const failure of FAILURES) {
        failure.apply(pagerDuty, gitHub);
        await Promise.all(
          toolNames.map(async (name) => {
            try {
              const result = (await server.call(name, argsByTool.get(name))) as CallToolResult;
              scanResult(`stdio ${name} (${failure.label})`, result);
            } catch (error) {
              scanThrown(`stdio ${name} (${failure.label})`, error);
            }
          }),
        );
        pagerDuty.faults.clear();
        gitHub.faults.clear();
      }
    } finally {
      await server.close();
    }
    scan.scan("stdio stderr", server.stderr.join(""));
    expect(server.stderr.join("")).not.toBe("");
    expect(scan.leaks).toEqual([]);
  }, 120_000);

  it("a server that refuses to start does not print the tokens in its reason", async () => {
    const { spawnSync } = await import("node:child_process");
    const refused = spawnSync(process.execPath, [`${REPO_ROOT}dist/main.js`, "--http", "0"], {
      env: { PATH: process.env.PATH ?? "", ...env, ONCALL_HTTP_HOST: "0.0.0.0", RUNBOOK_DIR: "../outside" },
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(refused.status).toBe(2);
    scan.scan("refused start stderr", refused.stderr);
    scan.scan("refused start stdout", refused.stdout);
    expect(scan.leaks).toEqual([]);
  });

  it("over HTTP: refusals and the server's stderr", async () => {
    const server = await startBuiltHttpServer(env);
    try {
      const attempts: Record<string, string>[] = [
        {},
        { authorization: `Bearer ${HTTP_TOKEN.slice(0, -1)}` },
        { authorization: `Bearer ${PAGERDUTY_TOKEN}` },
        { authorization: `Token token=${HTTP_TOKEN}x` },
      ];
      for (const headers of attempts) {
        const body = await post(server.mcpUrl, headers);
        expect(body.status).toBe(401);
        scan.scan("HTTP 401 body", body.text);
      }
    } finally {
      await server.stop();
    }
    scan.scan("HTTP stderr", server.stderr());
    expect(scan.leaks).toEqual([]);
  });
});

async function post(url: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const answer = await rawRequest(url, {
    method: "POST",
    headers: { ...MCP_HEADERS, ...headers },
    body: INITIALIZE,
  });
  return { status: answer.status, text: JSON.stringify(answer.headers) + answer.body };
}
