// Resolved incidents do not change, so their records are kept: a conversation that asks about the same incident
// three times costs one fetch. Bounded in incidents and in records held; one cache per incident source.
import { BoundedCache } from "../lib/bounded-cache.js";
import type { IncidentSource } from "../ports/sources.js";
import type { IncidentRecords } from "./summarize.js";

export type CachedRecords = Omit<IncidentRecords, "requests">;

export const CACHE_LIMITS = { incidents: 64, records: 50_000 } as const;

export class ResolvedIncidentCache {
  private readonly byId = new BoundedCache<string, CachedRecords>({
    maxEntries: CACHE_LIMITS.incidents,
    maxWeight: CACHE_LIMITS.records,
    weigh: (records) =>
      1 + records.logEntries.items.length + records.notes.length + records.alerts.items.length,
  });
  /** Incident number → id, so a number finds what its id stored. */
  private readonly idByNumber = new BoundedCache<string, string>({
    maxEntries: CACHE_LIMITS.incidents * 4,
    maxWeight: Number.POSITIVE_INFINITY,
  });

  get(idOrNumber: string): CachedRecords | undefined {
    const wanted = idOrNumber.trim();
    return this.byId.get(wanted) ?? this.byId.get(this.idByNumber.get(wanted) ?? "");
  }

  /** Keeps the records when the incident is resolved; open incidents still change and are never kept. */
  remember(records: CachedRecords): void {
    if (records.incident.status !== "resolved") return;
    this.byId.set(records.incident.id, records);
    this.idByNumber.set(String(records.incident.number), records.incident.id);
  }

  /** After a write to the incident (a note added), its records are read again next time. */
  forget(incidentId: string): void {
    this.byId.delete(incidentId);
  }
}

const caches = new WeakMap<IncidentSource, ResolvedIncidentCache>();

/** The cache that belongs to this source: it lives as long as the source (the server session) does. */
export function resolvedIncidentCache(source: IncidentSource): ResolvedIncidentCache {
  let cache = caches.get(source);
  if (!cache) {
    cache = new ResolvedIncidentCache();
    caches.set(source, cache);
  }
  return cache;
}
