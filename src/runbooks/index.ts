// What other capabilities may use: which runbook belongs to a service, the runbooks read once per version, and
// the steps a runbook's Markdown holds.
export { type ExtractedStep, extractSteps } from "./extract-steps.js";
export { findRunbookForService } from "./find-runbook.js";
export { type CatalogEntry, readRunbookCatalog } from "./runbook-catalog.js";
