import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  requireKnownServicesAndTeams
} from "./chunk-2RE4KR5W.js";
import {
  markdownTable
} from "./chunk-EF6MDBBV.js";
import "./chunk-Z6XIM2SB.js";
import {
  resolveWindow
} from "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/lib/cursor.ts
import { createHash } from "node:crypto";
function fingerprint(query) {
  return createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 12);
}
function encodeCursor(offset, query) {
  return Buffer.from(JSON.stringify({ o: offset, q: fingerprint(query) })).toString("base64url");
}
function decodeCursor(cursor, query) {
  if (!cursor) return 0;
  try {
    let parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof parsed.o == "number" && Number.isInteger(parsed.o) && parsed.o >= 0 && typeof parsed.q == "string") {
      if (parsed.q !== fingerprint(query))
        throw new UserInputError(
          "cursor belongs to a different query; repeat the same filters, or call again without cursor."
        );
      return parsed.o;
    }
  } catch (error) {
    if (error instanceof UserInputError) throw error;
  }
  throw new UserInputError(
    "cursor is not one this server gave out; pass nextCursor from the previous answer unchanged."
  );
}

// src/incidents/list-incidents-handler.ts
var MAX_WINDOW_DAYS = 180;
function toListItem(incident) {
  return {
    id: incident.id,
    number: incident.number,
    title: incident.title,
    status: incident.status,
    urgency: incident.urgency,
    service: incident.service,
    createdAt: incident.createdAt,
    resolvedAt: incident.resolvedAt,
    assignees: incident.assignees.map(({ id, name }) => ({ id, name }))
  };
}
function renderIncidentList(incidents, window, more) {
  let heading = `**${incidents.length} incident${incidents.length === 1 ? "" : "s"}** from ${window.since} to ${window.until}${more ? " (more: pass nextCursor)" : ""}`;
  if (incidents.length === 0) return `${heading}

No incidents match; widen the window or drop a filter.`;
  let rows = incidents.map((incident) => [
    `#${incident.number}`,
    incident.title,
    incident.status,
    incident.urgency,
    incident.service.name,
    incident.createdAt,
    incident.assignees.map((person) => person.name).join(", ") || "\u2014"
  ]);
  return `${heading}

${markdownTable(["#", "Title", "Status", "Urgency", "Service", "Created", "Assignees"], rows)}`;
}
var handle = async (input, ctx) => {
  let window = resolveWindow(input.since, input.until, {
    now: ctx.now,
    defaultDays: 30,
    maxDays: MAX_WINDOW_DAYS
  }), query = {
    since: window.since.toISOString(),
    until: window.until.toISOString(),
    statuses: input.statuses,
    serviceIds: input.serviceIds,
    urgency: input.urgency
  }, offset = decodeCursor(input.cursor, query);
  await requireKnownServicesAndTeams({ serviceIds: input.serviceIds }, ctx);
  let page = await ctx.sources.incidents.listIncidents(
    { ...query, limit: input.limit, offset },
    { signal: ctx.signal, requests: ctx.requests }
  ), incidents = page.incidents.map(toListItem), nextCursor = page.more ? encodeCursor(offset + incidents.length, query) : null;
  return {
    structured: { incidents, nextCursor },
    markdown: renderIncidentList(incidents, query, nextCursor !== null)
  };
};
export {
  handle,
  toListItem
};
