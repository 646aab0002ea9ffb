// summarize_incident: one incident's facts as Markdown a person reads in 20 seconds, and as structured content.

import { defineTool, lazyHandler } from "../ports/tool.js";
import { summarizeIncidentInput, summarizeIncidentOutput } from "./schemas.js";

export const summarizeIncidentTool = defineTool({
  name: "summarize_incident",
  title: "Summarize an incident",
  description:
    "One incident from its records: time to acknowledge and resolve, who did what, timeline, what fixed it, open questions, 3 similar earlier incidents. Ids from list_incidents. Text under 8 KB.",
  input: summarizeIncidentInput,
  output: summarizeIncidentOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "runbooks"],
  handler: lazyHandler(() => import("./summarize-incident-handler.js")),
});
