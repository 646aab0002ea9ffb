import { describe, expect, it } from "vitest";
import { median, percentile, secondsBetween } from "../../src/lib/stats.js";

describe("median", () => {
  it("takes the middle value of an odd count, in any input order", () => {
    expect(median([30, 10, 20])).toBe(20);
  });
  it("averages the two middle values of an even count", () => {
    expect(median([600, 120, 1200, 300])).toBe(450);
  });
  it("is null for no values", () => {
    expect(median([])).toBeNull();
  });
});

describe("percentile (nearest rank)", () => {
  it("p90 of 10, 20, … 100 is 90", () => {
    expect(percentile([100, 90, 80, 70, 60, 50, 40, 30, 20, 10], 90)).toBe(90);
  });
  it("p90 of 1 … 20 is 18", () => {
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        90,
      ),
    ).toBe(18);
  });
  it("p90 of four values is the largest", () => {
    expect(percentile([120, 300, 600, 1200], 90)).toBe(1200);
  });
  it("p90 of one value is that value, and of none is null", () => {
    expect(percentile([42], 90)).toBe(42);
    expect(percentile([], 90)).toBeNull();
  });
});

describe("secondsBetween", () => {
  it("counts whole seconds between two instants", () => {
    expect(secondsBetween("2026-11-24T10:00:00Z", "2026-11-24T10:17:30.000Z")).toBe(1050);
  });
});
