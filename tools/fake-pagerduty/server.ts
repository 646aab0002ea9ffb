// A loopback PagerDuty (REST API v2) over plain node:http, seeded from a workspace folder. Every answer it gives is
// checked against PagerDuty's own OpenAPI description when that is present; tests assert `violations` stays empty.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { type Fault, FaultPlan } from "../fakes/fault-plan.js";
import {
  BodyTooLargeError,
  delay,
  parseQuery,
  type Query,
  readBody,
  resetConnection,
  sendHtml,
  sendJson,
  sendTruncated,
} from "../fakes/http-io.js";
import {
  createRequestValidator,
  createResponseValidator,
  findSpecsDir,
  type RequestValidator,
  type ResponseValidator,
} from "../fakes/openapi-validator.js";
import type { HandlerResult } from "./handlers/context.js";
import { invalidInput, notFound, PagerDutyHttpError, statusError, unauthorized } from "./pd-errors.js";
import { matchRoute, OPERATIONS } from "./routes.js";
import { seedFromWorkspace } from "./seed.js";
import type { FakePagerDutyState } from "./state.js";

export const SPEC_FILE_NAME = "pagerduty-openapiv3.json";

export interface FakePagerDutyOptions {
  workspaceDir: string;
  /** Validate every answer (and request) against the spec; default: when ../shared/specs exists. */
  validate?: boolean;
  /** Added before every answer; `faults.latencyMs` can change it later. */
  latencyMs?: number;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The API token clients must send as `Authorization: Token token=<token>`. */
  token?: string;
  /** The fake's clock; default: team.yaml `asOf` when set (so a demo shows the same on any day), else the real one. */
  now?: () => number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Query;
  /** The status answered; 0 when the fault plan dropped or held the connection. */
  status: number;
}

export interface FakePagerDuty {
  /** http://127.0.0.1:<port> */
  url: string;
  token: string;
  requests: RecordedRequest[];
  /** Every spec violation seen in an answer. */
  violations: string[];
  /** Every spec violation seen in a request the fake routed (recorded only: the answer does not change). */
  requestViolations: string[];
  faults: FaultPlan;
  state: FakePagerDutyState;
  /** Whether answers are being validated. */
  validating: boolean;
  close(): Promise<void>;
}

interface Validators {
  response: ResponseValidator;
  request: RequestValidator;
}

function loadValidators(wanted: boolean | undefined): Validators | null {
  const specsDir = findSpecsDir();
  if (wanted === false || (wanted === undefined && specsDir === null)) return null;
  if (specsDir === null)
    throw new Error("validate: true needs ../shared/specs beside the repo root, and it is absent.");
  const specFile = path.join(specsDir, SPEC_FILE_NAME);
  return {
    response: createResponseValidator(specFile, { operations: OPERATIONS }),
    request: createRequestValidator(specFile, { operations: OPERATIONS }),
  };
}

function errorResult(error: PagerDutyHttpError): HandlerResult {
  return { status: error.status, body: error.body };
}

function rateLimitHeaders(resetSeconds: number): Record<string, string> {
  return { "ratelimit-limit": "960", "ratelimit-remaining": "0", "ratelimit-reset": String(resetSeconds) };
}

function singleHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function startFakePagerDuty(options: FakePagerDutyOptions): Promise<FakePagerDuty> {
  const state = await seedFromWorkspace(options.workspaceDir);
  const validators = loadValidators(options.validate);
  const token = options.token ?? "fake-token";
  const asOf = state.seededAsOf;
  const now = options.now ?? (asOf ? () => asOf : () => Date.now());
  const faults = new FaultPlan();
  faults.latencyMs = options.latencyMs ?? 0;
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const requestViolations: string[] = [];

  /** The answer the fake means to give, before faults that need one (truncated, corrupt). */
  async function answer(request: IncomingMessage, method: string, urlPath: string, query: Query) {
    if (singleHeader(request.headers.authorization) !== `Token token=${token}`)
      return errorResult(unauthorized());
    const matched = matchRoute(method, urlPath);
    if (!matched.handler) {
      const status = matched.pathKnown ? 405 : 404;
      return status === 404 ? errorResult(notFound()) : errorResult(statusError(405, "Method Not Allowed"));
    }
    let body: unknown;
    if (method === "POST" || method === "PUT") {
      const text = await readBody(request);
      try {
        body = text === "" ? undefined : JSON.parse(text);
      } catch {
        return errorResult(invalidInput("The request body is not valid JSON."));
      }
    }
    // Recorded, not refused: the fake answers the same with or without the spec, as PagerDuty itself would.
    if (validators) {
      requestViolations.push(
        ...validators.request.validate({ method, path: urlPath, query, headers: request.headers, body }),
      );
    }
    try {
      return matched.handler({ state, params: matched.params, query, headers: request.headers, body, now });
    } catch (error) {
      if (error instanceof PagerDutyHttpError) return errorResult(error);
      throw error;
    }
  }

  function validateAnswer(method: string, urlPath: string, result: HandlerResult): void {
    if (!validators || !matchRoute(method, urlPath).handler) return;
    violations.push(...validators.response.validate(method, urlPath, result.status, result.body));
  }

  /** Faults that replace the answer entirely; returns the status sent (0 for none), or null to answer normally. */
  function sendReplacingFault(fault: Fault, response: ServerResponse): number | null {
    switch (fault.kind) {
      case "reset":
        resetConnection(response);
        return 0;
      case "hang":
        return 0;
      case "html":
        sendHtml(response, fault.status ?? 502);
        return fault.status ?? 502;
      case "status": {
        const error = statusError(fault.status, fault.message);
        sendJson(response, fault.status, error.body);
        return fault.status;
      }
      case "rate-limit":
        sendJson(response, 429, statusError(429).body, rateLimitHeaders(fault.resetSeconds ?? 1));
        return 429;
      default:
        return null;
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://fake.invalid");
    const method = (request.method ?? "GET").toUpperCase();
    const urlPath = url.pathname;
    const query = parseQuery(url.searchParams);
    const recorded: RecordedRequest = { method, path: urlPath, query, status: 0 };
    requests.push(recorded);
    await delay(faults.latencyMs);
    const fault = faults.take(method, urlPath);
    if (fault) {
      const sent = sendReplacingFault(fault, response);
      if (sent !== null) {
        recorded.status = sent;
        return;
      }
    }
    let result: HandlerResult;
    try {
      result = await answer(request, method, urlPath, query);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      result = errorResult(invalidInput(error.message));
    }
    if (fault?.kind === "corrupt") result = { ...result, body: fault.mutate(structuredClone(result.body)) };
    validateAnswer(method, urlPath, result);
    recorded.status = result.status;
    if (fault?.kind === "truncated") {
      sendTruncated(response, result.status, result.body);
      return;
    }
    sendJson(response, result.status, result.body, rateLimitHeaders(60));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push(
        `${request.method} ${request.url}: the fake failed: ${(error as Error).stack ?? error}`,
      );
      if (!response.headersSent) sendJson(response, 500, statusError(500).body);
      else response.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    requests,
    violations,
    requestViolations,
    faults,
    state,
    validating: validators !== null,
    close() {
      faults.clear();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
