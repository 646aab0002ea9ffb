// What other capabilities may use: which runbook belongs to a service, the runbooks read once per version, and
// the steps responders took, read from an incident's notes and log entries.

export { findRunbookForService } from "./catalog/find-runbook.js";
export { type CatalogEntry, readRunbookCatalog } from "./catalog/runbook-catalog.js";
export { type ExtractedStep, extractSteps } from "./records/extract-steps.js";
