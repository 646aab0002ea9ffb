import { z } from "zod";
import { decodeCursor, encodeCursor } from "../lib/cursor.js";
import { instantField, resolveWindow } from "../lib/dates.js";
import { idField } from "../lib/input-coercion.js";
import { markdownTable } from "../lib/markdown.js";
import { requireKnownServicesAndTeams } from "../lib/scope-ids.js";
import type { Incident } from "../model.js";
import { defineTool } from "../ports/tool.js";

const MAX_WINDOW_DAYS = 180;

const personSchema = z.object({ id: z.string(), name: z.string() });

export const incidentListItemSchema = z.object({
  id: z.string().describe("PagerDuty incident id"),
  number: z.number().int(),
  title: z.string(),
  status: z.enum(["triggered", "acknowledged", "resolved"]),
  urgency: z.enum(["high", "low"]),
  service: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  assignees: z.array(personSchema),
});

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

export const listIncidentsTool = defineTool({
  name: "list_incidents",
  title: "List incidents",
  description:
    "Incidents, newest first, with status, urgency, service and assignees: find an id for summarize_incident, or see what fired. Default the last 30 days, at most 180. Up to `limit` (default 20, max 100) a call; pass `nextCursor` back as `cursor`.",
  input: z.object({
    since: instantField("Start (inclusive); default 30 days before until.").optional(),
    until: instantField("End (exclusive); default now.").optional(),
    statuses: z
      .array(z.enum(["triggered", "acknowledged", "resolved"]))
      .max(3)
      .optional()
      .describe("Only incidents in these statuses."),
    serviceIds: z
      .array(idField(z.string().min(1).max(100)))
      .max(50)
      .optional()
      .describe("Only incidents of these service ids."),
    urgency: z.enum(["high", "low"]).optional(),
    limit: z.number().int().min(1).max(100).default(20).describe("Incidents per page, 1 to 100."),
    cursor: z.string().max(500).optional().describe("nextCursor from a previous call with the same filters."),
  }),
  output: z.object({
    incidents: z.array(incidentListItemSchema),
    nextCursor: z.string().nullable().describe("Pass as cursor to get the next page; null on the last page."),
  }),
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents"],
  async handler(input, ctx) {
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
  },
});

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
