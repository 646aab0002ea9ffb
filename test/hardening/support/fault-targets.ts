// One face for both fakes: inject a named fault, read the request log, know how many attempts a request may take.
import { DEFAULT_RETRY_POLICY } from "../../../src/sources/pagerduty/retry-policy.js";
import type { FakeGitHub } from "../../../tools/fake-github/server.js";
import type { FakePagerDuty } from "../../../tools/fake-pagerduty/server.js";
import type { TimedRequests } from "./upstream-fakes.js";

/** Failures that may pass: retried, they should end in the right answer or a "try again later". */
export const TRANSIENT_FAULTS = [
  "429 with ratelimit-reset",
  "500",
  "502",
  "503",
  "connection reset",
  "truncated JSON body",
  "HTML error page",
] as const;

export type TransientFault = (typeof TRANSIENT_FAULTS)[number];
export type FaultName = TransientFault | "no answer" | "401" | "404";

/** Seconds a rate-limited answer asks the client to wait. */
export const RATE_LIMIT_RESET_SECONDS = 1;

export interface FaultTarget {
  name: "PagerDuty" | "GitHub";
  requests: readonly { method: string; path: string; status: number }[];
  arrivals: readonly number[];
  /** Attempts one request may take: the first and every retry. */
  attempts: number;
  inject(fault: FaultName, options?: { times?: number; path?: string }): void;
  clear(): void;
}

export function pagerDutyTarget(fake: FakePagerDuty & TimedRequests): FaultTarget {
  const statusOf = (fault: FaultName) => Number(fault);
  return {
    name: "PagerDuty",
    requests: fake.requests,
    arrivals: fake.arrivals,
    attempts: DEFAULT_RETRY_POLICY.maxAttempts,
    inject(fault, options = {}) {
      const match = { times: options.times ?? 1, ...(options.path ? { path: options.path } : {}) };
      switch (fault) {
        case "429 with ratelimit-reset":
          fake.faults.inject({ kind: "rate-limit", resetSeconds: RATE_LIMIT_RESET_SECONDS }, match);
          return;
        case "connection reset":
          fake.faults.inject({ kind: "reset" }, match);
          return;
        case "truncated JSON body":
          fake.faults.inject({ kind: "truncated" }, match);
          return;
        case "HTML error page":
          fake.faults.inject({ kind: "html", status: 200 }, match);
          return;
        case "no answer":
          fake.faults.inject({ kind: "hang" }, match);
          return;
        default:
          fake.faults.inject({ kind: "status", status: statusOf(fault) }, match);
      }
    },
    clear: () => fake.faults.clear(),
  };
}

/** octokit's retry plugin makes 3 retries; its throttling plugin waits out one short rate limit. */
const GITHUB_ATTEMPTS = 4;

export function gitHubTarget(fake: FakeGitHub & TimedRequests): FaultTarget {
  return {
    name: "GitHub",
    requests: fake.requests,
    arrivals: fake.arrivals,
    attempts: GITHUB_ATTEMPTS,
    inject(fault, options = {}) {
      const match = { times: options.times ?? 1, ...(options.path ? { path: options.path } : {}) };
      switch (fault) {
        case "429 with ratelimit-reset":
          fake.faults.inject(
            { kind: "rate-limit", status: 429, retryAfterSeconds: RATE_LIMIT_RESET_SECONDS },
            match,
          );
          return;
        case "connection reset":
          fake.faults.inject({ kind: "reset" }, match);
          return;
        case "truncated JSON body":
          fake.faults.inject({ kind: "truncated" }, match);
          return;
        case "HTML error page":
          fake.faults.inject({ kind: "html", status: 200 }, match);
          return;
        case "no answer":
          fake.faults.inject({ kind: "hang" }, match);
          return;
        default:
          fake.faults.inject({ kind: "status", status: Number(fault) }, match);
      }
    },
    clear: () => fake.faults.clear(),
  };
}
