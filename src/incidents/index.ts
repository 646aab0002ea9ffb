// What other capabilities may use: an incident's records, their computed summary, and how durations are written.
export { formatDuration } from "./format.js";
export { loadIncidentRecords } from "./load-incident.js";
export { type IncidentRecords, summarizeIncident } from "./summarize.js";
