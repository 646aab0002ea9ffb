// Writes: without writes enabled the write tools are neither listed nor callable, whatever the client sends; with
// writes enabled, an upstream killed between two write steps (or right after one, its answer lost) leaves a state
// the next call completes, the same as one clean call: never a second branch, pull request, note or schedule. And
// nothing is ever written to the runbook repository's default branch.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, describe, expect, it } from "vitest";
import { CAPABILITIES } from "../../src/server/registry.js";
import { recordHardening } from "../../tools/hardening/report.js";
import { startTcpProxy } from "../../tools/hardening/tcp-proxy.js";
import { connectInMemory, connectStdio, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace } from "../helpers/temp-workspace.js";
import { callOnFreshServer, describeTool } from "./support/tool-probe.js";
import { gitHubEnv, pagerDutyEnv, startGitHub, startPagerDuty } from "./support/upstream-fakes.js";
import { defaultBranchWrites, gitHubFingerprint, pagerDutyFingerprint } from "./support/upstream-state.js";
import { runbookFiles } from "./support/workspaces.js";

const writeTools = CAPABILITIES.flatMap((capability) => capability.tools).filter((tool) => tool.writes);
// The tools that promise a repeated call does no more than the first: those whose half-done work the next call completes.
const idempotentWriteTools = writeTools.filter((tool) => tool.annotations.idempotentHint === true);
// Generous: on a busy 2-core machine the fault-free retry of record_shadow_rotation took over 3 s.
const DEADLINE_SECONDS = 10;

type Variant = "before the step" | "after the step, its answer lost";
/**
 * Half-done writes the next call does not yet complete exactly, reported to the tool's owner. For these only the
 * retried call's success and the untouched default branch are checked; the entry fails the test once the gap closes.
 */
const KNOWN_GAPS: { tool: string; variant: Variant; why: string }[] = [];

let checks = 0;
let failures = 0;
const gapsSeen = new Set<string>();
afterAll(() =>
  recordHardening({
    area: "writes",
    tried: checks,
    failed: failures,
    ...(gapsSeen.size ? { note: `known gaps: ${[...gapsSeen].join("; ")}` } : {}),
  }),
);

async function counted(check: () => Promise<void>): Promise<void> {
  checks++;
  try {
    await check();
  } catch (error) {
    failures++;
    throw error;
  }
}

/** A hash of every file under `dir` and its path from there, so any write shows, and two copies compare equal. */
function folderHash(dir: string): string {
  const hash = createHash("sha256");
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).sort((a, b) =>
    join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)),
  )) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    hash.update(relative(dir, full)).update(readFileSync(full));
  }
  return hash.digest("hex");
}

// Every write tool runs on its own throwaway copy of the demo workspace (a drill goes to team.yaml even in
// PagerDuty mode): the demo itself must come out of the run byte for byte as it went in.
const demoBefore = folderHash(DEMO_WORKSPACE);
afterAll(async () => {
  await counted(async () => {
    expect(folderHash(DEMO_WORKSPACE), "the write checks changed examples/workspace").toBe(demoBefore);
  });
});

/** Calls `onArrival` with each request as the fake records it, before the fake acts on it. */
function watchArrivals(
  requests: unknown[],
  onArrival: (request: { method: string; path: string }) => void,
): void {
  const push = requests.push.bind(requests);
  requests.push = (...items: unknown[]) => {
    const length = push(...items);
    for (const item of items) onArrival(item as { method: string; path: string });
    return length;
  };
}

const isWrite = (request: { method: string }) => request.method !== "GET";

