import { describe, expect, it } from "vitest";
import { planShadowRotation } from "../../src/shadowing/plan/plan-shadow-rotation.js";
import { DEFAULT_WEIGHTS, type PairFacts, pairReasons, scorePair } from "../../src/shadowing/plan/scoring.js";
import { mentee, mentor, shift } from "../builders/index.js";
import { planInput } from "./team-fixture.js";

const facts: PairFacts = {
  menteeName: "Erin",
  mentorName: "Alice",
  overlapHours: 8,
  learningMatches: [],
  incidents: 0,
  newMentor: false,
  newServices: [],
  serviceCount: 1,
};
const only = (weights: Partial<typeof DEFAULT_WEIGHTS>) => ({
  overlap: 0,
  learning: 0,
  activity: 0,
  novelty: 0,
  load: 0,
  ...weights,
});

describe("the load term", () => {
  it("adds weight × the mentor's load score, and nothing without load figures", () => {
    expect(scorePair({ ...facts, mentorLoad: 0.25 }, only({ load: 2 }))).toBe(0.5);
    expect(scorePair({ ...facts, mentorLoad: 1 }, only({ load: 1 }))).toBe(1);
    expect(scorePair(facts, only({ load: 3 }))).toBe(0);
    // With the defaults it adds 1 × 0.25 to 8/16 + 0 + 0 + 0.
    expect(scorePair({ ...facts, mentorLoad: 0.25 }, DEFAULT_WEIGHTS)).toBe(0.75);
  });

  it("says why when it counts, and stays silent when it is off or unknown", () => {
    expect(pairReasons({ ...facts, mentorLoad: 0.333 }, only({ load: 1 }))).toEqual([
      "Alice's recent on-call load scores 0.33 (1 = lightest)",
    ]);
    expect(pairReasons({ ...facts, mentorLoad: 0.333 }, only({ overlap: 1 }))).toEqual([
      "overlaps Erin's working hours by 8 h",
    ]);
    expect(pairReasons(facts, only({ load: 1 }))).toEqual([]);
  });
});

// Erin (London, 09:00–17:00) may shadow one shift: Alice's Monday (8 h in her hours) or Bob's Tuesday (6 h, from
// 11:00). Overlap terms: 8/16 = 0.5 and 6/14 = 0.4286. Alice carried the heaviest load lately (score 0), Bob little
// (score 0.9): with the load term at weight 1 Bob's shift scores 0.4286 + 0.9 = 1.3286 against Alice's 0.5.
describe("planShadowRotation with mentor load scores", () => {
  const alice = mentor("alice");
  const bob = mentor("bob");
  const erin = mentee("erin");
  const team = planInput({
    engineers: [alice, bob, erin],
    shifts: [
      shift("payments", "alice", "2026-11-30T09:00:00Z", "2026-11-30T17:00:00Z"),
      shift("payments", "bob", "2026-12-01T11:00:00Z", "2026-12-01T17:00:00Z"),
    ],
    limits: { maxShadowsPerMentee: 1 },
    mentorLoadScores: new Map([
      ["alice", 0],
      ["bob", 0.9],
    ]),
  });
  const chosen = (weights: Record<string, number>) =>
    planShadowRotation({
      ...team,
      weights: { learning: 0, activity: 0, novelty: 0, ...weights },
    }).pairings.map((p) => [p.mentor.id, p.score]);

  it("picks the less loaded mentor when its weight is above 0", () => {
    expect(chosen({ load: 1 })).toEqual([["bob", 1.329]]);
  });

  it("leaves the choice to the other terms when its weight is 0", () => {
    expect(chosen({ load: 0 })).toEqual([["alice", 0.5]]);
  });

  it("counts an engineer missing from the scores as unloaded (1)", () => {
    const plan = planShadowRotation({
      ...team,
      mentorLoadScores: { bob: 0.2 },
      weights: { learning: 0, activity: 0, novelty: 0, load: 1 },
    });
    // Alice 0.5 + 1 = 1.5 beats Bob 0.4286 + 0.2 = 0.629.
    expect(plan.pairings.map((p) => [p.mentor.id, p.score])).toEqual([["alice", 1.5]]);
  });
});

describe("incident counts given as a plain object", () => {
  it("counts 0 for a service named like an Object property, not a function", () => {
    // A service id such as "constructor" once read Object.prototype.constructor: the score became NaN.
    const plan = planShadowRotation(
      planInput({
        engineers: [mentor("alice"), mentee("erin")],
        schedules: [{ id: "odd", name: "Odd", timeZone: "Europe/London", services: ["constructor"] }],
        shifts: [shift("odd", "alice", "2026-11-30T09:00:00Z", "2026-11-30T17:00:00Z")],
        incidentCounts: {},
        weights: { learning: 0, novelty: 0 },
      }),
    );
    // 8/16 overlap + 0/(0+5) activity.
    expect(plan.pairings.map((p) => p.score)).toEqual([0.5]);
  });
});
