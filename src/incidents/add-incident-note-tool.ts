// add_incident_note (write): posts a note, such as a summary, to an incident; in a workspace, appends it to the file.
import { z } from "zod";
import { ConfigurationError, UserInputError } from "../lib/errors.js";
import { defineTool } from "../lib/tool.js";
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
  async handler(input, ctx) {
    const content = input.content.trim();
    if (!content) throw new UserInputError("The note is empty; put the text to post in content.");
    const source = ctx.sources.incidents;
    if (source.kind === "pagerduty" && !ctx.config.pagerduty?.fromEmail) {
      throw new ConfigurationError(
        "add_incident_note needs PAGERDUTY_FROM_EMAIL: set it to the email of the PagerDuty user notes are posted as, then restart the server.",
      );
    }
    const fetch = { signal: ctx.signal, requests: ctx.requests };
    const incident = await source.getIncident(input.incidentId, fetch);
    const note = await source.addNote(incident.id, content, fetch);
    resolvedIncidentCache(source).forget(incident.id);
    const where = source.kind === "pagerduty" ? "in PagerDuty" : "to the incident's file in the workspace";
    return {
      structured: {
        incidentId: incident.id,
        incidentNumber: incident.number,
        noteId: note.id,
        at: note.at,
        author: note.author?.name ?? null,
        mode: source.kind,
      },
      markdown: `Added a note (${content.length} characters) ${where} on #${incident.number} ${inline(incident.title)} at ${formatInstant(note.at)}${note.author ? `, as ${inline(note.author.name)}` : ""}.`,
    };
  },
});
