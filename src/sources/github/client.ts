// One octokit per source, loaded on first use: retries with backoff, rate-limit handling, a deadline per attempt,
// and every HTTP attempt counted in the caller's FetchContext.
import type { Octokit } from "octokit";
import type { FetchContext } from "../../ports/sources.js";
import { GitHubBrokenAnswerError, GitHubTimeoutError } from "./errors.js";

export interface GitHubClientOptions {
  token: string;
  apiUrl: string;
  /** octokit's throttling plugin: on in production, off in tests (it spaces writes about 1 s apart). */
  throttle: boolean;
  /** Retries after a 5xx, a dropped connection, a timeout, or a success answer cut off or not JSON. */
  retries: number;
  /** The retry plugin waits (attempt²) × this many milliseconds. */
  retryBaseMs: number;
  /** Deadline for one HTTP attempt. */
  timeoutMs: number;
}

export interface GitHubResponse {
  status: number;
  data: unknown;
}

export type GitHubSend = (
  route: string,
  params: Record<string, unknown>,
  ctx?: FetchContext,
) => Promise<GitHubResponse>;

// A 409 means the file changed under us: retrying the same write cannot succeed. Rate limits (403, 429) are the
// throttling plugin's to wait out; retrying them blindly would only spend more of the quota.
const doNotRetry = [400, 401, 403, 404, 409, 410, 422, 429, 451];
// Wait out a rate limit only when GitHub asks for a short pause; longer waits become an error to report.
const longestRateLimitWaitSeconds = 10;

async function createOctokit(options: GitHubClientOptions): Promise<Octokit> {
  const { Octokit } = await import("octokit");
  const waitBriefly = (retryAfter: number, _request: unknown, _octokit: unknown, retryCount: number) =>
    retryCount < 1 && retryAfter <= longestRateLimitWaitSeconds;
  return new Octokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ""),
    userAgent: "oncall-mentor-mcp",
    retry: { doNotRetry, retries: options.retries, retryAfterBaseValue: options.retryBaseMs },
    throttle: options.throttle
      ? { onRateLimit: waitBriefly, onSecondaryRateLimit: waitBriefly }
      : { enabled: false },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

function abortError(): Error {
  const error = new Error("The request was cancelled.");
  // octokit rethrows errors named AbortError as they are, instead of retrying them.
  error.name = "AbortError";
  return error;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

/**
 * A success answer read whole and checked to be JSON. octokit would hand a cut-off body on as "" and an HTML page
 * as a string, with status 200, past its retry plugin; thrown from fetch, they are retried like a 5xx.
 */
async function wholeJson(response: Response): Promise<Response> {
  if (response.status < 200 || response.status >= 300 || response.status === 204 || response.status === 205)
    return response;
  let text: string;
  try {
    text = await response.text();
  } catch {
    // Our deadline or the caller's cancellation also ends a body early: fetchFor tells those apart first.
    throw new GitHubBrokenAnswerError(response.status, "cut off");
  }
  if (!JSON_TYPE.test(response.headers.get("content-type") ?? "") || !parsesAsJson(text))
    throw new GitHubBrokenAnswerError(response.status, "not JSON");
  const copy = new Response(text, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(copy, "url", { value: response.url });
  return copy;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The fetch octokit uses for one call. Counting here, not in an octokit hook, counts every attempt: hooks wrap
 * the retry plugin and would see a retried request once.
 */
function fetchFor(ctx: FetchContext | undefined, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    if (ctx?.signal?.aborted) throw abortError();
    if (ctx?.requests) ctx.requests.count += 1;
    const deadline = AbortSignal.timeout(timeoutMs);
    const signals = [deadline, ctx?.signal, init?.signal].filter((signal): signal is AbortSignal => !!signal);
    try {
      return await wholeJson(await fetch(input, { ...init, signal: AbortSignal.any(signals) }));
    } catch (error) {
      if (ctx?.signal?.aborted) throw abortError();
      if (deadline.aborted) throw new GitHubTimeoutError(timeoutMs);
      throw error;
    }
  };
}

export function createGitHubSend(options: GitHubClientOptions): GitHubSend {
  let client: Promise<Octokit> | null = null;
  return async (route, params, ctx) => {
    client ??= createOctokit(options);
    const octokit = await client;
    const response = await octokit.request(route, {
      ...params,
      request: { fetch: fetchFor(ctx, options.timeoutMs) },
    });
    return { status: response.status, data: response.data as unknown };
  };
}
