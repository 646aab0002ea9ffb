// What to do after one HTTP attempt against PagerDuty: accept, wait and try again, or give up with a sentence.
// Pure: the HTTP client reports what happened, this decides.
import { UpstreamError } from "../../lib/errors.js";

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Longest single wait between attempts, whatever ratelimit-reset or the backoff asks for. */
  maxWaitMs: number;
  /** How long one attempt may take before it counts as a timeout. */
  timeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, maxWaitMs: 20_000, timeoutMs: 30_000 };

/** Waits never drop below this, so a `ratelimit-reset: 0` cannot turn retries into a tight loop. */
export const MIN_WAIT_MS = 50;
const BACKOFF_BASE_MS = 500;

export type AttemptOutcome =
  /** PagerDuty answered with JSON (or nothing, for 204). */
  | { kind: "answer"; status: number; data: unknown }
  | { kind: "rate-limited"; resetSeconds: number | null }
  | { kind: "timeout" }
  /** The connection failed: refused, reset, DNS. `code` is the system error code when known. */
  | { kind: "network"; code: string | null }
  /** An answer whose body is not JSON: an HTML error page, a truncated body. */
  | { kind: "malformed"; status: number };

export type NextStep =
  | { action: "accept"; status: number; data: unknown }
  | { action: "retry"; waitMs: number }
  | { action: "fail"; error: UpstreamError };

/**
 * `operation` names the request in messages, e.g. "GET /incidents". `attempt` counts from 1. A write that may have
 * reached PagerDuty (5xx, timeout, reset) is not sent again, so a note is never posted twice; a 429 is safe to repeat.
 */
export function nextStep(
  outcome: AttemptOutcome,
  attempt: number,
  policy: RetryPolicy,
  operation: string,
  idempotent = true,
): NextStep {
  if (!idempotent && outcome.kind !== "rate-limited" && outcome.kind !== "answer") {
    return { action: "fail", error: unsafeToRepeat(outcome, policy, operation) };
  }
  const lastAttempt = attempt >= policy.maxAttempts;
  const tries = `${policy.maxAttempts} ${policy.maxAttempts === 1 ? "try" : "tries"}`;
  switch (outcome.kind) {
    case "answer": {
      const { status } = outcome;
      if (status < 400) return { action: "accept", status, data: outcome.data };
      if (status === 404) return { action: "accept", status, data: outcome.data };
      if (status >= 500 || status === 408) {
        if (!idempotent) return { action: "fail", error: unsafeToRepeat(outcome, policy, operation) };
        if (!lastAttempt) return { action: "retry", waitMs: backoffMs(attempt, policy) };
        return fail(
          `PagerDuty failed with ${status} on ${operation} and did not recover after ${tries}; try again later.`,
          status,
          true,
        );
      }
      return { action: "fail", error: refusal(status, outcome.data, operation) };
    }
    case "rate-limited": {
      if (!lastAttempt)
        return { action: "retry", waitMs: rateLimitWaitMs(outcome.resetSeconds, attempt, policy) };
      return fail(
        `PagerDuty is rate limiting this token (429) and did not recover after ${tries}; try again in a minute.`,
        429,
        true,
      );
    }
    case "timeout": {
      if (!lastAttempt) return { action: "retry", waitMs: backoffMs(attempt, policy) };
      return fail(
        `PagerDuty did not answer within ${formatSeconds(policy.timeoutMs)} (${operation}).`,
        null,
        true,
      );
    }
    case "network": {
      if (!lastAttempt) return { action: "retry", waitMs: backoffMs(attempt, policy) };
      const code = outcome.code ? ` (${outcome.code})` : "";
      return fail(
        `PagerDuty could not be reached${code} for ${operation} after ${tries}; check PAGERDUTY_API_URL and the network.`,
        null,
        true,
      );
    }
    case "malformed": {
      if (!lastAttempt) return { action: "retry", waitMs: backoffMs(attempt, policy) };
      return fail(
        `PagerDuty answered ${operation} with ${outcome.status} and a body that is not JSON, ${tries} in a row; try again later.`,
        outcome.status,
        true,
      );
    }
  }
}

function unsafeToRepeat(outcome: AttemptOutcome, policy: RetryPolicy, operation: string): UpstreamError {
  const what =
    outcome.kind === "answer" || outcome.kind === "malformed"
      ? `failed with ${outcome.status} on ${operation}`
      : outcome.kind === "timeout"
        ? `did not answer ${operation} within ${formatSeconds(policy.timeoutMs)}`
        : `could not be reached for ${operation}`;
  const status = outcome.kind === "answer" || outcome.kind === "malformed" ? outcome.status : null;
  return new UpstreamError(
    "PagerDuty",
    `PagerDuty ${what}; the write was not repeated in case it was applied, so check PagerDuty before trying again.`,
    status,
    true,
  );
}

/** 500 ms, 1 s, 2 s, … capped by the policy. */
export function backoffMs(attempt: number, policy: RetryPolicy): number {
  return clampWait(BACKOFF_BASE_MS * 2 ** (attempt - 1), policy);
}

/** Honour `ratelimit-reset` (seconds until the window resets), capped; without it, back off. */
export function rateLimitWaitMs(resetSeconds: number | null, attempt: number, policy: RetryPolicy): number {
  if (resetSeconds === null) return backoffMs(attempt, policy);
  return clampWait(resetSeconds * 1000, policy);
}

/** `ratelimit-reset` (or `retry-after`) as seconds; null when absent or not a number. */
export function parseResetSeconds(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  const seconds = Number(value.trim());
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

function clampWait(ms: number, policy: RetryPolicy): number {
  return Math.max(MIN_WAIT_MS, Math.min(ms, policy.maxWaitMs));
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : Number(seconds.toFixed(1))} s`;
}

function fail(message: string, status: number | null, retryLater: boolean): NextStep {
  return { action: "fail", error: new UpstreamError("PagerDuty", message, status, retryLater) };
}

function refusal(status: number, data: unknown, operation: string): UpstreamError {
  if (status === 401) {
    return new UpstreamError(
      "PagerDuty",
      "PagerDuty refused the token (401); check PAGERDUTY_API_TOKEN.",
      401,
      false,
    );
  }
  if (status === 403) {
    return new UpstreamError(
      "PagerDuty",
      `PagerDuty refused ${operation} (403); the token's user lacks the permission, so use a token with access.`,
      403,
      false,
    );
  }
  const detail = errorDetail(data);
  return new UpstreamError(
    "PagerDuty",
    `PagerDuty rejected ${operation} (${status})${detail ? `: ${detail}` : ""}.`,
    status,
    false,
  );
}

/** PagerDuty's error body: { error: { message, errors: [..] } }. */
function errorDetail(data: unknown): string | null {
  if (typeof data !== "object" || data === null) return null;
  const error = (data as { error?: unknown }).error;
  if (typeof error !== "object" || error === null) return null;
  const { message, errors } = error as { message?: unknown; errors?: unknown };
  const parts = [
    typeof message === "string" ? message : null,
    Array.isArray(errors) ? errors.filter((e): e is string => typeof e === "string").join("; ") : null,
  ].filter((part): part is string => part !== null && part.length > 0);
  return parts.length > 0 ? parts.join(" — ").replace(/\.$/, "") : null;
}
