// suggest_shadow_pairings through a real MCP client: on the demo and the small workspace every pairing keeps every
// hard rule (checked independently), the text has the table, the chart and the fixes; PagerDuty mode plans the same;
// the load term picks the less loaded mentor when it counts and not when it is off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Shift } from "../../src/model.js";
import type { PlanOutput } from "../../src/shadowing/plan/plan-output.js";
import { createWorkspaceSources } from "../../src/sources/workspace/index.js";
import { useBothSources } from "../helpers/both-sources.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE, SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";
import {
  DEFAULT_PLAN_LIMITS,
  hardConstraintViolations,
  type PlanLimits,
} from "../shadowing/hard-constraints.js";

async function renderedShifts(workspaceDir: string, from: string, to: string): Promise<Shift[]> {
  const sources = createWorkspaceSources({ workspaceDir, runbookDir: "runbooks" });
  const team = await sources.team.load();
  const lists = await Promise.all(
    team.schedules.map((s) => sources.schedules.renderSchedule(s.id, from, to)),
  );
  return lists.flat();
}

async function checkPlan(
  workspaceDir: string,
  client: TestClient,
  args: Record<string, unknown>,
  limits: PlanLimits = DEFAULT_PLAN_LIMITS,
): Promise<PlanOutput> {
  const result = await client.call("suggest_shadow_pairings", args);
  expect(result.isError, textOf(result)).toBeFalsy();
  const plan = result.structuredContent as PlanOutput;
  const team = await createWorkspaceSources({ workspaceDir, runbookDir: "runbooks" }).team.load();
  const shifts = await renderedShifts(workspaceDir, plan.window.from, plan.window.to);
  expect(hardConstraintViolations(plan.pairings, team, shifts, limits)).toEqual([]);
  const matched = new Set(plan.pairings.map((p) => p.mentee));
  expect(plan.stats.pairings).toBe(plan.pairings.length);
  expect(plan.stats.menteesMatched).toBe(matched.size);
  expect(plan.stats.mentees).toBe(matched.size + plan.unmatched.length);
  expect(plan.unmatched.every((u) => !matched.has(u.mentee) && u.reason !== "" && u.fix !== "")).toBe(true);
  expect(plan.calendar.match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(plan.pairings.length);
  return plan;
}

describe("suggest_shadow_pairings on the demo workspace", () => {
  let session: TestClient;
  beforeAll(async () => {
    session = await connectInMemory({ ONCALL_WORKSPACE: DEMO_WORKSPACE });
  });
  afterAll(async () => session?.close());

  it("plans the next 4 weeks from asOf, optimally, keeping every hard rule", async () => {
    const plan = await checkPlan(DEMO_WORKSPACE, session, {});
    expect(plan.window).toEqual({ from: "2026-11-24T12:00:00.000Z", to: "2026-12-22T12:00:00.000Z" });
    expect(plan.stats.mentees).toBe(4);
    expect(plan.stats.menteesMatched).toBe(4);
    expect(plan.stats.optimal).toEqual({ menteesMatched: true, pairings: true, score: true });
  });

  it("keeps the rules under other limits, and a longer window", async () => {
    const limits = {
      maxShadowsPerMentee: 3,
      maxShadowsPerMentor: 1,
      maxShadowsPerShift: 2,
      minOverlapHours: 6,
    };
    const plan = await checkPlan(
      DEMO_WORKSPACE,
      session,
      { from: "2026-11-30", to: "2027-01-11", limits },
      limits,
    );
    expect(plan.pairings.length).toBeGreaterThan(4);
  });

  it("draws only from the schedules and mentees asked for", async () => {
    const plan = await checkPlan(DEMO_WORKSPACE, session, {
      scheduleIds: ["db-follow-the-sun"],
      mentees: ["kenji", "lena"],
    });
    expect(new Set(plan.pairings.map((p) => p.schedule))).toEqual(new Set(["db-follow-the-sun"]));
    expect(plan.stats.mentees).toBe(2);
  });

  it("writes the table, the gantt chart and the optimality a lead reads at a glance", async () => {
    const text = textOf(await session.call("suggest_shadow_pairings", {}));
    expect(text).toContain("## Shadow on-call rotation, 2026-11-24 12:00 to 2026-12-22 12:00 UTC");
    expect(text).toContain("4 of 4 mentees matched");
    expect(text).toContain("Proved optimal");
    expect(text).toContain(
      "| Mentee | Mentor | Schedule | Start (UTC) | End (UTC) | Overlap | Score | Why |",
    );
    expect(text).toContain("```mermaid\ngantt");
  });

  it("answers bad input with a sentence naming what to change", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ scheduleIds: ["nope"] }, /^No schedule "nope" \(scheduleIds\); known schedules: "payments-primary"/],
      [{ mentees: ["zed"] }, /^No engineer "zed" \(mentees\); known engineers: "/],
      [{ from: "2026-12-10", to: "2026-12-01" }, /to \(2026-12-01T00:00:00\.000Z\) must be after from/],
      [{ from: "2026-01-01", to: "2026-12-01" }, /plan at most 183 days/],
      [{ limits: { maxShadowsPerMentee: -1 } }, /maxShadowsPerMentee must be a whole number from 0 to 1000/],
      [{ weights: { load: 2000 } }, /weights\.load must be a number from 0 to 1000/],
      [{ weights: { tiredness: 1 } }, /weights: unknown field tiredness/],
      [{ from: "soon" }, /from: "soon" is not a date/],
    ];
    for (const [args, expected] of cases) {
      const result = await session.call("suggest_shadow_pairings", args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(textOf(result)).toMatch(expected);
    }
  });
});

