// Cancellation from the client stops the upstream requests: with every upstream request hanging, the client cancels
// the call, and the connection carrying the waiting request closes (it would otherwise wait for the deadline), and
// nothing more reaches the upstream.
import { afterAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config-parse.js";
import { enabledTools } from "../../src/server/registry.js";
import { recordHardening } from "../../tools/hardening/report.js";
import { startTcpProxy, type TcpProxy } from "../../tools/hardening/tcp-proxy.js";
import { DEMO_WORKSPACE, REPO_ROOT } from "../helpers/paths.js";
import { copyWorkspace } from "../helpers/temp-workspace.js";
import { type FaultTarget, gitHubTarget, pagerDutyTarget } from "./support/fault-targets.js";
import { callOnFreshServer, describeTool } from "./support/tool-probe.js";
import { gitHubEnv, pagerDutyEnv, startGitHub, startPagerDuty } from "./support/upstream-fakes.js";
import { runbookFiles } from "./support/workspaces.js";

const DEADLINE_SECONDS = 20;
const toolNames = enabledTools({ config: parseConfig({ ONCALL_ENABLE_WRITES: "1" }, [], REPO_ROOT) }).map(
  (tool) => tool.name,
);

let cancelled = 0;
let leaked = 0;
afterAll(() => {
  recordHardening({
    area: "failing upstreams",
    tried: cancelled,
    failed: leaked,
    note: "client cancellations",
  });
});

async function until(condition: () => boolean, withinMs: number): Promise<boolean> {
  const end = performance.now() + withinMs;
  while (performance.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return condition();
}

describe.concurrent("a client's cancellation", () => {
  it.each(toolNames)(
    "%s: cancelling the call closes its waiting upstream connections",
    async (name) => {
      // Write tools run too: each test writes to its own copy of the demo, never to the demo itself.
      const workspace = copyWorkspace(DEMO_WORKSPACE);
      const pagerDuty = await startPagerDuty(DEMO_WORKSPACE);
      const gitHub = await startGitHub(runbookFiles(DEMO_WORKSPACE));
      const proxies: TcpProxy[] = [await startTcpProxy(pagerDuty.url), await startTcpProxy(gitHub.url)];
      const targets: FaultTarget[] = [pagerDutyTarget(pagerDuty), gitHubTarget(gitHub)];
      const env = {
        ONCALL_WORKSPACE: workspace.dir,
        ONCALL_ENABLE_WRITES: "1",
        ONCALL_TOOL_TIMEOUT_SECONDS: String(DEADLINE_SECONDS),
        ...pagerDutyEnv({ url: proxies[0]!.url, fromEmail: pagerDuty.fromEmail }),
        ...gitHubEnv({ url: proxies[1]!.url }),
      };
      try {
        const { args } = await describeTool(name, env);
        const baseline = await callOnFreshServer(name, args, env, targets);
        expect(baseline.result.isError, baseline.text).toBeFalsy();

        for (const [index, target] of targets.entries()) {
          if (baseline.made[index] === 0) continue;
          const proxy = proxies[index]!;
          cancelled++;
          try {
            target.inject("no answer", { times: 10_000 });
            const controller = new AbortController();
            const call = callOnFreshServer(name, args, env, targets, { signal: controller.signal });
            expect(await until(() => proxy.waitingConnections() > 0, 5_000), "no request reached").toBe(true);
            controller.abort();
            await expect(call).rejects.toThrow(/abort/i);
            expect(
              await until(() => proxy.waitingConnections() === 0, 1_000),
              `${target.name} connections still waiting after the cancel`,
            ).toBe(true);
            // Requests already on the wire when the client cancelled may still land; after that, none may come
            // (a retry after the first backoff would arrive within this wait).
            const settled = target.requests.length;
            await new Promise((resolve) => setTimeout(resolve, 1_200));
            expect(target.requests.length, "requests sent after the cancel").toBe(settled);
          } catch (error) {
            leaked++;
            throw error;
          } finally {
            target.clear();
          }
        }
      } finally {
        for (const proxy of proxies) await proxy.close();
        await pagerDuty.close();
        await gitHub.close();
        workspace.remove();
      }
    },
    60_000,
  );
});
