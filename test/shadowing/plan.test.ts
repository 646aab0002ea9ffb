import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { NotFoundError, UserInputError } from "../../src/lib/errors.js";
import { planShadowRotation } from "../../src/shadowing/plan/plan-shadow-rotation.js";
import type { ShadowPlan } from "../../src/shadowing/plan/plan-types.js";
import { shadowPlanOutputSchema } from "../../src/shadowing/plan/shadow-plan-schema.js";
import { engineer, mentee, mentor, shift } from "../builders/index.js";
import { planInput } from "./team-fixture.js";

// Alice (Los Angeles) and Bob (London) mentor; Carl is senior but no mentor. Erin works in London, Gina in
// Tokyo (09:00–17:00 there is 00:00–08:00 UTC), Finn is on leave all week.
const alice = mentor("alice", { timeZone: "America/Los_Angeles" });
const bob = mentor("bob");
const carl = engineer("carl", { level: "senior" });
const erin = mentee("erin", { learning: ["payments-api"] });
const gina = mentee("gina", { timeZone: "Asia/Tokyo", learning: ["gateway"] });
const finn = mentee("finn", {
  unavailable: [{ start: "2026-11-28T00:00:00Z", end: "2026-12-12T00:00:00Z", reason: "PTO" }],
});
const A = shift("payments", "alice", "2026-11-30T09:00:00Z", "2026-12-01T09:00:00Z");
const B = shift("payments", "carl", "2026-12-01T09:00:00Z", "2026-12-02T09:00:00Z");
const C = shift("payments", "bob", "2026-12-02T09:00:00Z", "2026-12-03T09:00:00Z");
const P = shift("platform", "bob", "2026-11-30T12:00:00Z", "2026-11-30T20:00:00Z");

const team = planInput({
  engineers: [alice, bob, carl, erin, gina, finn],
  shifts: [A, B, C, P],
  incidentCounts: { "payments-api": 5 },
});

describe("planShadowRotation", () => {
  // Erin may take A (8 h), C (8 h) or P (5 h), but A and P overlap; Gina may take A or C (8 h each, in her
  // night). Three pairings at most (three mentor shifts). Scores: Erin-C 0.5 + 2 + 0.5 + 1 = 4, Erin-P
  // 5/13 + 1 = 1.385, Gina-A = Gina-C = 0.5 + 0.5 + 1 = 2. Best: Erin C and P, Gina A = 7.385.
  const plan = planShadowRotation(team);

  it("pairs to match the most mentees, then the most shifts, then the best score", () => {
    expect(
      plan.pairings.map((p) => [p.mentee.id, p.mentor.id, p.schedule.id, p.start, p.overlapHours, p.score]),
    ).toEqual([
      ["gina", "alice", "payments", "2026-11-30T09:00:00.000Z", 8, 2],
      ["erin", "bob", "platform", "2026-11-30T12:00:00.000Z", 5, 1.385],
      ["erin", "bob", "payments", "2026-12-02T09:00:00.000Z", 8, 4],
    ]);
    expect(plan.stats).toEqual({
      mentees: 3,
      menteesMatched: 2,
      pairings: 3,
      shiftsConsidered: 4,
      objective: { menteesMatched: 2, pairings: 3, score: 7.385 },
      optimal: { menteesMatched: true, pairings: true, score: true },
      bound: { menteesMatched: 2, pairings: 3, score: 7.385 },
      solveMillis: 0,
    });
  });

  it("gives each pairing the people, times and reasons a reader needs", () => {
    const erinOnC = plan.pairings[2]!;
    expect(erinOnC).toEqual({
      mentee: { id: "erin", name: "Erin", timeZone: "Europe/London" },
      mentor: { id: "bob", name: "Bob", timeZone: "Europe/London" },
      schedule: { id: "payments", name: "Payments primary" },
      start: "2026-12-02T09:00:00.000Z",
      end: "2026-12-03T09:00:00.000Z",
      overlapHours: 8,
      services: ["payments-api"],
      score: 4,
      reasons: [
        "covers payments-api, which Erin wants to learn",
        "first shadow with Bob; first time on payments-api",
        "overlaps Erin's working hours by 8 h",
        "5 recent incidents on its services",
      ],
    });
    expect(plan.pairings[1]!.reasons).toContain("quiet: no recent incidents on its services");
  });

  it("says why Finn got nothing, and what would change it", () => {
    expect(plan.unmatched).toEqual([
      {
        mentee: { id: "finn", name: "Finn" },
        reason: "unavailable the whole window (PTO)",
        fix: "plan a window that starts after their time off",
      },
    ]);
  });

  it("fits the output schema the tool will declare", () => {
    const declared: z.input<typeof shadowPlanOutputSchema> = plan;
    expect(shadowPlanOutputSchema.parse(declared)).toEqual(plan);
  });

  it("prefers a mentor Erin has not shadowed, when the counts allow the choice", () => {
    // With Erin limited to one shift and Gina out of the picture, Erin picks between C (bob) and A (alice).
    // History: Erin shadowed Bob on payments before, so C loses its novelty (1) and scores 3; A scores
    // 0.5 + 2 + 0.5 + 0.5 (new mentor only) = 3.5.
    const result = planShadowRotation({
      ...team,
      menteeIds: ["erin"],
      limits: { maxShadowsPerMentee: 1 },
      shadowHistory: [
        {
          mentee: "erin",
          mentor: "bob",
          schedule: "payments",
          start: "2026-10-05T09:00:00Z",
          end: "2026-10-06T09:00:00Z",
        },
      ],
    });
    expect(result.pairings.map((p) => [p.mentor.id, p.score])).toEqual([["alice", 3.5]]);
  });

  it("turns a score term off with a weight of 0", () => {
    const result = planShadowRotation({ ...team, weights: { novelty: 0 } });
    expect(result.stats.objective.score).toBe(7.385 - 3);
    expect(result.pairings.flatMap((p) => p.reasons).some((r) => r.startsWith("first"))).toBe(false);
  });

  it("rejects names and numbers it cannot use, saying what to change", () => {
    expect(() => planShadowRotation({ ...team, scheduleIds: ["nope"] })).toThrow(NotFoundError);
    expect(() => planShadowRotation({ ...team, scheduleIds: ["nope"] })).toThrow(
      'No schedule "nope" (scheduleIds); known schedules: "payments", "platform", "ops".',
    );
    expect(() => planShadowRotation({ ...team, menteeIds: ["zed"] })).toThrow(NotFoundError);
    expect(() =>
      planShadowRotation({ ...team, window: { from: "2026-12-07T00:00:00Z", to: "2026-11-30T00:00:00Z" } }),
    ).toThrow(UserInputError);
    expect(() => planShadowRotation({ ...team, limits: { maxShadowsPerMentor: -1 } })).toThrow(
      "maxShadowsPerMentor must be a whole number from 0 to 1000; it was -1.",
    );
    expect(() => planShadowRotation({ ...team, weights: { learning: Number.NaN } })).toThrow(UserInputError);
  });
});

