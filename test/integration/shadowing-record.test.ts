// record_shadow_rotation through a real MCP client: on throwaway copies of the demo and small workspaces (files
// written, team.yaml appended to with every other byte kept, and undone), on the fake PagerDuty (one Shadow schedule
// per team, one override per pairing), idempotent both ways, and absent unless writes are enabled.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import type { PlanOutput } from "../../src/shadowing/plan/plan-output.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE, SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

interface Recording {
  mode: string;
  window: { from: string; to: string };
  pairings: number;
  created: string[];
  existing: string[];
}

const PLAN = { from: "2026-11-30", to: "2026-12-28" };
const ROTATION = "shadow-rotations/2026-11-30_2026-12-28";

const entryLine = (p: PlanOutput["pairings"][number]) =>
  `  - { mentee: ${p.mentee}, mentor: ${p.mentor}, schedule: ${p.schedule}, start: ${p.start.replace(".000Z", "Z")}, end: ${p.end.replace(".000Z", "Z")}${p.role === "reverse-shadow" ? ", role: reverse-shadow" : ""} }\n`;

/** `after` is `before` with `inserted` put in at one place, every other byte the same. */
function expectOneInsertion(before: string, after: string, inserted: string): void {
  const at = after.indexOf(inserted);
  expect(at, "the appended entries are there").toBeGreaterThanOrEqual(0);
  expect(after.slice(0, at) + after.slice(at + inserted.length)).toBe(before);
}

async function record(client: TestClient, args: Record<string, unknown>): Promise<Recording> {
  const result = await client.call("record_shadow_rotation", args);
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as unknown as Recording;
}