describe("without writes enabled", () => {
  it("lists no write tool", async () => {
    expect(writeTools.length, "no write tool is registered yet").toBeGreaterThan(0);
    const session = await connectInMemory({ ONCALL_WORKSPACE: DEMO_WORKSPACE });
    try {
      const listed = (await session.client.listTools()).tools.map((tool) => tool.name);
      for (const tool of writeTools) await counted(async () => expect(listed).not.toContain(tool.name));
    } finally {
      await session.close();
    }
  });

  it("refuses every write tool, whatever the client sends, and nothing is written", async () => {
    const workspace = copyWorkspace(DEMO_WORKSPACE);
    const pagerDuty = await startPagerDuty(workspace.dir);
    const gitHub = await startGitHub(runbookFiles(workspace.dir));
    const before = folderHash(workspace.parent);
    const defaultHead = gitHub.state.branchSha(gitHub.state.defaultBranch);
    const envs = [
      { ONCALL_WORKSPACE: workspace.dir },
      {
        ONCALL_WORKSPACE: workspace.dir,
        ONCALL_ENABLE_WRITES: "0",
        ...pagerDutyEnv(pagerDuty),
        ...gitHubEnv(gitHub),
      },
    ];
    try {
      for (const env of envs) {
        const { args } = await describeToolWithWrites(writeTools[0]!.name, env);
        const session = await connectInMemory(env);
        try {
          for (const tool of writeTools) {
            const variants = [tool.name, tool.name.toUpperCase(), ` ${tool.name}`, `${tool.name}\u0000`];
            for (const name of variants) {
              for (const extra of [{}, { enableWrites: true }, { _meta: { writes: true } }]) {
                await counted(async () => {
                  const answer = await session.client
                    .callTool({ name, arguments: { ...args, ...extra }, _meta: { enableWrites: true } })
                    .then((result) => result as CallToolResult)
                    .catch((error: unknown) => error);
                  // A protocol error ("Unknown tool"), never a result that ran the tool.
                  expect(answer, `${name} was called`).toBeInstanceOf(Error);
                  expect(String((answer as Error).message)).toMatch(/Unknown tool/);
                });
              }
            }
          }
        } finally {
          await session.close();
        }
      }
      // The built server over stdio: no write tool listed there either.
      const stdio = await connectStdio(envs[1]!);
      try {
        const listed = (await stdio.client.listTools()).tools.map((tool) => tool.name);
        for (const tool of writeTools) {
          await counted(async () => {
            expect(listed).not.toContain(tool.name);
            const answer = await stdio.client
              .callTool({ name: tool.name, arguments: {} })
              .catch((error: unknown) => error);
            expect(answer).toBeInstanceOf(Error);
          });
        }
      } finally {
        await stdio.close();
      }
      expect(folderHash(workspace.parent)).toBe(before);
      expect(pagerDuty.requests.filter(isWrite)).toEqual([]);
      expect(gitHub.requests.filter(isWrite)).toEqual([]);
      expect(gitHub.state.branchSha(gitHub.state.defaultBranch)).toBe(defaultHead);
    } finally {
      await pagerDuty.close();
      await gitHub.close();
      workspace.remove();
    }
  }, 60_000);
});

/** Sample arguments for a write tool: it is listed only when writes are enabled. */
function describeToolWithWrites(name: string, env: Record<string, string>) {
  return describeTool(name, { ...env, ONCALL_ENABLE_WRITES: "1" });
}

