// What is kept between searches: the list-level index of incidents per service filter (title, key, service: what
// never changes once an incident exists). Bounded, least recently used out first. No I/O, no clock.
import type { Incident } from "../../model.js";
import type { SimilarityDocument } from "./document.js";

export interface IndexedIncident {
  incident: Incident;
  /** Title, incident key and service: what the incident list gives. */
  document: SimilarityDocument;
}

/** [since, until) in epoch milliseconds. */
export interface Window {
  since: number;
  until: number;
}

export interface IncidentIndex {
  covered: Window;
  incidents: Map<string, IndexedIncident>;
}

/** What fixed an incident, from its notes and log entries. */
export interface ResolutionFacts {
  resolution: string | null;
  resolvedBy: { id: string; name: string } | null;
  timeToResolveSeconds: number | null;
}

export const CACHE_LIMITS = { incidents: 20_000, indexes: 8 } as const;

export interface ReadPlan {
  /** Windows to read from the source, oldest first. */
  reads: Window[];
  /** True when the index cannot be extended (nothing cached, or a gap): start a new one over `wanted`. */
  fresh: boolean;
}

/**
 * What to read for `wanted`: the part before the covered window, and what came after it once the index is older
 * than `freshnessMs` (so a burst of searches does not re-read the newest page every time).
 */
export function planReads(covered: Window | null, wanted: Window, freshnessMs: number): ReadPlan {
  if (!covered || wanted.until < covered.since || wanted.since > covered.until + freshnessMs)
    return { reads: [wanted], fresh: true };
  const reads: Window[] = [];
  if (wanted.since < covered.since) reads.push({ since: wanted.since, until: covered.since });
  if (wanted.until > covered.until + freshnessMs) reads.push({ since: covered.until, until: wanted.until });
  return { reads, fresh: false };
}

function touch<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  if (value === undefined) return undefined;
  map.delete(key);
  map.set(key, value);
  return value;
}

export class SimilarityCache {
  private readonly indexes = new Map<string, IncidentIndex>();

  constructor(readonly limits: { incidents: number; indexes: number } = CACHE_LIMITS) {}

  index(key: string): IncidentIndex | undefined {
    return touch(this.indexes, key);
  }

  /** Keeps the index unless it alone is over the bound; drops the least recently used ones to make room. */
  storeIndex(key: string, index: IncidentIndex): void {
    this.indexes.delete(key);
    if (index.incidents.size > this.limits.incidents) return;
    this.indexes.set(key, index);
    let total = 0;
    for (const kept of this.indexes.values()) total += kept.incidents.size;
    for (const [oldest, kept] of this.indexes) {
      if (total <= this.limits.incidents && this.indexes.size <= this.limits.indexes) break;
      if (oldest === key) continue;
      this.indexes.delete(oldest);
      total -= kept.incidents.size;
    }
  }

  /** Incidents held in all indexes: what the size bound counts. */
  get indexedIncidents(): number {
    let total = 0;
    for (const index of this.indexes.values()) total += index.incidents.size;
    return total;
  }
}