describe("record_shadow_rotation in a workspace (a copy of the demo)", () => {
  let workspace: TempWorkspace;
  let session: TestClient;
  let teamBefore: string;
  let plan: PlanOutput;

  beforeAll(async () => {
    workspace = copyWorkspace(DEMO_WORKSPACE);
    teamBefore = readFileSync(join(workspace.dir, "team.yaml"), "utf8");
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
    plan = (await session.call("suggest_shadow_pairings", PLAN)).structuredContent as PlanOutput;
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("writes the rotation file, the calendar and the history, keeping the rest of team.yaml byte for byte", async () => {
    const result = await session.call("record_shadow_rotation", { plan: PLAN });
    const recording = result.structuredContent as unknown as Recording;
    expect(recording.mode).toBe("workspace");
    expect(recording.pairings).toBe(plan.pairings.length);
    expect(recording.created.slice(0, 2)).toEqual([`${ROTATION}.yaml`, `${ROTATION}.ics`]);
    expect(recording.created).toHaveLength(2 + plan.pairings.length);
    expect(recording.existing).toEqual([]);
    expect(textOf(result)).toContain(`Recorded ${plan.pairings.length} pairings in the workspace.`);

    const teamAfter = readFileSync(join(workspace.dir, "team.yaml"), "utf8");
    expectOneInsertion(teamBefore, teamAfter, plan.pairings.map(entryLine).join(""));
    expect(teamAfter).toContain(
      "# Past shadow shifts. The server appends here when it records a shadow rotation.",
    );

    const file = YAML.parse(readFileSync(join(workspace.dir, `${ROTATION}.yaml`), "utf8"));
    expect(file).toEqual({ window: plan.window, pairings: plan.pairings });
    expect(readFileSync(join(workspace.dir, `${ROTATION}.ics`), "utf8")).toBe(plan.calendar);
  });

  it("creates nothing the second time, by the same input or by the pairings themselves", async () => {
    const files = [`${ROTATION}.yaml`, `${ROTATION}.ics`, "team.yaml"].map((name) =>
      join(workspace.dir, name),
    );
    const contents = files.map((file) => readFileSync(file, "utf8"));
    const again = await record(session, { plan: PLAN });
    expect(again.created).toEqual([]);
    expect(again.existing).toHaveLength(2 + plan.pairings.length);
    const byPairings = await record(session, { window: plan.window, pairings: plan.pairings });
    expect(byPairings.created).toEqual([]);
    expect(files.map((file) => readFileSync(file, "utf8"))).toEqual(contents);
    expect(textOf(await session.call("record_shadow_rotation", { plan: PLAN }))).toContain(
      "were already recorded in the workspace; nothing new was created.",
    );
  });

  it("plans the recorded window the same way afterwards, and shows the recorded shifts as what comes next", async () => {
    const replanned = (await session.call("suggest_shadow_pairings", PLAN)).structuredContent as PlanOutput;
    expect(replanned.pairings).toEqual(plan.pairings);
    const first = plan.pairings[0]!;
    const progress = (await session.call("mentee_progress", { mentee: first.mentee })).structuredContent as {
      next: { mentor: string; start: string; recorded: boolean }[];
    };
    expect(progress.next[0]).toMatchObject({ mentor: first.mentor, start: first.start, recorded: true });
  });

  it("refuses a different rotation for a recorded window, and pairings that do not hold", async () => {
    const other = await session.call("record_shadow_rotation", {
      window: plan.window,
      pairings: plan.pairings.slice(1),
    });
    expect(other.isError).toBe(true);
    expect(textOf(other)).toBe(
      `${ROTATION}.yaml already records a different rotation for this window; record the same pairings, choose another window, or delete that file (and its entries in team.yaml shadowHistory) first.`,
    );
    const first = plan.pairings[0]!;
    const cases: [Record<string, unknown>, RegExp][] = [
      [
        { pairings: [{ ...first, mentor: "omar" }] },
        /pairings\[0\]: omar is not on call in payments-primary/,
      ],
      [
        { pairings: [{ ...first, schedule: "nope" }] },
        /No schedule "nope" \(pairings\[0\]\.schedule\); known schedules: "payments-primary"/,
      ],
      [
        { pairings: [{ ...first, mentee: "zed" }] },
        /No engineer "zed" \(pairings\[0\]\.mentee\); known engineers: "alice", .* and 4 more\./,
      ],
      [{ pairings: [{ ...first, start: "soon" }] }, /pairings\[0\]\.start: "soon" is not a date/],
      [{ pairings: [first], plan: PLAN }, /one of the two/],
      [{}, /one of the two/],
      [{ plan: { from: "2026-11-30", colour: "red" } }, /plan: unknown field colour/],
      [{ plan: { limits: { maxShadowsPerShift: "two" } } }, /plan\.limits\.maxShadowsPerShift: /],
      [{ window: { from: "2026-12-01", to: "2026-12-02" }, pairings: [first] }, /lies outside the window/],
    ];
    for (const [args, expected] of cases) {
      const result = await session.call("record_shadow_rotation", args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(textOf(result)).toMatch(expected);
    }
  });

  it("undoes the rotation: both files go and team.yaml is as it was, byte for byte; a second undo removes nothing", async () => {
    const result = await session.call("record_shadow_rotation", { plan: PLAN, undo: true });
    expect(result.isError, textOf(result)).toBeFalsy();
    const removal = result.structuredContent as unknown as Recording & {
      removed: string[];
      notRemoved: string[];
    };
    expect(removal.removed).toEqual([
      ...plan.pairings.map(
        (p) =>
          `team.yaml shadowHistory: ${p.mentee} shadows ${p.mentor} on ${p.schedule}, ${p.start} to ${p.end}`,
      ),
      `${ROTATION}.ics`,
      `${ROTATION}.yaml`,
    ]);
    expect(removal.notRemoved).toEqual([]);
    expect(readFileSync(join(workspace.dir, "team.yaml"), "utf8")).toBe(teamBefore);
    expect(existsSync(join(workspace.dir, `${ROTATION}.yaml`))).toBe(false);
    expect(existsSync(join(workspace.dir, `${ROTATION}.ics`))).toBe(false);

    const again = await session.call("record_shadow_rotation", {
      window: plan.window,
      pairings: plan.pairings,
      undo: true,
    });
    const nothing = again.structuredContent as unknown as { removed: string[]; notRemoved: string[] };
    expect(nothing.removed).toEqual([]);
    expect(nothing.notRemoved).toHaveLength(plan.pairings.length + 2);
    expect(textOf(again)).toContain(
      `Nothing recorded for the ${plan.pairings.length} pairings was left to remove from the workspace.`,
    );
    expect(readFileSync(join(workspace.dir, "team.yaml"), "utf8")).toBe(teamBefore);
  });
});

describe("record_shadow_rotation in the small workspace (a copy)", () => {
  let workspace: TempWorkspace;
  let session: TestClient;
  beforeAll(async () => {
    workspace = copyWorkspace(SMALL_WORKSPACE);
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  it("appends after a multi-line entry, keeping the comments and flow lists as written", async () => {
    const before = readFileSync(join(workspace.dir, "team.yaml"), "utf8");
    const plan = (await session.call("suggest_shadow_pairings", {})).structuredContent as PlanOutput;
    expect(plan.pairings.length).toBeGreaterThan(0);
    const first = await record(session, { plan: {} });
    expect(first.created.length).toBe(2 + plan.pairings.length);
    const after = readFileSync(join(workspace.dir, "team.yaml"), "utf8");
    expectOneInsertion(before, after, plan.pairings.map(entryLine).join(""));
    expect(after).toContain('start: "2026-10-19T09:00" # Mondays 09:00 Pacific;');
    const again = await record(session, { plan: {} });
    expect(again.created).toEqual([]);
    expect(readFileSync(join(workspace.dir, "team.yaml"), "utf8")).toBe(after);
    expect(existsSync(join(workspace.dir, "shadow-rotations"))).toBe(true);
  });
});

describe("record_shadow_rotation in PagerDuty (the fake, seeded from the demo)", () => {
  let fake: FakePagerDuty;
  let workspace: TempWorkspace;
  let session: TestClient;
  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE });
    // PagerDuty mode writes nothing to the workspace; a copy all the same, in case it ever did.
    workspace = copyWorkspace(DEMO_WORKSPACE);
    session = await connectInMemory({
      ONCALL_WORKSPACE: workspace.dir,
      ONCALL_ENABLE_WRITES: "1",
      PAGERDUTY_API_TOKEN: fake.token,
      PAGERDUTY_API_URL: fake.url,
    });
  });
  afterAll(async () => {
    await session?.close();
    await fake?.close();
    workspace?.remove();
  });

  const posts = () =>
    fake.requests
      .filter((r) => r.method === "POST")
      .map((r) => r.path.replace(/\/[^/]*\/overrides$/, "/{id}/overrides"));
  const shadowSchedules = () =>
    [...fake.state.schedules.values()].filter((s) => s.model.name.startsWith("Shadow — "));

  let planned: PlanOutput;

  // Recording a reverse shadow changes the schedule a plan is computed from (test/integration/shadowing-reverse.test.ts
  // records them from the pairings): a plan with one is refused with a sentence, and the plan of the mentees at the
  // shadow stage is recorded.
  let shadowPlan: typeof PLAN & { mentees: string[] };

  it("refuses a plan with a reverse shadow, saying why, and writes nothing", async () => {
    const full = (await session.call("suggest_shadow_pairings", PLAN)).structuredContent as PlanOutput;
    expect(full.pairings.some((p) => p.role === "reverse-shadow")).toBe(true);
    shadowPlan = {
      ...PLAN,
      mentees: [...new Set(full.pairings.filter((p) => p.role === "shadow").map((p) => p.mentee))],
    };
    const before = fake.requests.filter((r) => r.method !== "GET").length;
    const refused = await session.call("record_shadow_rotation", { plan: PLAN });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(
      /is in reverse shadow: in PagerDuty that puts them on .+, which changes the schedule a plan is computed from/,
    );
    expect(fake.requests.filter((r) => r.method !== "GET").length).toBe(before);
  });

  it("makes one Shadow schedule per team with one override per pairing, then nothing more the second time", async () => {
    const schedulesBefore = fake.state.schedules.size;
    const plan = (await session.call("suggest_shadow_pairings", shadowPlan)).structuredContent as PlanOutput;
    planned = plan;
    const result = await session.call("record_shadow_rotation", { plan: shadowPlan });
    const first = result.structuredContent as unknown as Recording;
    expect(first.mode).toBe("pagerduty");
    expect(textOf(result)).toContain("Add each Shadow schedule to a level of the team's escalation policy");

    // Demo schedules belong to two teams, Payments and Platform.
    const teams = new Set(
      plan.pairings.map((p) => (p.schedule === "payments-primary" ? "Payments" : "Platform")),
    );
    expect(
      shadowSchedules()
        .map((s) => s.model.name)
        .sort(),
    ).toEqual([...teams].map((t) => `Shadow — ${t}`).sort());
    expect(fake.state.schedules.size).toBe(schedulesBefore + teams.size);
    const overrides = shadowSchedules().flatMap((s) =>
      s.model.overrides.map(
        (o) => `${o.user} ${new Date(o.start).toISOString()} ${new Date(o.end).toISOString()}`,
      ),
    );
    expect(overrides.sort()).toEqual(plan.pairings.map((p) => `${p.mentee} ${p.start} ${p.end}`).sort());
    expect(posts().sort()).toEqual(
      [
        ...Array(teams.size).fill("/schedules"),
        ...Array(teams.size).fill("/schedules/{id}/overrides"),
      ].sort(),
    );
    expect(first.created).toHaveLength(teams.size + plan.pairings.length);

    const postsBefore = posts().length;
    const again = await record(session, { plan: shadowPlan });
    expect(again.created).toEqual([]);
    expect(again.existing).toHaveLength(teams.size + plan.pairings.length);
    expect(posts()).toHaveLength(postsBefore);
    expect(fake.state.schedules.size).toBe(schedulesBefore + teams.size);
    expect(shadowSchedules().flatMap((s) => s.model.overrides)).toHaveLength(plan.pairings.length);
    expect(fake.violations).toEqual([]);
  });

  it("plans the recorded window the same afterwards: a shadow override is not on-call", async () => {
    const replanned = (await session.call("suggest_shadow_pairings", shadowPlan))
      .structuredContent as PlanOutput;
    expect(replanned.pairings).toEqual(planned.pairings);
    expect(replanned.stats.shiftsConsidered).toBe(planned.stats.shiftsConsidered);
  });
});

describe("record_shadow_rotation without writes", () => {
  let session: TestClient;
  beforeAll(async () => {
    session = await connectInMemory({ ONCALL_WORKSPACE: DEMO_WORKSPACE });
  });
  afterAll(async () => session?.close());

  it("is not listed and cannot be called", async () => {
    const { tools } = await session.client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toContain("suggest_shadow_pairings");
    expect(names).toContain("mentee_progress");
    expect(names).not.toContain("record_shadow_rotation");
    await expect(session.call("record_shadow_rotation", { plan: PLAN })).rejects.toThrow(/Unknown tool/);
  });
});
