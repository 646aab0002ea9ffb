// What is read of a resolved incident is kept: in PagerDuty a resolved incident stays resolved, and only notes can
// still be added (through this wrapper, which then forgets the incident). A conversation that asks about the same
// incident three times costs one round of requests.
//
// Lifetime: as long as the sources, which select.ts builds once per server process; every HTTP session shares them.
// Bounded in incidents and in records held, least recently used out first.
import { BoundedCache } from "../../lib/bounded-cache.js";
import type { Incident } from "../../model.js";
import type { FetchContext, IncidentSource } from "../../ports/sources.js";

export const RESOLVED_CACHE_LIMITS = { incidents: 64, records: 50_000 } as const;

interface Read {
  value: unknown;
  weight: number;
  /** The request clock when the read's answer arrived. */
  endedAt: number;
}

interface Entry {
  incident: Incident | null;
  /** The request clock when the request that showed the incident resolved was sent; null: not known resolved. */
  resolvedFrom: number | null;
  reads: Map<string, Read>;
}

function weightOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const items = (value as { items?: unknown[] } | null)?.items;
  return Array.isArray(items) ? items.length : 1;
}

export function cacheResolvedRecords(
  source: IncidentSource,
  limits: { incidents: number; records: number } = RESOLVED_CACHE_LIMITS,
): IncidentSource {
  const entries = new BoundedCache<string, Entry>({
    maxEntries: limits.incidents,
    maxWeight: limits.records,
    weigh: (entry) => 1 + [...entry.reads.values()].reduce((sum, read) => sum + read.weight, 0),
  });
  const idByNumber = new BoundedCache<string, string>({
    maxEntries: limits.incidents * 4,
    maxWeight: Number.POSITIVE_INFINITY,
  });
  // Counts requests sent and answers received: a read is served again only if its answer arrived after the
  // request that showed the incident resolved was sent, so nothing read while it was still open is kept.
  let clock = 0;

  const entryOf = (id: string): Entry => {
    const entry = entries.get(id) ?? { incident: null, resolvedFrom: null, reads: new Map() };
    return entry;
  };
  const store = (id: string, entry: Entry) => entries.set(id, entry);

  const learn = (incident: Incident, sentAt: number) => {
    idByNumber.set(String(incident.number), incident.id);
    if (incident.status !== "resolved") {
      entries.delete(incident.id);
      return;
    }
    const entry = entryOf(incident.id);
    entry.incident = incident;
    entry.resolvedFrom = Math.min(entry.resolvedFrom ?? sentAt, sentAt);
    store(incident.id, entry);
  };

  const cachedRead = async <T>(id: string, key: string, read: () => Promise<T>): Promise<T> => {
    const known = entries.get(id);
    const kept = known?.reads.get(key);
    if (known?.resolvedFrom != null && kept && kept.endedAt >= known.resolvedFrom) return kept.value as T;
    clock++;
    const value = await read();
    const endedAt = ++clock;
    const entry = entryOf(id);
    entry.reads.set(key, { value, weight: weightOf(value), endedAt });
    store(id, entry);
    return value;
  };

  const resolvedIncident = (idOrNumber: string): Incident | null => {
    const wanted = idOrNumber.trim();
    const id = /^\d+$/.test(wanted) ? (idByNumber.get(wanted) ?? wanted) : wanted;
    const entry = entries.get(id);
    return entry?.resolvedFrom != null ? entry.incident : null;
  };

  return {
    cheapReads: source.cheapReads,
    noteRefusal: source.noteRefusal,

    async listIncidents(query, ctx) {
      const sentAt = ++clock;
      const page = await source.listIncidents(query, ctx);
      for (const incident of page.incidents) learn(incident, sentAt);
      return page;
    },
    async getIncident(idOrNumber, ctx) {
      const kept = resolvedIncident(idOrNumber);
      if (kept) return kept;
      const sentAt = ++clock;
      const incident = await source.getIncident(idOrNumber, ctx);
      learn(incident, sentAt);
      return incident;
    },
    listLogEntries: (incidentId, query, ctx?: FetchContext) =>
      cachedRead(incidentId, `log\u0000${query?.overview ?? false}\u0000${query?.limit ?? "all"}`, () =>
        source.listLogEntries(incidentId, query, ctx),
      ),
    listNotes: (incidentId, ctx) => cachedRead(incidentId, "notes", () => source.listNotes(incidentId, ctx)),
    listAlerts: (incidentId, query, ctx) =>
      cachedRead(incidentId, `alerts\u0000${query?.limit ?? "all"}`, () =>
        source.listAlerts(incidentId, query, ctx),
      ),
    listLogEntriesInWindow: (since, until, query, ctx) =>
      source.listLogEntriesInWindow(since, until, query, ctx),
    listDirectory: (kind, ctx) => source.listDirectory(kind, ctx),
    async addNote(incidentId, content, ctx) {
      try {
        return await source.addNote(incidentId, content, ctx);
      } finally {
        entries.delete(incidentId);
      }
    },
  };
}
