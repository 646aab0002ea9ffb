import { describe, expect, it } from "vitest";
import {
  CACHE_LIMITS,
  type CachedRecords,
  ResolvedIncidentCache,
} from "../../src/incidents/records-cache.js";
import { BoundedCache } from "../../src/lib/bounded-cache.js";
import { incident, logEntry } from "../builders/index.js";

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

function records(overrides: Parameters<typeof incident>[0], logEntries = 1): CachedRecords {
  return {
    incident: incident(overrides),
    logEntries: {
      items: Array.from({ length: logEntries }, (_, k) =>
        logEntry("notify", `2026-11-24T10:00:${String(k % 60).padStart(2, "0")}Z`),
      ),
      total: logEntries,
    },
    overviewOnly: false,
    notificationsNotRead: 0,
    notes: [],
    alerts: { items: [], total: 0 },
  };
}

describe("ResolvedIncidentCache", () => {
  it("keeps resolved incidents, found by id or number, and never open ones", () => {
    const cache = new ResolvedIncidentCache();
    cache.remember(records({ id: "QRESOLVED", number: 7 }));
    cache.remember(records({ id: "QOPEN", number: 8, status: "acknowledged", resolvedAt: null }));
    expect(cache.get("QRESOLVED")?.incident.number).toBe(7);
    expect(cache.get(" 7 ")?.incident.id).toBe("QRESOLVED");
    expect(cache.get("QOPEN")).toBeUndefined();
    expect(cache.get("8")).toBeUndefined();
  });

  it("forgets an incident written to, and stays within its bound on records", () => {
    const cache = new ResolvedIncidentCache();
    cache.remember(records({ id: "QA", number: 1 }));
    cache.forget("QA");
    expect(cache.get("QA")).toBeUndefined();
    expect(cache.get("1")).toBeUndefined();

    const half = Math.floor(CACHE_LIMITS.records / 2);
    cache.remember(records({ id: "QB", number: 2 }, half));
    cache.remember(records({ id: "QC", number: 3 }, half));
    expect(cache.get("QB")).toBeUndefined();
    expect(cache.get("QC")?.logEntries.total).toBe(half);
  });
});
