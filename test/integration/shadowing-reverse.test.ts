// Reverse-shadow pairings through a real MCP client: a mentee at stage reverse-shadow is planned by the same rules and
// recorded with role reverse-shadow in team.yaml (test/shadowing/readiness-team.ts; now is 24 Nov 2026 12:00 UTC).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";
import { READINESS_TEAM } from "../shadowing/readiness-team.js";

interface Plan {
  window: { from: string; to: string };
  pairings: { mentee: string; mentor: string; role: string; reasons: string[] }[];
}

describe("reverse-shadow pairings", () => {
  let workspace: TempWorkspace;
  let session: TestClient;
  beforeAll(async () => {
    workspace = copyWorkspace(SMALL_WORKSPACE, { teamYaml: READINESS_TEAM });
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("plans a reverse-shadow mentee by the same rules, marking the pairings and saying who carries the shift", async () => {
    const result = await session.call("suggest_shadow_pairings", { mentees: ["erin", "dave"] });
    expect(result.isError, textOf(result)).toBeFalsy();
    const plan = result.structuredContent as unknown as Plan;
    const erin = plan.pairings.filter((p) => p.mentee === "erin");
    const dave = plan.pairings.filter((p) => p.mentee === "dave");
    expect(erin.length).toBeGreaterThan(0);
    expect(dave.length).toBeGreaterThan(0);
    for (const pairing of erin) {
      expect(pairing.role).toBe("reverse-shadow");
      expect(pairing.reasons[0]).toMatch(/^reverse shadow: Erin Walsh carries the shift, .+ backs them up$/);
    }
    expect(dave.every((p) => p.role === "shadow")).toBe(true);

    const recorded = await session.call("record_shadow_rotation", { window: plan.window, pairings: erin });
    expect(recorded.isError, textOf(recorded)).toBeFalsy();
    const team = readFileSync(join(workspace.dir, "team.yaml"), "utf8");
    const before = new Set(READINESS_TEAM.split("\n"));
    const added = team.split("\n").filter((line) => !before.has(line));
    expect(added.length).toBe(erin.length);
    expect(added.every((line) => line.endsWith("role: reverse-shadow }"))).toBe(true);
  });
});
