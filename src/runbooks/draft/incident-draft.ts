// Reads what a runbook draft is made from (the incident's records and its service's runbook) and drafts it.
// The runbook is found as docs/workspace.md describes: named by the service, listed in a front matter, or named after
// the service; when there is none, a new one is drafted at the service's runbook path.

import type { Alert, Incident, LogEntry, Note, RunbookFile, Service } from "../../model.js";
import type { CallContext } from "../../ports/call-context.js";
import { defaultRunbookPath, findRunbookForService } from "../catalog/find-runbook.js";
import { readRunbookCatalog } from "../catalog/runbook-catalog.js";
import { draftRunbookUpdate } from "./draft-runbook-update.js";
import type { RunbookDraft } from "./draft-types.js";
import type { ProposedChange } from "./model-changes.js";

/** Alerts read per incident: an alert storm repeats itself, and the draft keeps five distinct symptoms. */
export const ALERT_LIMIT = 1_000;

export interface IncidentRecords {
  incident: Incident;
  /** The incident's service as team.yaml knows it, or null. */
  service: Service | null;
  logEntries: LogEntry[];
  notes: Note[];
  alerts: Alert[];
  /** Alerts beyond ALERT_LIMIT that were not read. */
  alertsLeftOut: number;
}

export interface IncidentDraft {
  records: IncidentRecords;
  draft: RunbookDraft;
}

export async function loadIncidentRecords(incidentId: string, ctx: CallContext): Promise<IncidentRecords> {
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const incidents = ctx.sources.incidents;
  const incident = await incidents.getIncident(incidentId.trim(), fetch);
  const [logEntries, notes, alerts] = await Promise.all([
    incidents.listLogEntries(incident.id, { overview: true }, fetch),
    incidents.listNotes(incident.id, fetch),
    incidents.listAlerts(incident.id, { limit: ALERT_LIMIT }, fetch),
  ]);
  const service =
    ctx.team.services.find((s) => s.id === incident.service.id) ??
    ctx.team.services.find((s) => s.pagerdutyId === incident.service.id) ??
    null;
  return {
    incident,
    service,
    logEntries: logEntries.items,
    notes,
    alerts: alerts.items,
    alertsLeftOut: Math.max(0, alerts.total - alerts.items.length),
  };
}

/** The runbook to draft on: the one named, else the service's, else null (a new one at `path`). */
export async function findIncidentRunbook(
  records: IncidentRecords,
  runbookPath: string | undefined,
  ctx: CallContext,
): Promise<{ path: string; file: RunbookFile | null }> {
  if (runbookPath !== undefined) {
    const file = await ctx.sources.runbooks.readRunbook(runbookPath, {
      signal: ctx.signal,
      requests: ctx.requests,
    });
    return { path: file.path, file };
  }
  const service: Service = records.service ?? {
    id: records.incident.service.id,
    name: records.incident.service.name,
    runbook: null,
    pagerdutyId: null,
    team: null,
  };
  const catalog = await readRunbookCatalog(ctx);
  const found = findRunbookForService(
    service,
    catalog.map((entry) => entry.path),
    new Map(catalog.map((entry) => [entry.path, entry.summary.services])),
  );
  const entry = catalog.find((candidate) => candidate.path === found);
  if (!entry) return { path: defaultRunbookPath(service), file: null };
  return { path: entry.path, file: { path: entry.path, content: entry.content, version: entry.version } };
}

/** What the caller adds to a draft: its own proved changes, and whether the runbook was reviewed. */
export interface DraftOptions {
  changes?: readonly ProposedChange[] | undefined;
  reviewed?: boolean | undefined;
}

export async function draftFromRecords(
  records: IncidentRecords,
  runbookPath: string | undefined,
  ctx: CallContext,
  options: DraftOptions = {},
): Promise<RunbookDraft> {
  const runbook = await findIncidentRunbook(records, runbookPath, ctx);
  const draft = draftRunbookUpdate({
    incident: records.incident,
    logEntries: records.logEntries,
    notes: records.notes,
    alerts: records.alerts,
    runbook: runbook.file,
    runbookPath: runbook.path,
    service: records.service,
    now: ctx.now,
    changes: options.changes,
    reviewed: options.reviewed,
    diffRoot: ctx.sources.runbooks.diffRoot,
  });
  if (records.alertsLeftOut > 0) {
    draft.warnings.push(
      `Only the first ${ALERT_LIMIT} of the incident's alerts were read; ${records.alertsLeftOut} more were not.`,
    );
  }
  return draft;
}

export async function draftForIncident(
  input: { incidentId: string; runbookPath?: string | undefined } & DraftOptions,
  ctx: CallContext,
): Promise<IncidentDraft> {
  const records = await loadIncidentRecords(input.incidentId, ctx);
  return { records, draft: await draftFromRecords(records, input.runbookPath, ctx, input) };
}