describe("suggest_shadow_pairings on the small workspace", () => {
  let session: TestClient;
  beforeAll(async () => {
    session = await connectInMemory({ ONCALL_WORKSPACE: SMALL_WORKSPACE });
  });
  afterAll(async () => session?.close());

  it("keeps every hard rule, and says why each unmatched mentee is left out and what would fix it", async () => {
    for (const args of [{}, { from: "2026-12-14", to: "2027-01-04" }, { limits: { minOverlapHours: 8 } }]) {
      const limits = { ...DEFAULT_PLAN_LIMITS, ...(args as { limits?: Partial<PlanLimits> }).limits };
      await checkPlan(SMALL_WORKSPACE, session, args, limits);
    }
    // Over Christmas Dave is away: he is left out, with the reason and the fix in both outputs.
    const result = await session.call("suggest_shadow_pairings", { from: "2026-12-21", to: "2027-01-01" });
    const plan = result.structuredContent as PlanOutput;
    const dave = plan.unmatched.find((u) => u.mentee === "dave");
    expect(dave?.reason).toMatch(/^unavailable the whole window \(PTO\)/);
    expect(textOf(result)).toContain(`- **Dave Schmidt**: ${dave!.reason}. To fix: ${dave!.fix}.`);
  });

  it("has a checker that would catch broken pairings (so the checks above are not vacuous)", async () => {
    const window = { from: "2026-11-30T00:00:00.000Z", to: "2026-12-07T00:00:00.000Z" };
    const team = await createWorkspaceSources({
      workspaceDir: SMALL_WORKSPACE,
      runbookDir: "runbooks",
    }).team.load();
    const shifts = await renderedShifts(SMALL_WORKSPACE, window.from, window.to);
    // Alice is on call for payments-primary from 30 Nov 17:00 UTC past the window's end; Erin (Berlin, 08:00–16:00
    // UTC) works 4 days of it, 32 h, and is at the dentist on 3 Dec. Dave is on the ledger rota every third day, and
    // Bob is no mentor (nor on call then).
    const aliceWeek = shifts.find((s) => s.scheduleId === "payments-primary" && s.user === "alice")!;
    const erin = {
      mentee: "erin",
      mentor: "alice",
      schedule: "payments-primary",
      ...aliceWeek,
      overlapHours: 40,
    };
    const dave = { ...erin, mentee: "dave", mentor: "bob", overlapHours: 32 };
    expect(hardConstraintViolations([erin, dave], team, shifts, DEFAULT_PLAN_LIMITS)).toEqual([
      "pairing 0 (erin with alice 2026-11-30T17:00:00.000Z): says 40 h of overlap, is 32 h",
      "pairing 0 (erin with alice 2026-11-30T17:00:00.000Z): mentee is away",
      "pairing 1 (dave with bob 2026-11-30T17:00:00.000Z): bob is not a mentor",
      "pairing 1 (dave with bob 2026-11-30T17:00:00.000Z): not a shift of bob on payments-primary",
      "pairing 1 (dave with bob 2026-11-30T17:00:00.000Z): mentee is on call",
      "payments-primary|2026-11-30T17:00:00.000Z|2026-12-07T00:00:00.000Z: 2 mentees",
    ]);
  });
});

