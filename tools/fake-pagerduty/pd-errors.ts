// PagerDuty's error answers: `{ error: { message, code, errors? } }` with its documented codes.

export interface PagerDutyErrorBody {
  error: { message: string; code: number; errors?: string[] };
}

/** Thrown by handlers; the server turns it into the answer. */
export class PagerDutyHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: PagerDutyErrorBody,
  ) {
    super(`${status} ${body.error.message}`);
  }
}

function failure(status: number, code: number, message: string, errors?: string[]): PagerDutyHttpError {
  return new PagerDutyHttpError(status, { error: { message, code, ...(errors ? { errors } : {}) } });
}

export const invalidInput = (...errors: string[]) => failure(400, 2001, "Invalid Input Provided", errors);
export const argumentsCausedError = (...errors: string[]) =>
  failure(400, 2002, "Arguments Caused Error", errors);
export const unauthorized = () => failure(401, 2006, "Authentication failed");
export const fromHeaderRequired = () =>
  failure(400, 2011, "The action requires a 'from' header", [
    "The 'From' header is required for this action.",
  ]);
export const notFound = () => failure(404, 2100, "Not Found");
export const rateLimited = () => failure(429, 2020, "Rate Limit Exceeded");

export function statusError(status: number, message?: string): PagerDutyHttpError {
  const defaults: Record<number, [number, string]> = {
    401: [2006, "Authentication failed"],
    403: [2010, "Access Denied"],
    404: [2100, "Not Found"],
    429: [2020, "Rate Limit Exceeded"],
    502: [2000, "Bad Gateway"],
    503: [2000, "Service Unavailable"],
  };
  const [code, text] = defaults[status] ?? [2000, "Internal Server Error"];
  return failure(status, code, message ?? text);
}

// The exact text PagerDuty answers past its classic-pagination ceiling.
export const OFFSET_CEILING_MESSAGE =
  "Offset+limit exceeds maximum allowed value of 10000. Please try to refine your search to reduce the returned set of records below this number, like adding a date range.";