describe("planShadowRotation: each rule, broken on purpose", () => {
  const reasonFor = (result: ShadowPlan, id: string) => result.unmatched.find((u) => u.mentee.id === id);

  it("keeps mentees off shifts whose on-call person is no mentor", () => {
    const result = planShadowRotation({ ...team, menteeIds: ["erin"], shifts: [B] });
    expect(result.pairings).toEqual([]);
    expect(reasonFor(result, "erin")?.reason).toBe(
      "no mentor is on call in the chosen schedules during the window",
    );
  });

  it("keeps a mentee off shifts while they are on call themselves", () => {
    const ownTurn = shift("ops", "erin", "2026-11-30T08:00:00Z", "2026-12-03T10:00:00Z");
    const result = planShadowRotation({ ...team, menteeIds: ["erin"], shifts: [A, C, P, ownTurn] });
    expect(result.pairings).toEqual([]);
    expect(reasonFor(result, "erin")).toEqual({
      mentee: { id: "erin", name: "Erin" },
      reason: "on call themselves whenever a mentor is on call during their working hours",
      fix: "hand their own shifts to someone else with an override, or widen the window",
    });
  });

  it("keeps a mentee off shifts they are away for, even in part", () => {
    const away = mentee("erin", {
      unavailable: [
        { start: "2026-11-30T16:00:00Z", end: "2026-11-30T16:30:00Z", reason: null },
        { start: "2026-12-02T10:00:00Z", end: "2026-12-02T11:00:00Z", reason: null },
      ],
    });
    const result = planShadowRotation({ ...team, engineers: [alice, bob, away], shifts: [A, C, P] });
    expect(result.pairings).toEqual([]);
    expect(reasonFor(result, "erin")?.reason).toBe(
      "unavailable whenever a mentor is on call during their working hours",
    );
  });

  it("keeps mentees off shifts that barely touch their working hours", () => {
    // Gina's only mentor shift is P, outside her hours; with Friday's 2-hour overlap she is still short.
    const friday = shift("platform", "bob", "2026-12-04T06:00:00Z", "2026-12-04T14:00:00Z");
    const result = planShadowRotation({ ...team, menteeIds: ["gina"], shifts: [P, friday] });
    expect(result.pairings).toEqual([]);
    expect(reasonFor(result, "gina")).toEqual({
      mentee: { id: "gina", name: "Gina" },
      reason: "no mentor's shift overlaps their working hours by 4 h (the longest overlap is 2 h)",
      fix: "lower minOverlapHours to 2, or widen the window",
    });
    const relaxed = planShadowRotation({
      ...team,
      menteeIds: ["gina"],
      shifts: [P, friday],
      limits: { minOverlapHours: 2 },
    });
    expect(relaxed.pairings.map((p) => [p.start, p.overlapHours])).toEqual([["2026-12-04T06:00:00.000Z", 2]]);
  });

  it("says when no mentor is on call during a mentee's hours at all", () => {
    const result = planShadowRotation({ ...team, menteeIds: ["gina"], shifts: [P] });
    expect(reasonFor(result, "gina")?.reason).toBe(
      "no mentor on call during their working hours (mon, tue, wed, thu, fri 09:00–17:00 Asia/Tokyo)",
    );
  });

  it("says when the window holds no working day", () => {
    const weekend = { from: "2026-12-05T00:00:00Z", to: "2026-12-07T00:00:00Z" };
    const result = planShadowRotation({ ...team, menteeIds: ["erin"], window: weekend });
    expect(reasonFor(result, "erin")?.fix).toBe("widen the window to include their working days");
  });

  it("never gives a mentee two shifts that overlap", () => {
    // Erin alone, two shifts a mentee: A (8 h) and P (5 h) overlap on Monday; C does not.
    const result = planShadowRotation({ ...team, menteeIds: ["erin"] });
    expect(result.pairings.map((p) => p.start)).toEqual([
      "2026-11-30T09:00:00.000Z",
      "2026-12-02T09:00:00.000Z",
    ]);
  });

  it("respects the per-mentor limit in distinct shifts", () => {
    // Bob may host one shadowed shift, so P goes unused: Erin and Gina split A and C (either way scores
    // 4 + 2 = 6), where without the limit Erin also took P.
    const result = planShadowRotation({ ...team, limits: { maxShadowsPerMentor: 1 } });
    expect(result.pairings.filter((p) => p.mentor.id === "bob")).toHaveLength(1);
    expect(result.pairings.map((p) => p.schedule.id)).toEqual(["payments", "payments"]);
    expect(result.stats.objective).toEqual({ menteesMatched: 2, pairings: 2, score: 6 });
    expect(result.stats.optimal.score).toBe(true);
  });

  it("explains a mentee who lost the only shift to another", () => {
    // One shift, two mentees who can both take it: Erin wants payments-api and scores higher.
    const hana = mentee("hana");
    const result = planShadowRotation({ ...team, engineers: [alice, erin, hana], shifts: [A] });
    expect(result.pairings.map((p) => p.mentee.id)).toEqual(["erin"]);
    expect(reasonFor(result, "hana")).toEqual({
      mentee: { id: "hana", name: "Hana" },
      reason:
        "the only shift they could shadow went to another mentee (giving them one would leave another mentee with none): it already has 1 mentee (maxShadowsPerShift)",
      fix: "raise maxShadowsPerMentor (now 2) or maxShadowsPerShift (now 1), widen the window, or draw from more schedules",
    });
    const shared = planShadowRotation({
      ...team,
      engineers: [alice, erin, hana],
      shifts: [A],
      limits: { maxShadowsPerShift: 2 },
    });
    expect(shared.pairings.map((p) => p.mentee.id)).toEqual(["erin", "hana"]);
  });

  it("names the mentors who reached their limit", () => {
    // Alice has two shifts but may host one shadowed shift; Erin (learning payments-api) wins it.
    const hana = mentee("hana");
    const tuesday = shift("payments", "alice", "2026-12-01T09:00:00Z", "2026-12-02T09:00:00Z");
    const result = planShadowRotation({
      ...team,
      engineers: [alice, erin, hana],
      shifts: [A, tuesday],
      limits: { maxShadowsPerMentor: 1, maxShadowsPerMentee: 1 },
    });
    expect(result.pairings.map((p) => p.mentee.id)).toEqual(["erin"]);
    expect(reasonFor(result, "hana")?.reason).toBe(
      "the 2 shifts they could shadow went to other mentees (giving them one would leave another mentee with none): Alice already has 1 shadowed shift (maxShadowsPerMentor); 1 of them already has 1 mentee (maxShadowsPerShift)",
    );
  });

  it("says so when a limit of 0 rules everyone out", () => {
    const result = planShadowRotation({ ...team, limits: { maxShadowsPerShift: 0 } });
    expect(result.pairings).toEqual([]);
    expect(result.unmatched.map((u) => u.reason)).toEqual(
      Array(3).fill("maxShadowsPerShift is 0, so nobody can shadow"),
    );
  });

  it("draws only from the schedules asked for, but sees on-call time in all of them", () => {
    const ownTurn = shift("platform", "erin", "2026-12-02T12:00:00Z", "2026-12-02T13:00:00Z");
    const result = planShadowRotation({
      ...team,
      menteeIds: ["erin"],
      scheduleIds: ["payments"],
      shifts: [A, C, P, ownTurn],
    });
    expect(result.pairings.map((p) => p.start)).toEqual(["2026-11-30T09:00:00.000Z"]);
    expect(result.stats.shiftsConsidered).toBe(2);
  });
});
