// The GitHub runbook source: what the rest of the server may use.
export { StaleRunbookError } from "./errors.js";
export type { ProposeChangeRequest, ProposedChange } from "./propose-change.js";
export {
  createGitHubRunbookSource,
  type GitHubRunbookSource,
  type GitHubRunbookSourceOptions,
} from "./runbook-source.js";
