// add_incident_note (write): posts a note, such as a summary, to an incident; in a workspace, appends it to the file.

import { defineTool, lazyHandler } from "../ports/tool.js";
import { addIncidentNoteInput, addIncidentNoteOutput } from "./schemas.js";

export const addIncidentNoteTool = defineTool({
  name: "add_incident_note",
  title: "Add a note to an incident",
  description:
    "Posts a note to an incident, such as a summary from summarize_incident: in PagerDuty as the PAGERDUTY_FROM_EMAIL user; in a workspace, appended to the incident's file. Notes cannot be edited afterwards.",
  input: addIncidentNoteInput,
  output: addIncidentNoteOutput,
  writes: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  reaches: ["incidents"],
  handler: lazyHandler(() => import("./add-incident-note-handler.js")),
});
