// add_incident_note (write): posts a note, such as a summary, to an incident; in a workspace, appends it to the file.
import { z } from "zod";
import { UserInputError } from "../lib/errors.js";
import { defineTool } from "../ports/tool.js";
import { formatInstant } from "./format.js";
import { resolvedIncidentCache } from "./records-cache.js";
import { inline } from "./render-summary.js";
import { summarizeIncidentInput } from "./schemas.js";

/** PagerDuty refuses longer notes. */
export const NOTE_MAX_CHARS = 25_000;

export const addIncidentNoteTool = defineTool({
  name: "add_incident_note",
  title: "Add a note to an incident",
  description:
    "Posts a note to an incident, such as a summary from summarize_incident: in PagerDuty as the PAGERDUTY_FROM_EMAIL user; in a workspace, appended to the incident's file. Notes cannot be edited afterwards.",
  input: z.object({
    incidentId: summarizeIncidentInput.shape.incidentId,
    content: z.string().max(NOTE_MAX_CHARS).describe("The note text"),
  }),
  output: z.object({
    incidentId: z.string(),
    incidentNumber: z.number(),
    noteId: z.string(),
    at: z.string(),
    author: z.string().nullable(),
    mode: z.enum(["workspace", "pagerduty"]),
  }),
  writes: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  reaches: ["incidents"],
  async handler(input, ctx) {
    const content = input.content.trim();
    if (!content) throw new UserInputError("The note is empty; put the text to post in content.");
    const source = ctx.sources.incidents;
    const fetch = { signal: ctx.signal, requests: ctx.requests };
    const incident = await source.getIncident(input.incidentId, fetch);
    const { note, mode, where } = await source.addNote(incident.id, content, fetch);
    resolvedIncidentCache(source).forget(incident.id);
    return {
      structured: {
        incidentId: incident.id,
        incidentNumber: incident.number,
        noteId: note.id,
        at: note.at,
        author: note.author?.name ?? null,
        mode,
      },
      markdown: `Added a note (${content.length} characters) ${where} on #${incident.number} ${inline(incident.title)} at ${formatInstant(note.at)}${note.author ? `, as ${inline(note.author.name)}` : ""}.`,
    };
  },
});
