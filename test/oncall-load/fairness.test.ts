import { describe, expect, it } from "vitest";
import { gini } from "../../src/oncall-load/fairness.js";

describe("gini", () => {
  it("is 0 when everyone carries the same, or nobody carries anything", () => {
    expect(gini([5, 5, 5])).toBe(0);
    expect(gini([0, 0])).toBe(0);
    expect(gini([])).toBe(0);
  });

  it("is (n-1)/n when one person carries it all", () => {
    expect(gini([0, 0, 0, 4])).toBeCloseTo(0.75, 12);
  });

  it("matches the pairwise definition Σ|xi−xj| / (2n²·mean) on known values", () => {
    // Pairwise differences of 1..4 sum to 20 (ordered pairs); 2·16·2.5 = 80.
    expect(gini([4, 1, 3, 2])).toBeCloseTo(0.25, 12);
    // 216, 335, 337, 408: unordered differences 119+121+192+2+73+71 = 578; 2·578 / (2·16·324) = 0.111497…
    expect(gini([408, 216, 337, 335])).toBeCloseTo(1156 / 10368, 12);
  });
});
