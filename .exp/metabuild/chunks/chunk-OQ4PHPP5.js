import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  BoundedCache
} from "./chunk-52YKPBLH.js";

// src/incidents/records-cache.ts
var CACHE_LIMITS = { incidents: 64, records: 5e4 }, ResolvedIncidentCache = class {
  byId = new BoundedCache({
    maxEntries: CACHE_LIMITS.incidents,
    maxWeight: CACHE_LIMITS.records,
    weigh: (records) => 1 + records.logEntries.items.length + records.notes.length + records.alerts.items.length
  });
  /** Incident number → id, so a number finds what its id stored. */
  idByNumber = new BoundedCache({
    maxEntries: CACHE_LIMITS.incidents * 4,
    maxWeight: Number.POSITIVE_INFINITY
  });
  get(idOrNumber) {
    let wanted = idOrNumber.trim();
    return this.byId.get(wanted) ?? this.byId.get(this.idByNumber.get(wanted) ?? "");
  }
  /** Keeps the records when the incident is resolved; open incidents still change and are never kept. */
  remember(records) {
    records.incident.status === "resolved" && (this.byId.set(records.incident.id, records), this.idByNumber.set(String(records.incident.number), records.incident.id));
  }
  /** After a write to the incident (a note added), its records are read again next time. */
  forget(incidentId) {
    this.byId.delete(incidentId);
  }
}, caches = /* @__PURE__ */ new WeakMap();
function resolvedIncidentCache(source) {
  let cache = caches.get(source);
  return cache || (cache = new ResolvedIncidentCache(), caches.set(source, cache)), cache;
}

export {
  resolvedIncidentCache
};
