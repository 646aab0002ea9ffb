// add_incident_note: what the tool does when called, loaded on its first call.

import { ConfigurationError, UserInputError } from "../lib/errors.js";
import type { ToolHandler } from "../ports/tool.js";
import { formatInstant } from "./format.js";
import { inline } from "./render-summary.js";
import type { addIncidentNoteInput, addIncidentNoteOutput } from "./schemas.js";

export const handle: ToolHandler<typeof addIncidentNoteInput, typeof addIncidentNoteOutput> = async (
  input,
  ctx,
) => {
  const content = input.content.trim();
  if (!content) throw new UserInputError("The note is empty; put the text to post in content.");
  const source = ctx.sources.incidents;
  if (source.noteRefusal) throw new ConfigurationError(source.noteRefusal);
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const incident = await source.getIncident(input.incidentId, fetch);
  const { note, mode, where } = await source.addNote(incident.id, content, fetch);
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
};