describe("suggest_shadow_pairings in PagerDuty mode", () => {
  const sources = useBothSources(DEMO_WORKSPACE);

  it("plans the same from PagerDuty's rendered schedules, incidents and log entries", async () => {
    const args = { from: "2026-11-24T12:00:00Z", to: "2026-12-22T12:00:00Z" };
    const fromWorkspace = (await sources.workspace.call("suggest_shadow_pairings", args))
      .structuredContent as PlanOutput;
    const result = await sources.pagerduty.call("suggest_shadow_pairings", args);
    expect(result.isError, textOf(result)).toBeFalsy();
    const fromPagerDuty = result.structuredContent as PlanOutput;
    expect(fromPagerDuty.pairings).toEqual(fromWorkspace.pairings);
    expect(fromPagerDuty.unmatched).toEqual(fromWorkspace.unmatched);
    expect({ ...fromPagerDuty.stats, solveMillis: 0 }).toEqual({ ...fromWorkspace.stats, solveMillis: 0 });
    expect(sources.fake.requests.some((r) => r.path === "/schedules/PSC1PAY")).toBe(true);
    expect(sources.fake.violations).toEqual([]);
  });
});

// Mia (a mentee, London) may shadow one shift of the week. Ana was on call 21 of the last 28 days (504 h) and Ben
// 6 days and 15 hours (159 h), so their load scores are 0 and 1 − 159/504 = 0.685. Every weekday shift overlaps
// Mia's hours by 8 h and covers the service she is learning; she shadowed Ben before, so Ana alone is new to her
// (+0.5 novelty). Without the load term Ana's shifts score 0.5 + 2 + 0.5 = 3 against Ben's 2.5; with it at weight 1,
// Ben's only weekday shift (Thursday 3 December) scores 2.5 + 0.685 = 3.185 against Ana's 3.
const LOAD_TEAM = `asOf: 2026-11-30T00:00:00Z
engineers:
  - { id: ana, name: Ana Lima, timeZone: Europe/London, level: senior }
  - { id: ben, name: Ben Ode, timeZone: Europe/London, level: senior }
  - { id: mia, name: Mia Roth, timeZone: Europe/London, level: junior, learning: [api] }
services:
  - { id: api, name: API }
schedules:
  - id: api-daily
    name: API daily
    timeZone: Europe/London
    services: [api]
    rotation: { start: "2026-11-02T09:00", length: 1d, users: [ana, ana, ana, ben] }
shadowHistory:
  - { mentee: mia, mentor: ben, schedule: api-daily, start: 2026-11-05T09:00:00Z, end: 2026-11-06T09:00:00Z }
`;

describe("the mentor-load term", () => {
  let workspace: TempWorkspace;
  let session: TestClient;
  beforeAll(async () => {
    workspace = copyWorkspace(SMALL_WORKSPACE, { teamYaml: LOAD_TEAM });
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  const choose = async (load: number) => {
    const args = {
      from: "2026-11-30",
      to: "2026-12-07",
      limits: { maxShadowsPerMentee: 1 },
      weights: { load },
    };
    const plan = (await session.call("suggest_shadow_pairings", args)).structuredContent as PlanOutput;
    return plan.pairings.map((p) => ({
      mentor: p.mentor,
      start: p.start,
      score: p.score,
      reasons: p.reasons,
    }));
  };

  it("chooses the less loaded mentor when its weight is above 0", async () => {
    const [pairing, ...rest] = await choose(1);
    expect(rest).toEqual([]);
    expect(pairing).toMatchObject({ mentor: "ben", start: "2026-12-03T09:00:00.000Z", score: 3.185 });
    expect(pairing?.reasons).toContain("Ben Ode's recent on-call load scores 0.68 (1 = lightest)");
  });

  it("does not change the choice when its weight is 0", async () => {
    const pairings = await choose(0);
    expect(pairings.map((p) => [p.mentor, p.score])).toEqual([["ana", 3]]);
    expect(pairings[0]!.reasons.some((reason) => reason.includes("load"))).toBe(false);
  });
});
