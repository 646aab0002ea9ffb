// One PagerDuty request through @pagerduty/pdjs, with what pdjs lacks: a timeout per attempt, cancellation,
// bounded retries that honour ratelimit-reset, a bound on concurrent requests, and a count of every request.
import type { IncomingMessage } from "node:http";
import { UpstreamError } from "../../lib/errors.js";
import type { FetchContext } from "../../ports/sources.js";
import { createConcurrencyLimit } from "./concurrency-limit.js";
import { createObservingAgents, type RequestObserver } from "./request-observer.js";
import { type AttemptOutcome, nextStep, parseResetSeconds, type RetryPolicy } from "./retry-policy.js";

export type QueryValue = string | number | boolean | readonly string[];

export interface PagerDutyRequest {
  method: "GET" | "POST" | "PUT" | "DELETE";
  /** Path under the API root, ids already encoded: "/incidents/Q1/notes". */
  path: string;
  /** Array parameters keep PagerDuty's spelling: { "statuses[]": ["triggered"] }. */
  query?: Record<string, QueryValue | undefined>;
  body?: unknown;
  /** The `From` header: the email of the PagerDuty user a write acts as. */
  from?: string;
  /** The error to throw on 404, instead of a generic UpstreamError. */
  notFound?: () => Error;
}

export interface PagerDutyClient {
  /** The parsed JSON body of a 2xx answer (null for 204). Throws UpstreamError, or `notFound()` on 404. */
  request(request: PagerDutyRequest, ctx?: FetchContext): Promise<unknown>;
  /** Closes idle keep-alive connections. */
  close(): void;
}

export interface PagerDutyClientOptions {
  token: string;
  /** "https://api.pagerduty.com", the EU host, or a loopback fake. */
  apiUrl: string;
  concurrency: number;
  policy: RetryPolicy;
}

/** The part of pdjs' `api()` used here. pdjs types its options on the DOM's RequestInit, without `agent`. */
type PdjsCall = (parameters: Record<string, unknown>) => Promise<PdjsResponse>;
interface PdjsResponse {
  status: number;
  data?: unknown;
}

// Why an attempt's controller aborted.
const RATE_LIMITED = Symbol("rate limited");
const TIMED_OUT = Symbol("timed out");
const CANCELLED = Symbol("cancelled");

// pdjs still re-sends a 429 it sees after this long; the observer aborts first, so this is only a floor that keeps
// a slip from becoming a tight loop.
const PDJS_RETRY_TIMEOUT_MS = 2_000;

