// Reverse-shadow pairings through a real MCP client: a mentee at stage reverse-shadow is planned by the same rules and
// recorded with role reverse-shadow in team.yaml (test/shadowing/readiness-team.ts; now is 24 Nov 2026 12:00 UTC),
// and in PagerDuty by overrides that change who is paged first, undone by the same tool.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TeamDirectory } from "../../src/model.js";
import type { PlanOutput } from "../../src/shadowing/plan/plan-output.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE, SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";
import { READINESS_TEAM } from "../shadowing/readiness-team.js";

interface Recording {
  mode: string;
  created: string[];
  existing: string[];
  removed?: string[];
  notRemoved?: string[];
  pagedFirst?: string[];
}

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

// In PagerDuty a reverse shadow changes who is paged first: the mentee is put on the shadowed schedule itself (an
// override, over the mentor), and the mentor on the team's Shadow schedule beside them. Through the real pdjs client
// against the fake, seeded from the demo; "now" is pinned to the demo's asOf, before the planned window.
describe("reverse-shadow pairings in PagerDuty", () => {
  const NOW = "2026-11-24T12:00:00Z";
  const PLAN = { from: "2026-11-30", to: "2026-12-28" };
  let fake: FakePagerDuty;
  let workspace: TempWorkspace;
  let session: TestClient;
  let team: TeamDirectory;
  let plan: PlanOutput;
  let reverse: PlanOutput["pairings"];
  let before: Map<string, string[]>;
  const env = () => ({
    ONCALL_WORKSPACE: workspace.dir,
    ONCALL_NOW: NOW,
    PAGERDUTY_API_TOKEN: fake.token,
    PAGERDUTY_API_URL: fake.url,
  });

  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE, now: () => Date.parse(NOW) });
    workspace = copyWorkspace(DEMO_WORKSPACE);
    session = await connectInMemory({ ...env(), ONCALL_ENABLE_WRITES: "1" });
    team = await session.app.sources.team.load();
    plan = (await session.call("suggest_shadow_pairings", PLAN)).structuredContent as PlanOutput;
    reverse = plan.pairings.filter((p) => p.role === "reverse-shadow");
    before = overridesBySchedule();
  });
  afterAll(async () => {
    await session?.close();
    await fake?.close();
    workspace?.remove();
  });

  const nameOf = (id: string) =>
    team.engineers.find((e) => e.id === id)?.name ?? team.schedules.find((s) => s.id === id)?.name ?? id;
  const compact = (instant: string) => instant.replace(":00.000Z", "Z");
  const writes = () => fake.requests.filter((r) => r.method !== "GET");
  const shadowScheduleOf = (schedule: string) =>
    `Shadow — ${schedule === "payments-primary" ? "Payments" : "Platform"}`;
  /** Every schedule's overrides as "user start end", by the schedule's name. */
  function overridesBySchedule(): Map<string, string[]> {
    return new Map(
      [...fake.state.schedules.values()].map((s) => [
        s.model.name,
        s.model.overrides.map(
          (o) => `${o.user} ${new Date(o.start).toISOString()} ${new Date(o.end).toISOString()}`,
        ),
      ]),
    );
  }
  /** What recording added to each schedule's overrides (schedules it left alone are absent). */
  function added(): Record<string, string[]> {
    const now = overridesBySchedule();
    return Object.fromEntries(
      [...now]
        .map(
          ([name, list]) => [name, list.filter((o) => !(before.get(name) ?? []).includes(o)).sort()] as const,
        )
        .filter(([, list]) => list.length > 0),
    );
  }
  const overrideIdOf = (scheduleName: string, user: string, start: string) => {
    const record = [...fake.state.schedules.values()].find((s) => s.model.name === scheduleName);
    const userId = fake.state.userRefForEngineer(user)["id"];
    const found = record?.overrides.find(
      (o) =>
        (o["user"] as { id: string }).id === userId && Date.parse(String(o["start"])) === Date.parse(start),
    );
    return String(found?.["id"]);
  };

  it("refuses to record a reverse shadow from a recomputed plan, saying why, and writes nothing", async () => {
    expect(reverse.length).toBeGreaterThan(0);
    const refused = await session.call("record_shadow_rotation", { plan: PLAN });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(
      /^Erin Walsh is in reverse shadow: in PagerDuty that puts them on Payments primary in .+'s place, which changes the schedule a plan is computed from, so the same plan could not be recomputed to record again or undo\. Pass window and pairings from suggest_shadow_pairings instead, and the same to undo\.$/,
    );
    expect(writes()).toEqual([]);
  });

  it("puts the mentee on the shadowed schedule and the mentor on the Shadow schedule, and says who is paged first", async () => {
    const result = await session.call("record_shadow_rotation", {
      window: plan.window,
      pairings: plan.pairings,
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    const recording = result.structuredContent as unknown as Recording;

    // The shadowed schedules gain exactly the reverse shadows' mentees; the Shadow schedules every mentee of a
    // plain shadow, as before, and every reverse shadow's mentor.
    const expected: Record<string, string[]> = {};
    const add = (schedule: string, entry: string) => {
      expected[schedule] = [...(expected[schedule] ?? []), entry].sort();
    };
    for (const p of plan.pairings) {
      const shadowName = shadowScheduleOf(p.schedule);
      if (p.role === "reverse-shadow") {
        add(nameOf(p.schedule), `${p.mentee} ${p.start} ${p.end}`);
        add(shadowName, `${p.mentor} ${p.start} ${p.end}`);
      } else add(shadowName, `${p.mentee} ${p.start} ${p.end}`);
    }
    expect(added()).toEqual(expected);

    expect(recording.pagedFirst).toHaveLength(reverse.length);
    for (const p of reverse) {
      const scheduleName = nameOf(p.schedule);
      const id = overrideIdOf(scheduleName, p.mentee, p.start);
      const backup = overrideIdOf(shadowScheduleOf(p.schedule), p.mentor, p.start);
      const sentence = `This changes who is paged first: from ${compact(p.start)} to ${compact(p.end)} ${nameOf(p.mentee)} is paged first on ${scheduleName} instead of ${nameOf(p.mentor)} (PagerDuty override ${id}; ${nameOf(p.mentor)}'s backup on the Shadow schedule: ${backup}). Undo: record_shadow_rotation with undo: true and the same window and pairings.`;
      expect(recording.pagedFirst).toContain(sentence);
      expect(textOf(result)).toContain(`- ${sentence}`);
      expect(recording.created).toContain(
        `override ${id} on "${scheduleName}": ${p.mentee} paged first instead of ${p.mentor} (reverse shadow) ${p.start} to ${p.end}`,
      );
    }
    expect(textOf(result)).toContain("and mentors alongside the mentees in reverse shadow.");
    expect(fake.violations).toEqual([]);
    expect(fake.requestViolations).toEqual([]);
  });

  it("pages the mentee first on the shadowed schedule: PagerDuty's own rendering shows them on call", async () => {
    const p = reverse[0]!;
    const shifts = await session.app.sources.schedules.renderSchedule(p.schedule, p.start, p.end);
    expect(shifts.map((s) => `${s.user} ${s.start} ${s.end}`)).toEqual([`${p.mentee} ${p.start} ${p.end}`]);
  });

  it("changes the plan computed afterwards, which is why a plan is refused: the mentee carries that shift now", async () => {
    const replanned = (await session.call("suggest_shadow_pairings", PLAN)).structuredContent as PlanOutput;
    const key = (p: PlanOutput["pairings"][number]) => `${p.mentee} ${p.mentor} ${p.schedule} ${p.start}`;
    for (const p of reverse) expect(replanned.pairings.map(key)).not.toContain(key(p));
  });

  it("creates nothing the second time, and says the change is already there", async () => {
    const writesBefore = writes().length;
    const again = await session.call("record_shadow_rotation", {
      window: plan.window,
      pairings: plan.pairings,
    });
    expect(again.isError, textOf(again)).toBeFalsy();
    const recording = again.structuredContent as unknown as Recording;
    expect(recording.created).toEqual([]);
    expect(writes()).toHaveLength(writesBefore);
    expect(recording.pagedFirst?.every((s) => s.startsWith("Already changed, nothing new: from "))).toBe(
      true,
    );
    expect(recording.pagedFirst).toHaveLength(reverse.length);
  });

  it("is not undone without writes: the tool does not exist for the client", async () => {
    const readOnly = await connectInMemory(env());
    try {
      const writesBefore = writes().length;
      await expect(
        readOnly.call("record_shadow_rotation", { window: plan.window, pairings: plan.pairings, undo: true }),
      ).rejects.toThrow(
        "Unknown tool record_shadow_rotation; tools/list shows the tools this server offers.",
      );
      expect(writes()).toHaveLength(writesBefore);
    } finally {
      await readOnly.close();
    }
  });

  it("undoes exactly what it made, saying who is paged first again, then finds nothing to undo", async () => {
    const overrides = Object.values(added()).flat().length;
    const result = await session.call("record_shadow_rotation", {
      window: plan.window,
      pairings: plan.pairings,
      undo: true,
    });
    expect(result.isError, textOf(result)).toBeFalsy();
    const removal = result.structuredContent as unknown as Recording;
    expect(added()).toEqual({});
    expect(overridesBySchedule()).toEqual(
      new Map([...before, ["Shadow — Payments", []], ["Shadow — Platform", []]]),
    );
    expect(writes().filter((r) => r.method === "DELETE")).toHaveLength(overrides);
    expect(removal.removed).toHaveLength(overrides);
    expect(removal.notRemoved).toEqual([]);
    for (const p of reverse) {
      expect(removal.pagedFirst).toContainEqual(
        expect.stringMatching(
          `^${nameOf(p.mentor)} is paged first again on ${nameOf(p.schedule)} from ${compact(p.start)} to ${compact(p.end)}, not ${nameOf(p.mentee)}: override \\S+ is deleted\\.$`,
        ),
      );
    }
    expect(textOf(result)).toContain(
      `Removed what was recorded for the ${plan.pairings.length} pairings from PagerDuty.`,
    );
    const p = reverse[0]!;
    const shifts = await session.app.sources.schedules.renderSchedule(p.schedule, p.start, p.end);
    expect(shifts.map((s) => s.user)).toEqual([p.mentor]);

    const deletes = writes().filter((r) => r.method === "DELETE").length;
    const again = await session.call("record_shadow_rotation", {
      window: plan.window,
      pairings: plan.pairings,
      undo: true,
    });
    const nothing = again.structuredContent as unknown as Recording;
    expect(nothing.removed).toEqual([]);
    expect(nothing.notRemoved).toHaveLength(overrides);
    expect(nothing.notRemoved?.every((s) => s.endsWith(": not there"))).toBe(true);
    expect(nothing.pagedFirst?.every((s) => s.includes("no override put"))).toBe(true);
    expect(writes().filter((r) => r.method === "DELETE")).toHaveLength(deletes);
    expect(textOf(again)).toContain(
      `Nothing recorded for the ${plan.pairings.length} pairings was left to remove from PagerDuty.`,
    );
    expect(fake.violations).toEqual([]);
    expect(fake.requestViolations).toEqual([]);
  });
});
