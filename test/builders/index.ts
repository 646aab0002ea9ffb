// One builder per model record (src/model.ts), shared by every test: each returns a whole record with plain
// defaults, and a test overrides only the fields it is about.
export { alert } from "./alert.js";
export { engineer, mentee, mentor } from "./engineer.js";
export { DEFAULT_INCIDENT_ID, incident } from "./incident.js";
export { logEntry } from "./log-entry.js";
export { note } from "./note.js";
export { alice, bob, carol, person } from "./people.js";
export { runbookFile } from "./runbook-file.js";
export { schedule } from "./schedule.js";
export { service } from "./service.js";
export { shift } from "./shift.js";
export { teamDirectory } from "./team-directory.js";
