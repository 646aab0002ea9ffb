import { describe, expect, it } from "vitest";
import { mapWithLimit } from "../../src/oncall-load/map-with-limit.js";

describe("mapWithLimit", () => {
  it("keeps the input order and never has more than `limit` calls in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapWithLimit([30, 5, 20, 1, 10, 2], 3, async (delay) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delay));
      inFlight -= 1;
      return delay * 2;
    });
    expect(results).toEqual([60, 10, 40, 2, 20, 4]);
    expect(most).toBe(3);
  });

  it("passes a failure on", async () => {
    await expect(
      mapWithLimit([1, 2], 2, async (n) => {
        if (n === 2) throw new Error("two");
        return n;
      }),
    ).rejects.toThrow("two");
  });

  it("returns nothing for nothing", async () => {
    expect(await mapWithLimit([], 3, async (n: number) => n)).toEqual([]);
  });
});
