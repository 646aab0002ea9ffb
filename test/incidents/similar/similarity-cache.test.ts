import { describe, expect, it } from "vitest";
import { listDocument } from "../../../src/incidents/similar/document.js";
import {
  type IncidentIndex,
  planReads,
  SimilarityCache,
} from "../../../src/incidents/similar/similarity-cache.js";
import { incident } from "../../builders/index.js";

const MINUTE = 60_000;

describe("planReads", () => {
  it("reads the whole window when nothing is cached", () => {
    expect(planReads(null, { since: 0, until: 100 * MINUTE }, MINUTE)).toEqual({
      reads: [{ since: 0, until: 100 * MINUTE }],
      fresh: true,
    });
  });

  it("reads nothing for a window the index covers, nor for the last minute past it", () => {
    const covered = { since: 0, until: 100 * MINUTE };
    expect(planReads(covered, { since: 10 * MINUTE, until: 100 * MINUTE }, MINUTE)).toEqual({
      reads: [],
      fresh: false,
    });
    expect(planReads(covered, { since: 0, until: 100.5 * MINUTE }, MINUTE).reads).toEqual([]);
  });

  it("reads only what lies before and after the covered window", () => {
    const covered = { since: 50 * MINUTE, until: 100 * MINUTE };
    expect(planReads(covered, { since: 20 * MINUTE, until: 130 * MINUTE }, MINUTE)).toEqual({
      reads: [
        { since: 20 * MINUTE, until: 50 * MINUTE },
        { since: 100 * MINUTE, until: 130 * MINUTE },
      ],
      fresh: false,
    });
  });

  it("starts afresh across a gap", () => {
    const covered = { since: 0, until: 10 * MINUTE };
    expect(planReads(covered, { since: 20 * MINUTE, until: 30 * MINUTE }, MINUTE).fresh).toBe(true);
    expect(
      planReads({ since: 40 * MINUTE, until: 50 * MINUTE }, { since: 0, until: 30 * MINUTE }, MINUTE).fresh,
    ).toBe(true);
  });
});

function indexOf(count: number, prefix: string): IncidentIndex {
  const incidents = new Map(
    Array.from({ length: count }, (_, i) => {
      const record = incident({ id: `${prefix}${i}` });
      return [record.id, { incident: record, document: listDocument(record) }] as const;
    }),
  );
  return { covered: { since: 0, until: 1 }, incidents };
}

describe("SimilarityCache", () => {
  it("keeps indexes within the incident bound, dropping the least recently used first", () => {
    const cache = new SimilarityCache({ incidents: 10, indexes: 5 });
    cache.storeIndex("a", indexOf(4, "a"));
    cache.storeIndex("b", indexOf(4, "b"));
    expect(cache.index("a")).toBeDefined(); // a is now the more recently used
    cache.storeIndex("c", indexOf(4, "c"));
    expect(cache.index("b")).toBeUndefined();
    expect(cache.index("a")?.incidents.size).toBe(4);
    expect(cache.index("c")?.incidents.size).toBe(4);
    expect(cache.indexedIncidents).toBe(8);
  });

  it("does not keep an index larger than the bound, and bounds the number of indexes", () => {
    const cache = new SimilarityCache({ incidents: 10, indexes: 2 });
    cache.storeIndex("huge", indexOf(11, "h"));
    expect(cache.index("huge")).toBeUndefined();
    cache.storeIndex("a", indexOf(1, "a"));
    cache.storeIndex("b", indexOf(1, "b"));
    cache.storeIndex("c", indexOf(1, "c"));
    expect([cache.index("a"), cache.index("b"), cache.index("c")].map(Boolean)).toEqual([false, true, true]);
  });
});