describe.concurrent("with writes enabled, an upstream killed half-way", () => {
  it.each(idempotentWriteTools.map((tool) => tool.name))(
    "%s: the next call completes the work, and does it once",
    async (name) => {
      // Where the tool writes, and in how many steps: one clean call on fresh fakes.
      const clean = await startUpstreams();
      let steps: { target: 0 | 1; ordinal: number }[];
      let expected: unknown;
      try {
        const { args } = await describeTool(name, clean.env);
        const outcome = await callOnFreshServer(name, args, clean.env, clean.fakes);
        expect(outcome.result.isError, outcome.text).toBeFalsy();
        steps = clean.fakes.flatMap((fake, target) =>
          fake.requests.filter(isWrite).map((_, ordinal) => ({ target: target as 0 | 1, ordinal })),
        );
        expected = clean.fingerprint();
        expect(defaultBranchWrites(clean.gitHub)).toEqual([]);
        if (steps.length === 0) {
          // A write that stays in the workspace (team.yaml): it must write there, and a second call adds nothing.
          expect(clean.workspaceHash(), `${name} wrote nothing, upstream or in the workspace`).not.toBe(
            clean.workspaceBefore,
          );
          await counted(async () => {
            const again = await callOnFreshServer(name, args, clean.env, clean.fakes);
            expect(again.result.isError, again.text).toBeFalsy();
            expect(clean.fingerprint(), `${name} called twice`).toEqual(expected);
          });
        }
      } finally {
        await clean.close();
      }
      if (steps.length === 0) {
        console.log(`${name}: writes only to the workspace; called twice, the second call added nothing`);
        return;
      }

      const problems: string[] = [];
      let gapSeen = false;
      for (const step of steps) {
        for (const variant of ["before the step", "after the step, its answer lost"] as const) {
          const gap = KNOWN_GAPS.find((known) => known.tool === name && known.variant === variant);
          await counted(async () => {
            const run = await startUpstreams();
            try {
              const { args } = await describeTool(name, run.env);
              let seen = 0;
              watchArrivals(run.fakes[step.target]!.requests as unknown[], (request) => {
                if (!isWrite(request) || seen++ !== step.ordinal) return;
                // Refuse this very request (it is not applied), or let the fake apply it while the answer is lost.
                if (variant === "before the step") run.refuseEverything(step.target);
                void run.proxies[step.target]!.kill();
              });
              const failed = await callOnFreshServer(name, args, run.env, []);
              expect(failed.elapsedMs).toBeLessThan(DEADLINE_SECONDS * 1000 + 1000);
              if (failed.result.isError) expect(textOf(failed.result)).toMatch(/PagerDuty|GitHub/);

              await run.proxies[step.target]!.revive();
              run.clearFaults();
              const retried = await callOnFreshServer(name, args, run.env, []);
              expect(
                retried.result.isError,
                `${variant}, write ${step.ordinal + 1}: ${retried.text}`,
              ).toBeFalsy();
              if (gap && JSON.stringify(run.fingerprint()) !== JSON.stringify(expected)) {
                gapSeen = true;
                gapsSeen.add(`${name} ${variant}: ${gap.why}`);
              } else expect(run.fingerprint(), `${variant}, write ${step.ordinal + 1}`).toEqual(expected);
              expect(defaultBranchWrites(run.gitHub)).toEqual([]);
              expect(run.gitHub.state.branchSha(run.gitHub.state.defaultBranch)).toBe(run.defaultHead);
            } finally {
              await run.close();
            }
          }).catch((error: unknown) => {
            problems.push(
              `${variant}, write ${step.ordinal + 1}: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
            );
          });
        }
      }
      console.log(`${name}: killed before and after each of ${steps.length} write steps`);
      if (KNOWN_GAPS.some((known) => known.tool === name) && !gapSeen)
        problems.push(`${name} no longer shows its known gap: remove it from KNOWN_GAPS`);
      expect(problems).toEqual([]);
    },
    180_000,
  );
});

/** Fakes of both upstreams seeded from the demo, and a throwaway copy of the demo for the server's workspace. */
async function startUpstreams() {
  const workspace = copyWorkspace(DEMO_WORKSPACE);
  const pagerDuty = await startPagerDuty(DEMO_WORKSPACE);
  const gitHub = await startGitHub(runbookFiles(DEMO_WORKSPACE));
  const proxies = [await startTcpProxy(pagerDuty.url), await startTcpProxy(gitHub.url)] as const;
  const env = {
    ONCALL_WORKSPACE: workspace.dir,
    ONCALL_ENABLE_WRITES: "1",
    ONCALL_TOOL_TIMEOUT_SECONDS: String(DEADLINE_SECONDS),
    ...pagerDutyEnv({ url: proxies[0].url, fromEmail: pagerDuty.fromEmail }),
    ...gitHubEnv({ url: proxies[1].url }),
  };
  return {
    pagerDuty,
    gitHub,
    fakes: [pagerDuty, gitHub] as const,
    proxies,
    env,
    defaultHead: gitHub.state.branchSha(gitHub.state.defaultBranch),
    workspaceBefore: folderHash(workspace.dir),
    workspaceHash: () => folderHash(workspace.dir),
    fingerprint: () => ({
      pagerDuty: pagerDutyFingerprint(pagerDuty),
      gitHub: gitHubFingerprint(gitHub),
      workspace: folderHash(workspace.dir),
    }),
    refuseEverything(target: 0 | 1) {
      if (target === 0) pagerDuty.faults.inject({ kind: "reset" }, { times: 100_000 });
      else gitHub.faults.inject({ kind: "reset" }, { times: 100_000 });
    },
    clearFaults() {
      pagerDuty.faults.clear();
      gitHub.faults.clear();
    },
    close: async () => {
      for (const proxy of proxies) await proxy.close();
      await pagerDuty.close();
      await gitHub.close();
      workspace.remove();
    },
  };
}
