import { defineTool, lazyHandler } from "../ports/tool.js";
import { listIncidentsInput, listIncidentsOutput } from "./schemas.js";

export const listIncidentsTool = defineTool({
  name: "list_incidents",
  title: "List incidents",
  description:
    "Incidents, newest first, with status, urgency, service and assignees: find an id for summarize_incident, or see what fired. Default the last 30 days, at most 180. Up to `limit` (default 20, max 100) a call; pass `nextCursor` back as `cursor`.",
  input: listIncidentsInput,
  output: listIncidentsOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents"],
  handler: lazyHandler(() => import("./list-incidents-handler.js")),
});
