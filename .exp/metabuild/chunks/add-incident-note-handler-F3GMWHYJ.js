import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  resolvedIncidentCache
} from "./chunk-OQ4PHPP5.js";
import {
  inline
} from "./chunk-DLRI5EVG.js";
import "./chunk-QGACH7S2.js";
import {
  formatInstant
} from "./chunk-74BJ6PM3.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-52YKPBLH.js";
import "./chunk-65K74YAK.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/incidents/add-incident-note-handler.ts
var handle = async (input, ctx) => {
  let content = input.content.trim();
  if (!content) throw new UserInputError("The note is empty; put the text to post in content.");
  let source = ctx.sources.incidents, fetch = { signal: ctx.signal, requests: ctx.requests }, incident = await source.getIncident(input.incidentId, fetch), { note, mode, where } = await source.addNote(incident.id, content, fetch);
  return resolvedIncidentCache(source).forget(incident.id), {
    structured: {
      incidentId: incident.id,
      incidentNumber: incident.number,
      noteId: note.id,
      at: note.at,
      author: note.author?.name ?? null,
      mode
    },
    markdown: `Added a note (${content.length} characters) ${where} on #${incident.number} ${inline(incident.title)} at ${formatInstant(note.at)}${note.author ? `, as ${inline(note.author.name)}` : ""}.`
  };
};
export {
  handle
};
