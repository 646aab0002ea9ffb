import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  trackReads
} from "./chunk-IJE3HZ4D.js";
import {
  resolvedIncidentCache
} from "./chunk-OQ4PHPP5.js";

// src/incidents/load-incident.ts
var FULL_LOG_LIMIT = 100, ALERTS_READ = 100;
async function loadIncidentRecords(idOrNumber, ctx) {
  let source = ctx.sources.incidents, cache = resolvedIncidentCache(source), cached = cache.get(idOrNumber);
  if (cached) return { ...cached, requests: ctx.requests.count };
  let fetch = { signal: ctx.signal, requests: ctx.requests }, track = trackReads(ctx, 5), incidentRead = track(source.getIncident(idOrNumber, fetch), "the incident"), id = /^\d+$/.test(idOrNumber.trim()) ? (await incidentRead).id : idOrNumber.trim(), [incident, count, notes, alerts] = await Promise.all([
    incidentRead,
    track(source.listLogEntries(id, { limit: 0 }, fetch), "the log entry count"),
    track(source.listNotes(id, fetch), "the notes"),
    track(source.listAlerts(id, { limit: ALERTS_READ }, fetch), "the alerts")
  ]), logEntries, overviewOnly = !1, notificationsNotRead = 0;
  if (count.total <= FULL_LOG_LIMIT || source.cheapReads) {
    let all = await track(source.listLogEntries(incident.id, {}, fetch), "the log entries");
    logEntries = { items: all.items, total: Math.max(all.total, all.items.length) };
  } else {
    let overview = await track(
      source.listLogEntries(incident.id, { overview: !0 }, fetch),
      "the overview log entries"
    );
    overviewOnly = !0, notificationsNotRead = Math.max(0, count.total - overview.total), logEntries = { items: overview.items, total: Math.max(count.total, overview.items.length) };
  }
  let records = { incident, logEntries, overviewOnly, notificationsNotRead, notes, alerts };
  return cache.remember(records), { ...records, requests: ctx.requests.count };
}

export {
  loadIncidentRecords
};
