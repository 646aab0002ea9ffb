import { describe, expect, it } from "vitest";
import { mapBounded } from "../../src/lib/map-bounded.js";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("mapBounded", () => {
  it("runs at most `concurrency` tasks at once and keeps the items' order", async () => {
    let running = 0;
    let most = 0;
    const results = await mapBounded([5, 1, 4, 2, 3, 6, 7, 8, 9], 4, async (value) => {
      running += 1;
      most = Math.max(most, running);
      for (let i = 0; i < value; i++) await tick();
      running -= 1;
      return value * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30, 60, 70, 80, 90]);
    expect(most).toBe(4);
  });

  it("starts no task after the signal aborts, and rejects with its reason", async () => {
    const controller = new AbortController();
    const started: number[] = [];
    const work = mapBounded(
      [1, 2, 3, 4, 5, 6],
      2,
      async (value) => {
        started.push(value);
        if (value === 2) controller.abort(new Error("cancelled by the client"));
        await tick();
        return value;
      },
      controller.signal,
    );
    await expect(work).rejects.toThrow("cancelled by the client");
    expect(started).toEqual([1, 2]);
  });

  it("stops starting tasks once one fails", async () => {
    const started: number[] = [];
    const work = mapBounded([1, 2, 3, 4, 5], 1, async (value) => {
      started.push(value);
      if (value === 2) throw new Error("upstream failed");
      return value;
    });
    await expect(work).rejects.toThrow("upstream failed");
    expect(started).toEqual([1, 2]);
  });
});

describe("mapBounded without a signal", () => {
  it("keeps the input order and never has more than `limit` calls in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapBounded([30, 5, 20, 1, 10, 2], 3, async (delay) => {
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
      mapBounded([1, 2], 2, async (n) => {
        if (n === 2) throw new Error("two");
        return n;
      }),
    ).rejects.toThrow("two");
  });

  it("returns nothing for nothing", async () => {
    expect(await mapBounded([], 3, async (n: number) => n)).toEqual([]);
  });
});
