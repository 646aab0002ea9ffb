// Errors that become `isError` tool results with a sentence a person can act on.
// Anything else that escapes a handler is reported as an internal error without its stack.

/** The caller asked for something that cannot be done as asked; the message says what to change. */
export class UserInputError extends Error {
  override name = "UserInputError";
}

/** A named thing (incident, runbook, engineer, schedule) does not exist. */
export class NotFoundError extends UserInputError {
  override name = "NotFoundError";
}

/** What was read has changed upstream since (a runbook edited since it was drafted): redraft on the new version. */
export class StaleVersionError extends UserInputError {
  override name = "StaleVersionError";
}

/** A write was attempted while writes are disabled, or a setting needed for it is missing. */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/** An upstream service (PagerDuty, GitHub) failed after bounded retries. */
export class UpstreamError extends Error {
  override name = "UpstreamError";
  constructor(
    readonly service: "PagerDuty" | "GitHub",
    message: string,
    readonly status: number | null,
    /** Whether trying again later may help (rate limits, 5xx, timeouts), as opposed to a refused token. */
    readonly retryLater: boolean,
  ) {
    super(message);
  }
}

/** A workspace file is malformed; the message names the file, line and field. */
export class WorkspaceError extends Error {
  override name = "WorkspaceError";
}
