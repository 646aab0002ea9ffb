import { describe, expect, it } from "vitest";
import { retrievalQuality } from "../../../src/incidents/similar/evaluate.js";

describe("retrievalQuality", () => {
  it("averages recall@k and reciprocal rank over every member of every group", () => {
    const groups = [
      { cause: "leak", incidentIds: ["a", "b", "c"] },
      { cause: "disk", incidentIds: ["d", "e"] },
    ];
    const ranked = new Map([
      ["a", ["b", "x", "c"]], // both relevant in the top 3: recall 1, first at rank 1
      ["b", ["x", "a", "y", "c"]], // a only in the top 3: recall 1/2, first at rank 2
      ["c", ["x", "y", "z", "a"]], // none in the top 3: recall 0, first at rank 4
      ["d", ["e"]], // recall 1, rank 1
      // e: no answer at all: recall 0, reciprocal rank 0
    ]);
    const quality = retrievalQuality(groups, ranked, 3);
    expect(quality.queries).toBe(5);
    expect(quality.recallAtK).toBeCloseTo((1 + 0.5 + 0 + 1 + 0) / 5, 10);
    expect(quality.meanReciprocalRank).toBeCloseTo((1 + 0.5 + 0.25 + 1 + 0) / 5, 10);
  });

  it("counts recall against min(relevant, k) and skips groups of one", () => {
    const groups = [
      { cause: "big", incidentIds: ["a", "b", "c", "d", "e"] },
      { cause: "alone", incidentIds: ["z"] },
    ];
    const quality = retrievalQuality(groups, new Map([["a", ["b", "c"]]]), 2);
    expect(quality.queries).toBe(5);
    expect(quality.recallAtK).toBeCloseTo(1 / 5, 10);
  });
});
