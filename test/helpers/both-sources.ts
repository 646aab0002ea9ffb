// One workspace served two ways: straight from its files, and as a PagerDuty account through the loopback fake.
// Tests call the same tool on both and expect the same answer.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { connectInMemory, type TestClient } from "./mcp-client.js";

export interface BothSources {
  fake: FakePagerDuty;
  workspace: TestClient;
  pagerduty: TestClient;
}

/** Starts both in beforeAll and closes them in afterAll; read the fields inside tests. */
export function useBothSources(workspaceDir: string): BothSources {
  const both = {} as BothSources;
  beforeAll(async () => {
    both.fake = await startFakePagerDuty({ workspaceDir });
    both.workspace = await connectInMemory({ ONCALL_WORKSPACE: workspaceDir });
    both.pagerduty = await connectInMemory(pagerDutyEnvAsOfWorkspace(workspaceDir, both.fake));
  });
  afterAll(async () => {
    await both.workspace?.close();
    await both.pagerduty?.close();
    await both.fake?.close();
  });
  return both;
}

/**
 * The environment of a server reading incidents from the fake PagerDuty that serves this workspace. The workspace pins
 * "now" with team.yaml's asOf; PagerDuty answers as of the same instant, so no test reads the clock.
 */
export function pagerDutyEnvAsOfWorkspace(
  workspaceDir: string,
  fake: { token: string; url: string },
): Record<string, string> {
  const asOf = /^asOf:\s*"?([^"\s]+)/m.exec(readFileSync(join(workspaceDir, "team.yaml"), "utf8"))?.[1];
  return {
    ...(asOf ? { ONCALL_NOW: asOf } : {}),
    ONCALL_WORKSPACE: workspaceDir,
    PAGERDUTY_API_TOKEN: fake.token,
    PAGERDUTY_API_URL: fake.url,
  };
}
