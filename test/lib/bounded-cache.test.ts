import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../src/lib/bounded-cache.js";

describe("BoundedCache", () => {
  it("evicts the least recently used entry past maxEntries", () => {
    const cache = new BoundedCache<string, number>({ maxEntries: 2, maxWeight: 100 });
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3);
    expect(cache.has("b")).toBe(false);
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(cache.size).toBe(2);
  });

  it("evicts by weight, and keeps nothing heavier than the whole bound", () => {
    const cache = new BoundedCache<string, string>({ maxEntries: 10, maxWeight: 10, weigh: (v) => v.length });
    cache.set("x", "aaaa");
    cache.set("y", "bbbb");
    expect(cache.weight).toBe(8);
    cache.set("z", "cccc"); // 12 > 10: x goes
    expect(cache.has("x")).toBe(false);
    expect(cache.weight).toBe(8);
    cache.set("huge", "d".repeat(11));
    expect(cache.has("huge")).toBe(false);
    expect(cache.weight).toBe(8);
    cache.set("y", "b"); // replacing counts the new weight only
    expect(cache.weight).toBe(5);
    expect(cache.delete("y")).toBe(true);
    expect(cache.weight).toBe(4);
  });

  it("refuses a bound that is not a whole number of at least 1", () => {
    expect(() => new BoundedCache({ maxEntries: 0, maxWeight: 1 })).toThrow(RangeError);
  });
});
