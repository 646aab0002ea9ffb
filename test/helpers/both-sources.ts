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
    // The workspace pins "now" with team.yaml's asOf; PagerDuty answers as of the same instant, so no test reads the clock.
    const asOf = /^asOf:\s*"?([^"\s]+)/m.exec(readFileSync(join(workspaceDir, "team.yaml"), "utf8"))?.[1];
    both.pagerduty = await connectInMemory({
      ...(asOf ? { ONCALL_NOW: asOf } : {}),
      ONCALL_WORKSPACE: workspaceDir,
      PAGERDUTY_API_TOKEN: both.fake.token,
      PAGERDUTY_API_URL: both.fake.url,
    });
  });
  afterAll(async () => {
    await both.workspace?.close();
    await both.pagerduty?.close();
    await both.fake?.close();
  });
  return both;
}
