// The one Note builder: a note on the default incident, by Alice unless `overrides` names another author.
import type { Note } from "../../src/model.js";
import { DEFAULT_INCIDENT_ID } from "./incident.js";
import { alice } from "./people.js";

let sequence = 0;

export function note(
  at: string,
  content: string,
  overrides: Partial<Omit<Note, "at" | "content">> = {},
): Note {
  sequence += 1;
  return { id: `N${sequence}`, incidentId: DEFAULT_INCIDENT_ID, at, author: alice, content, ...overrides };
}