export function createPagerDutyClient(options: PagerDutyClientOptions): PagerDutyClient {
  const root = options.apiUrl.replace(/\/+$/, "");
  const limit = createConcurrencyLimit(options.concurrency);
  const agents = createObservingAgents(options.concurrency);
  let pdjs: Promise<PdjsCall> | null = null;
  const loadPdjs = (): Promise<PdjsCall> => {
    pdjs ??= import("@pagerduty/pdjs").then((module) => pdjsApi(module));
    return pdjs;
  };

  const attemptOnce = async (
    call: PdjsCall,
    request: PagerDutyRequest,
    ctx: FetchContext | undefined,
  ): Promise<AttemptOutcome> => {
    const controller = new AbortController();
    let resetSeconds: number | null = null;
    const observer: RequestObserver = {
      onRequest() {
        if (ctx?.requests) ctx.requests.count++;
      },
      onResponse(response) {
        if (response.statusCode !== 429) return;
        resetSeconds = parseResetSeconds(
          header(response, "ratelimit-reset") ?? header(response, "retry-after"),
        );
        controller.abort(RATE_LIMITED);
      },
    };
    const timer = setTimeout(() => controller.abort(TIMED_OUT), options.policy.timeoutMs);
    const cancel = () => controller.abort(CANCELLED);
    ctx?.signal?.addEventListener("abort", cancel, { once: true });
    try {
      const response = await call({
        url: root + request.path,
        method: request.method,
        token: options.token,
        headers: request.from ? { From: request.from } : {},
        queryParameters: queryParameters(request.query),
        ...(request.body === undefined ? {} : { data: request.body }),
        signal: controller.signal,
        agent: agents.forAttempt(observer),
        // 0 stops pdjs arming a 30 s timer that does nothing but keep the process alive.
        requestTimeout: 0,
        retryTimeout: PDJS_RETRY_TIMEOUT_MS,
      });
      return { kind: "answer", status: response.status, data: response.data ?? null };
    } catch (error) {
      if (controller.signal.aborted) {
        const reason: unknown = controller.signal.reason;
        if (reason === RATE_LIMITED) return { kind: "rate-limited", resetSeconds };
        if (reason === TIMED_OUT) return { kind: "timeout" };
        throw cancellation(ctx?.signal);
      }
      // pdjs rejects with the Response itself when the body is not JSON.
      const status = statusOf(error);
      if (status !== null) {
        // PagerDuty documents a DELETE's 200 (an override cut short) and 204 without a body: done, nothing to read.
        if (request.method === "DELETE" && status >= 200 && status < 300)
          return { kind: "answer", status, data: null };
        const transient = status >= 500 || status < 300 || status === 408;
        return transient ? { kind: "malformed", status } : { kind: "answer", status, data: null };
      }
      if (!isFetchError(error)) throw error;
      return { kind: "network", code: systemCode(error) };
    } finally {
      clearTimeout(timer);
      ctx?.signal?.removeEventListener("abort", cancel);
    }
  };

  return {
    async request(request, ctx) {
      const call = await loadPdjs();
      const operation = `${request.method} ${request.path}`;
      for (let attempt = 1; ; attempt++) {
        ctx?.signal?.throwIfAborted();
        const outcome = await limit.run(() => attemptOnce(call, request, ctx), ctx?.signal);
        const step = nextStep(outcome, attempt, options.policy, operation, request.method === "GET");
        if (step.action === "retry") {
          await sleep(step.waitMs, ctx?.signal);
          continue;
        }
        if (step.action === "fail") throw redacted(step.error, options.token);
        if (step.status === 404) {
          if (request.notFound) throw request.notFound();
          throw new UpstreamError("PagerDuty", `PagerDuty has nothing at ${operation} (404).`, 404, false);
        }
        return step.data;
      }
    },
    close() {
      agents.destroy();
    },
  };
}

/** pdjs is CommonJS: `api` is a named export under Node, but only on `default` in an esbuild split chunk. */
function pdjsApi(module: unknown): PdjsCall {
  const namespace = module as { api?: unknown; default?: { api?: unknown } };
  const api = namespace.api ?? namespace.default?.api;
  if (typeof api !== "function") throw new TypeError("@pagerduty/pdjs exports no api() function.");
  return api as PdjsCall;
}

function queryParameters(query: PagerDutyRequest["query"]): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    result[key] = typeof value === "object" ? [...value] : String(value);
  }
  return result;
}

function header(response: IncomingMessage, name: string): string | null {
  const value = response.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function statusOf(error: unknown): number | null {
  if (typeof error !== "object" || error === null) return null;
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" ? status : null;
}

/** node-fetch's failure to connect or read; anything else thrown here is a bug to surface, not to retry. */
function isFetchError(error: unknown): boolean {
  return error instanceof Error && (error.name === "FetchError" || error.name === "AbortError");
}

/** node-fetch's FetchError carries the system error code (ECONNRESET, ECONNREFUSED, …). */
function systemCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && code.length > 0 ? code : null;
}

function cancellation(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancellation(signal));
      return;
    }
    const done = () => {
      signal?.removeEventListener("abort", stop);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(cancellation(signal));
    };
    signal?.addEventListener("abort", stop, { once: true });
  });
}

/** A token never reaches a message, even if PagerDuty echoes it in an error body. */
function redacted(error: UpstreamError, token: string): UpstreamError {
  if (token.length === 0 || !error.message.includes(token)) return error;
  return new UpstreamError(
    error.service,
    error.message.replaceAll(token, "[token]"),
    error.status,
    error.retryLater,
  );
}
