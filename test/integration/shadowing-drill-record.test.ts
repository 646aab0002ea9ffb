// record_incident_drill through a real MCP client with writes on, in a throwaway copy of the readiness team: the
// drill lands in team.yaml drillHistory with every other byte kept, readiness counts it, and a repeat adds nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import { READINESS_TEAM } from "../shadowing/readiness-team.js";
import { type TempWorkspace, tempWorkspace } from "../shadowing/temp-workspace.js";

describe("record_incident_drill", () => {
  let workspace: TempWorkspace;
  let session: TestClient;
  beforeAll(async () => {
    workspace = tempWorkspace(SMALL_WORKSPACE, READINESS_TEAM);
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  // Dave lacked only a drill on payments-api (see shadowing-readiness.test.ts); #1042 is on payments-api.
  it("appends the drill, keeps the rest of team.yaml, and readiness counts it", async () => {
    const result = await session.call("record_incident_drill", {
      mentee: "dave",
      incidentId: "Q1PAYLAT7X2K9A",
      at: "2026-11-24T10:00:00Z",
      runBy: "carol",
      notes: "asked the right questions",
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    expect(result.structuredContent).toEqual({
      mentee: "dave",
      incident: "1042",
      service: "payments-api",
      at: "2026-11-24T10:00:00.000Z",
      created: true,
    });
    const text = readFileSync(join(workspace.dir, "team.yaml"), "utf8");
    expect(text.startsWith(READINESS_TEAM.trimEnd())).toBe(true);
    expect(text.slice(READINESS_TEAM.trimEnd().length)).toBe(
      '\n  - { mentee: dave, incident: "1042", service: payments-api, at: 2026-11-24T10:00:00Z, runBy: carol, notes: asked the right questions }\n',
    );
    const readiness = (await session.call("oncall_readiness", { mentee: "dave" })).structuredContent as {
      mentees: { services: { service: string; missing: string[] }[] }[];
    };
    expect(readiness.mentees[0]!.services.find((s) => s.service === "payments-api")!.missing).toEqual([]);
  });

  it("adds nothing when the same drill is recorded again", async () => {
    const before = readFileSync(join(workspace.dir, "team.yaml"), "utf8");
    const again = await session.call("record_incident_drill", {
      mentee: "dave",
      incidentId: "1042",
      at: "2026-11-24T10:00:00Z",
    });
    expect((again.structuredContent as { created: boolean }).created).toBe(false);
    expect(readFileSync(join(workspace.dir, "team.yaml"), "utf8")).toBe(before);
  });

  it("refuses a drill in the future or an unknown runner with a sentence", async () => {
    const future = await session.call("record_incident_drill", {
      mentee: "dave",
      incidentId: "1042",
      at: "2026-12-24T10:00:00Z",
    });
    expect(textOf(future)).toContain("at is in the future");
    const unknown = await session.call("record_incident_drill", {
      mentee: "dave",
      incidentId: "1042",
      runBy: "zed",
    });
    expect(textOf(unknown)).toContain('No engineer "zed" in team.yaml');
  });
});
