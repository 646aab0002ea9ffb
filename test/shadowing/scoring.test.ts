import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS, type PairFacts, pairReasons, scorePair } from "../../src/shadowing/plan/scoring.js";

const facts: PairFacts = {
  menteeName: "Erin",
  mentorName: "Alice",
  overlapHours: 4,
  learningMatches: [],
  incidents: 15,
  newMentor: false,
  newServices: ["ledger"],
  serviceCount: 4,
};

describe("scorePair", () => {
  it("adds weighted terms: overlap h/(h+8), learning, activity n/(n+5), novelty", () => {
    // 4/12 + 0 + 15/20 + (0 + 0.5 × 1/4) = 0.3333 + 0.75 + 0.125 = 1.2083 → 1.208
    expect(scorePair(facts, DEFAULT_WEIGHTS)).toBe(1.208);
    // Learning weighs 2: a match adds 2.
    expect(scorePair({ ...facts, learningMatches: ["ledger"] }, DEFAULT_WEIGHTS)).toBe(3.208);
    // A new mentor adds half a novelty point.
    expect(scorePair({ ...facts, newMentor: true }, DEFAULT_WEIGHTS)).toBe(1.708);
  });

  it("follows the weights given, 0 turning a term off", () => {
    const weights = { overlap: 3, learning: 0, activity: 0, novelty: 0, load: 0 };
    expect(scorePair({ ...facts, learningMatches: ["ledger"] }, weights)).toBe(1);
  });

  it("explains the strongest terms first and leaves out those switched off", () => {
    expect(pairReasons({ ...facts, newMentor: true }, DEFAULT_WEIGHTS)).toEqual([
      "15 recent incidents on its services",
      "first shadow with Alice; first time on ledger",
      "overlaps Erin's working hours by 4 h",
    ]);
    expect(pairReasons(facts, { ...DEFAULT_WEIGHTS, activity: 0, novelty: 0 })).toEqual([
      "overlaps Erin's working hours by 4 h",
    ]);
  });
});
