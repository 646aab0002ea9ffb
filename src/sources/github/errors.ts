// Turns what octokit throws into sentences a person can act on. No token, URL secret or HTML page gets through.
import { NotFoundError, StaleVersionError, UpstreamError, UserInputError } from "../../lib/errors.js";

/** The runbook changed since the draft was read: the caller should read it again and redraft. */
export class StaleRunbookError extends StaleVersionError {
  override name = "StaleRunbookError";
  constructor(
    readonly path: string,
    readonly baseVersion: string | null,
    readonly currentVersion: string | null,
    where: string,
  ) {
    super(
      `Runbook ${path} changed on ${where} since it was read (version ${short(baseVersion)}, now ${short(currentVersion)}); ` +
        "read it again and redraft the update.",
    );
  }
}

/** Our own per-attempt deadline fired (as opposed to the caller cancelling). */
export class GitHubTimeoutError extends Error {
  override name = "GitHubTimeoutError";
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs / 1000} s`);
  }
}

/** A 2xx answer that is not whole JSON: a proxy or load balancer hiccup, retried like a 5xx. */
export class GitHubBrokenAnswerError extends Error {
  override name = "GitHubBrokenAnswerError";
  constructor(
    readonly status: number,
    readonly problem: "cut off" | "not JSON",
  ) {
    super(problem === "cut off" ? "the answer was cut off" : "the answer was not JSON");
  }
}

function short(version: string | null): string {
  return version === null ? "none" : version.slice(0, 7);
}

/** What a request was for, in words that finish "GitHub failed to …". */
export interface FailureContext {
  action: string;
  repo: string;
  apiUrl: string;
  token: string;
  access: "read" | "write";
  /** The error for a 404, when a 404 means "no such thing" here. */
  notFound?: () => Error;
}

interface HttpFailure {
  status: number;
  response?: { headers?: Record<string, unknown>; data?: unknown };
  cause?: unknown;
  message?: string;
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return (
    typeof error === "object" && error !== null && typeof (error as { status?: unknown }).status === "number"
  );
}

function header(failure: HttpFailure, name: string): string | null {
  const value = failure.response?.headers?.[name];
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

function githubMessage(failure: HttpFailure): string {
  const data = failure.response?.data;
  const message =
    typeof data === "object" && data !== null
      ? (data as { message?: unknown; errors?: unknown }).message
      : null;
  if (typeof message !== "string") return "";
  const errors = (data as { errors?: unknown }).errors;
  const details = Array.isArray(errors)
    ? errors
        .map((entry) =>
          typeof entry === "object" && entry !== null
            ? String((entry as { message?: unknown }).message ?? "")
            : "",
        )
        .filter(Boolean)
    : [];
  return [message, ...details].join(" ").replace(/\s+/g, " ").trim().slice(0, 200);
}

function isRateLimited(failure: HttpFailure): boolean {
  if (failure.status === 429) return true;
  if (failure.status !== 403) return false;
  return (
    header(failure, "x-ratelimit-remaining") === "0" ||
    header(failure, "retry-after") !== null ||
    /rate limit/i.test(githubMessage(failure))
  );
}

function whenToRetry(failure: HttpFailure): string {
  const retryAfter = Number(header(failure, "retry-after"));
  if (Number.isFinite(retryAfter) && retryAfter > 0)
    return `in ${retryAfter} second${retryAfter === 1 ? "" : "s"}`;
  const reset = Number(header(failure, "x-ratelimit-reset"));
  if (header(failure, "x-ratelimit-remaining") === "0" && Number.isFinite(reset) && reset > 0) {
    return `after ${new Date(reset * 1000).toISOString().replace(/\.000Z$/, "Z")}`;
  }
  return "in a few minutes";
}

function scrub(text: string, context: FailureContext): string {
  const withoutToken = context.token ? text.replaceAll(context.token, "[token]") : text;
  return withoutToken.replace(/\/\/[^/@\s]*@/g, "//");
}

function describe(failure: HttpFailure, context: FailureContext): Error {
  const { status, response } = failure;
  const what = context.action;
  if (status === 401)
    return new UpstreamError("GitHub", "GitHub refused the token (401); check GITHUB_TOKEN.", 401, false);
  if (isRateLimited(failure)) {
    return new UpstreamError(
      "GitHub",
      `GitHub rate limit reached (${status}) while trying to ${what}; try again ${whenToRetry(failure)}.`,
      status,
      true,
    );
  }
  if (status === 403) {
    const need =
      context.access === "write"
        ? "Contents and Pull requests write permission"
        : "read permission on its contents";
    return new UpstreamError(
      "GitHub",
      `GitHub denied access to ${context.repo} (403) while trying to ${what}; give the token in GITHUB_TOKEN ${need}.`,
      403,
      false,
    );
  }
  if (status === 404 && response) {
    return (
      context.notFound?.() ?? new NotFoundError(`GitHub found nothing to ${what} in ${context.repo} (404).`)
    );
  }
  if (response && status >= 400 && status < 500) {
    const detail = githubMessage(failure);
    return new UpstreamError(
      "GitHub",
      `GitHub refused to ${what} (${status})${detail ? `: ${detail}` : ""}.`,
      status,
      false,
    );
  }
  if (response) {
    return new UpstreamError(
      "GitHub",
      `GitHub failed to ${what} (${status}) even after retrying; try again later.`,
      status,
      true,
    );
  }
  if (failure.cause instanceof GitHubTimeoutError) {
    return new UpstreamError(
      "GitHub",
      `GitHub did not answer within ${failure.cause.timeoutMs / 1000} s while trying to ${what}, even after retrying; try again later.`,
      null,
      true,
    );
  }
  if (failure.cause instanceof GitHubBrokenAnswerError) {
    const answer =
      failure.cause.problem === "cut off" ? "an answer cut off midway" : "a page that is not JSON";
    return new UpstreamError(
      "GitHub",
      `GitHub failed to ${context.action} (it sent ${answer}, ${failure.cause.status}) even after retrying; ` +
        "try again later, and if it persists check that GITHUB_API_URL points at the GitHub REST API.",
      failure.cause.status,
      true,
    );
  }
  const reason = failure.message ? ` (${failure.message})` : "";
  return new UpstreamError(
    "GitHub",
    `Could not reach GitHub at ${context.apiUrl} to ${what}${reason}; check GITHUB_API_URL and the network.`,
    null,
    true,
  );
}

/** The error to throw for a failed GitHub request. Project errors pass through unchanged. */
export function githubFailure(error: unknown, context: FailureContext): Error {
  if (error instanceof UserInputError || error instanceof UpstreamError) return error;
  if (!isHttpFailure(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new UpstreamError(
      "GitHub",
      scrub(`GitHub request to ${context.action} failed: ${reason}.`, context),
      null,
      true,
    );
  }
  const described = describe(error, context);
  described.message = scrub(described.message, context);
  return described;
}

/** Whole JSON, but not the shape GitHub sends (another service behind GITHUB_API_URL). */
export function unexpectedAnswer(context: FailureContext, status: number): UpstreamError {
  return new UpstreamError(
    "GitHub",
    scrub(
      `GitHub sent an unexpected answer (${status}, not the JSON expected) while trying to ${context.action}; ` +
        "check that GITHUB_API_URL points at the GitHub REST API, then try again.",
      context,
    ),
    status,
    true,
  );
}
