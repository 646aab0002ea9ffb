// list_incidents: what the tool does when called, loaded on its first call.

import type { z } from "zod";
import { decodeCursor, encodeCursor } from "../lib/cursor.js";
import { resolveWindow } from "../lib/dates.js";
import { markdownTable } from "../lib/markdown.js";
import type { Incident } from "../model.js";
import type { ToolHandler } from "../ports/tool.js";
import type { incidentListItemSchema, listIncidentsInput, listIncidentsOutput } from "./schemas.js";
import { requireKnownServicesAndTeams } from "./scope-ids.js";

const MAX_WINDOW_DAYS = 180;

export function toListItem(incident: Incident): z.infer<typeof incidentListItemSchema> {
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    status: incident.status,
    urgency: incident.urgency,
    service: incident.service,
    createdAt: incident.createdAt,
    resolvedAt: incident.resolvedAt,
    assignees: incident.assignees.map(({ id, name }) => ({ id, name })),
  };
}

function renderIncidentList(
  incidents: z.infer<typeof incidentListItemSchema>[],
  window: { since: string; until: string },
  more: boolean,
): string {
  const heading = `**${incidents.length} incident${incidents.length === 1 ? "" : "s"}** from ${window.since} to ${window.until}${more ? " (more: pass nextCursor)" : ""}`;
  if (incidents.length === 0) return `${heading}\n\nNo incidents match; widen the window or drop a filter.`;
  const rows = incidents.map((incident) => [
    `#${incident.number}`,
    incident.title,
    incident.status,
    incident.urgency,
    incident.service.name,
    incident.createdAt,
    incident.assignees.map((person) => person.name).join(", ") || "—",
  ]);
  return `${heading}\n\n${markdownTable(["#", "Title", "Status", "Urgency", "Service", "Created", "Assignees"], rows)}`;
}

export const handle: ToolHandler<typeof listIncidentsInput, typeof listIncidentsOutput> = async (
  input,
  ctx,
) => {
  const window = resolveWindow(input.since, input.until, {
    now: ctx.now,
    defaultDays: 30,
    maxDays: MAX_WINDOW_DAYS,
  });
  const query = {
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    statuses: input.statuses,
    serviceIds: input.serviceIds,
    urgency: input.urgency,
  };
  const offset = decodeCursor(input.cursor, query);
  await requireKnownServicesAndTeams({ serviceIds: input.serviceIds }, ctx);
  const page = await ctx.sources.incidents.listIncidents(
    { ...query, limit: input.limit, offset },
    { signal: ctx.signal, requests: ctx.requests },
  );
  const incidents = page.incidents.map(toListItem);
  const nextCursor = page.more ? encodeCursor(offset + incidents.length, query) : null;
  return {
    structured: { incidents, nextCursor },
    markdown: renderIncidentList(incidents, query, nextCursor !== null),
  };
};
