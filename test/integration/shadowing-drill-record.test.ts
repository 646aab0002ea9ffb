// record_incident_drill through a real MCP client on throwaway copies of the demo workspace: the drill is appended to
// team.yaml drillHistory with every other byte kept, oncall_readiness counts it at once, the same drill (mentee,
// incident, day in the mentee's zone) is recorded once, and with PagerDuty configured it still goes to team.yaml.
// Now is 24 Nov 2026 12:00 UTC (the demo's asOf). Dev (America/Los_Angeles) learns payments-api and ledger and has
// no ledger drill; #1203 (resolved, 3 Oct) is on ledger.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

interface Gate {
  kind: string;
  have: number;
  want: number;
  metAt: string | null;
}
interface Readiness {
  mentees: { mentee: string; services: { service: string; gates: Gate[]; missing: string[] }[] }[];
}

const LINE =
  '  - { mentee: dev, incident: "1203", service: ledger, at: 2026-11-23T18:00:00Z, runBy: alice, notes: found the stuck consumer }\n';

async function ledgerDrillGate(session: TestClient): Promise<Gate> {
  const result = await session.call("oncall_readiness", { mentee: "dev" });
  expect(result.isError, textOf(result)).toBeFalsy();
  const dev = (result.structuredContent as unknown as Readiness).mentees[0]!;
  return dev.services.find((s) => s.service === "ledger")!.gates.find((g) => g.kind === "drill")!;
}

describe("record_incident_drill on a copy of the demo workspace", () => {
  let workspace: TempWorkspace;
  let session: TestClient;
  let teamPath: string;
  let teamBefore: string;

  beforeAll(async () => {
    workspace = copyWorkspace(DEMO_WORKSPACE);
    teamPath = join(workspace.dir, "team.yaml");
    teamBefore = readFileSync(teamPath, "utf8");
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("appends the drill to drillHistory, keeping every other byte, and readiness counts it", async () => {
    expect(await ledgerDrillGate(session)).toEqual({ kind: "drill", have: 0, want: 1, metAt: null });
    const result = await session.call("record_incident_drill", {
      mentee: "dev",
      incidentId: "1203",
      at: "2026-11-23T10:00:00-08:00",
      runBy: "alice",
      notes: "found the stuck\n consumer",
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(result.structuredContent).toEqual({
      mentee: "dev",
      incident: "1203",
      service: "ledger",
      at: "2026-11-23T18:00:00.000Z",
      created: true,
    });
    expect(textOf(result)).toContain("Recorded Dev");
    const after = readFileSync(teamPath, "utf8");
    const at = after.indexOf(LINE);
    expect(at, after.slice(after.indexOf("drillHistory:"))).toBeGreaterThan(after.indexOf("drillHistory:"));
    expect(after.slice(0, at) + after.slice(at + LINE.length)).toBe(teamBefore);
    expect(await ledgerDrillGate(session)).toEqual({
      kind: "drill",
      have: 1,
      want: 1,
      metAt: "2026-11-23T18:00:00.000Z",
    });
  });

  it("records the same drill once: by id, later the same day in the mentee's zone", async () => {
    const teamNow = readFileSync(teamPath, "utf8");
    // 06:00 UTC on 24 Nov is still 23 Nov in Los Angeles.
    const result = await session.call("record_incident_drill", {
      mentee: "dev",
      incidentId: "QDY7URCECSQRCE",
      at: "2026-11-24T06:00:00Z",
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ created: false, at: "2026-11-23T18:00:00.000Z" });
    expect(textOf(result)).toContain("nothing was added");
    expect(readFileSync(teamPath, "utf8")).toBe(teamNow);
  });

  it("defaults at to now, and refuses a drill in the future or of an unknown mentee", async () => {
    const made = await session.call("record_incident_drill", { mentee: "dev", incidentId: "1201" });
    expect(made.structuredContent).toMatchObject({ at: "2026-11-24T12:00:00.000Z", created: true });
    const future = await session.call("record_incident_drill", {
      mentee: "dev",
      incidentId: "1201",
      at: "2026-11-25T00:00:00Z",
    });
    expect(future.isError).toBe(true);
    expect(textOf(future)).toMatch(/future/);
    const unknown = await session.call("record_incident_drill", { mentee: "nobody", incidentId: "1201" });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toMatch(/No engineer "nobody"/);
  });
});

describe("record_incident_drill with PagerDuty configured", () => {
  let workspace: TempWorkspace;
  let fake: FakePagerDuty;
  let session: TestClient;

  beforeAll(async () => {
    workspace = copyWorkspace(DEMO_WORKSPACE);
    fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE });
    session = await connectInMemory({
      ONCALL_WORKSPACE: workspace.dir,
      ONCALL_ENABLE_WRITES: "1",
      ONCALL_NOW: "2026-11-24T12:00:00Z",
      PAGERDUTY_API_TOKEN: fake.token,
      PAGERDUTY_API_URL: fake.url,
    });
  });
  afterAll(async () => {
    await session?.close();
    await fake?.close();
    workspace?.remove();
  });

  it("writes the drill to team.yaml, nothing to PagerDuty, and readiness counts it", async () => {
    const result = await session.call("record_incident_drill", {
      mentee: "dev",
      incidentId: "1203",
      at: "2026-11-23T18:00:00Z",
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ service: "ledger", created: true });
    expect(readFileSync(join(workspace.dir, "team.yaml"), "utf8")).toContain(
      '  - { mentee: dev, incident: "1203", service: ledger, at: 2026-11-23T18:00:00Z }\n',
    );
    expect(fake.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect((await ledgerDrillGate(session)).have).toBe(1);
  });
});
