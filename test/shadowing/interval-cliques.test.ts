import { describe, expect, it } from "vitest";
import { coverByCliques } from "../../src/shadowing/solver/interval-cliques.js";

describe("coverByCliques", () => {
  it("groups intervals that share a moment, as few groups as the widest gap allows", () => {
    // [0,5) and [3,9) share 3–5; [6,12) and [10,11) share 10–11. [3,9) and [6,12) also overlap, but two
    // cliques are the minimum, since [0,5) and [6,12) are disjoint.
    const intervals = [
      { start: 6, end: 12 },
      { start: 0, end: 5 },
      { start: 10, end: 11 },
      { start: 3, end: 9 },
    ];
    expect(coverByCliques(intervals)).toEqual([1, 0, 1, 0]);
  });

  it("keeps intervals that only touch in different cliques", () => {
    expect(
      coverByCliques([
        { start: 0, end: 5 },
        { start: 5, end: 9 },
      ]),
    ).toEqual([0, 1]);
  });
});
