// Gathers one incident's records with few requests: the incident, a count of its log entries, its notes and the
// first page of alerts at once; then every log entry when the log fits in one page (or lives in a workspace file),
// else only the overview entries (state changes, notes, escalations) with the notifications known by count.
// Resolved incidents are cached.

import type { LogEntry } from "../model.js";
import type { CallContext } from "../ports/call-context.js";
import type { Bounded, FetchContext } from "../ports/sources.js";
import { trackReads } from "./fetch-progress.js";
import type { IncidentRecords } from "./summarize.js";

/** A log this short is read whole, in one page; a longer one is read as its overview. */
export const FULL_LOG_LIMIT = 100;
/** Alerts read: the first page; the total comes with it. */
export const ALERTS_READ = 100;

type LoadContext = Pick<CallContext, "sources" | "signal" | "requests" | "progress">;

export async function loadIncidentRecords(idOrNumber: string, ctx: LoadContext): Promise<IncidentRecords> {
  const source = ctx.sources.incidents;
  const fetch: FetchContext = { signal: ctx.signal, requests: ctx.requests };
  const track = trackReads(ctx, 5);
  const incidentRead = track(source.getIncident(idOrNumber, fetch), "the incident");
  // A number must become an id before the other reads can name the incident; an id lets them all start at once.
  const id = /^\d+$/.test(idOrNumber.trim()) ? (await incidentRead).id : idOrNumber.trim();
  const [incident, count, notes, alerts] = await Promise.all([
    incidentRead,
    track(source.listLogEntries(id, { limit: 0 }, fetch), "the log entry count"),
    track(source.listNotes(id, fetch), "the notes"),
    track(source.listAlerts(id, { limit: ALERTS_READ }, fetch), "the alerts"),
  ]);

  let logEntries: Bounded<LogEntry>;
  let overviewOnly = false;
  let notificationsNotRead = 0;
  // A workspace file is already in memory: it is read whole, however long, so every notification has its channel.
  if (count.total <= FULL_LOG_LIMIT || source.cheapReads) {
    const all = await track(source.listLogEntries(incident.id, {}, fetch), "the log entries");
    logEntries = { items: all.items, total: Math.max(all.total, all.items.length) };
  } else {
    const overview = await track(
      source.listLogEntries(incident.id, { overview: true }, fetch),
      "the overview log entries",
    );
    overviewOnly = true;
    // Everything the overview leaves out is a notification.
    notificationsNotRead = Math.max(0, count.total - overview.total);
    logEntries = { items: overview.items, total: Math.max(count.total, overview.items.length) };
  }

  return {
    incident,
    logEntries,
    overviewOnly,
    notificationsNotRead,
    notes,
    alerts,
    requests: ctx.requests.count,
  };
}
