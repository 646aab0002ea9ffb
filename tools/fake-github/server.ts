// A loopback GitHub for tests and demos: real HTTP, an in-memory git repository, every answer checked against
// GitHub's own API description, and failures on demand.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import {
  createRequestValidator,
  createResponseValidator,
  findSpecsDir,
  type RequestValidator,
  type ResponseValidator,
} from "../fakes/openapi-validator.js";
import { type Fault, FaultPlan } from "./faults.js";
import { errorBody, type Json, type Site } from "./payloads.js";
import { FakeRepoState } from "./repo-state.js";
import { type FakeRequest, matchRoute, notFound, type Reply } from "./router.js";
import { githubRoutes } from "./routes.js";

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** Path → content on the default branch. */
  files: Record<string, string>;
  defaultBranch?: string;
  /** When set, only this token is accepted; otherwise any non-empty token is. */
  token?: string;
  /** Check every answer (and request) against the API description (default true; off when the specs are absent). */
  validate?: boolean;
  port?: number;
  /** Commit and pull request times; defaults to the system clock. */
  clock?: () => Date;
  /** Recursive trees longer than this are cut and marked truncated, as GitHub does past 100,000 entries. */
  maxTreeEntries?: number;
}

export interface RecordedRequest {
  method: string;
  /** Raw path as received, without the query string. */
  path: string;
  query: string;
  /** 0 when no answer was sent (dropped or hung connection). */
  status: number;
  /** The API description's path template, or null when no operation matched. */
  operation: string | null;
  fault: Fault["kind"] | null;
  body: unknown;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Every way an answer (or request) differed from the API description. */
  violations: string[];
  faults: FaultPlan;
  state: FakeRepoState;
  /** False when running without the API description. */
  validated: boolean;
  close(): Promise<void>;
}

export const specFileName = "github-openapi-subset.json";

const rateLimitHeaders = (now: Date, remaining: number, reset?: Date): Record<string, string> => ({
  "x-ratelimit-limit": "5000",
  "x-ratelimit-remaining": String(remaining),
  "x-ratelimit-used": String(5000 - remaining),
  "x-ratelimit-reset": String(Math.floor((reset ?? new Date(now.getTime() + 3_600_000)).getTime() / 1000)),
  "x-ratelimit-resource": "core",
});

const htmlPage =
  "<!DOCTYPE html>\n<html><head><title>Unicorn! · GitHub</title></head>" +
  "<body><h1>No server is currently available to service your request.</h1></body></html>\n";

const statusMessages: Record<number, string> = {
  401: "Bad credentials",
  403: "Forbidden",
  404: "Not Found",
  500: "Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
};

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function presentedToken(header: string | undefined): string | null {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header?.trim() ?? "");
  return match?.[1] ?? null;
}

function createValidators(
  wanted: boolean,
): { responses: ResponseValidator; requests: RequestValidator } | null {
  const specsDir = wanted ? findSpecsDir() : null;
  if (!specsDir) return null;
  const specFile = path.join(specsDir, specFileName);
  return { responses: createResponseValidator(specFile), requests: createRequestValidator(specFile) };
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const clock = options.clock ?? (() => new Date());
  const state = new FakeRepoState(
    options.owner,
    options.repo,
    options.defaultBranch ?? "main",
    options.files,
    clock,
  );
  const routes = githubRoutes(options.maxTreeEntries ?? 100_000);
  const validators = createValidators(options.validate ?? true);
  const faults = new FaultPlan();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const site: Site = { apiUrl: "", state };
  let requestCounter = 0;

  // A validator that cannot compile a schema must not take the answer down with it: record why and go on.
  function checkAgainstSpec(method: string, rawPath: string, check: () => string[]): void {
    try {
      violations.push(...check());
    } catch (error) {
      violations.push(
        `${method} ${rawPath}: the validator failed: ${error instanceof Error ? error.message : error}`,
      );
    }
  }

  function send(
    response: http.ServerResponse,
    status: number,
    body: string,
    headers: Record<string, string>,
  ): void {
    response.writeHead(status, { "content-length": String(Buffer.byteLength(body)), ...headers });
    response.end(body);
  }

  function jsonHeaders(extra: Record<string, string> = {}): Record<string, string> {
    requestCounter += 1;
    return {
      "content-type": "application/json; charset=utf-8",
      "x-github-media-type": "github.v3; format=json",
      "x-github-request-id": `FAKE:${requestCounter.toString(16).toUpperCase().padStart(6, "0")}`,
      ...rateLimitHeaders(clock(), Math.max(1, 4999 - requestCounter)),
      ...extra,
    };
  }

  function faultReply(fault: Fault): Reply | null {
    if (fault.kind === "status") {
      const message = fault.message ?? statusMessages[fault.status] ?? "Error";
      return { status: fault.status, body: errorBody(message, { status: String(fault.status) }) };
    }
    if (fault.kind === "rate-limit") {
      const secondary = fault.secondary ?? true;
      const message = secondary
        ? "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."
        : "API rate limit exceeded for user ID 9919.";
      const headers = rateLimitHeaders(clock(), secondary ? 4000 : 0, fault.resetAt);
      if (fault.retryAfterSeconds !== undefined) headers["retry-after"] = String(fault.retryAfterSeconds);
      return { status: fault.status, body: errorBody(message, { status: String(fault.status) }), headers };
    }
    return null;
  }

  async function handle(incoming: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? "/", "http://fake.invalid");
    const method = (incoming.method ?? "GET").toUpperCase();
    const text = await readBody(incoming);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.search,
      status: 0,
      operation: null,
      fault: null,
      body: undefined,
    };
    requests.push(record);
    const answer = (status: number, body: string, headers: Record<string, string>) => {
      record.status = status;
      send(response, status, body, headers);
    };

    try {
      record.body = text ? JSON.parse(text) : undefined;
    } catch {
      answer(400, JSON.stringify(errorBody("Problems parsing JSON")), jsonHeaders());
      return;
    }
    const match = matchRoute(routes, method, url.pathname);
    record.operation = match?.route.template ?? null;

    const fault = faults.take(method, url.pathname);
    record.fault = fault?.kind ?? null;
    if (fault?.kind === "reset") {
      incoming.socket.destroy();
      return;
    }
    if (fault?.kind === "hang") return;
    if (fault?.kind === "html") {
      answer(fault.status ?? 200, htmlPage, { "content-type": "text/html; charset=utf-8" });
      return;
    }
    const planned = fault ? faultReply(fault) : null;
    if (planned) {
      answer(planned.status, JSON.stringify(planned.body), jsonHeaders(planned.headers));
      return;
    }

    const token = presentedToken(incoming.headers.authorization);
    if (!token || (options.token !== undefined && token !== options.token)) {
      answer(401, JSON.stringify(errorBody("Bad credentials", { status: "401" })), jsonHeaders());
      return;
    }

    let reply: Reply;
    if (!match) {
      violations.push(`${method} ${url.pathname}: no operation in ${specFileName} matches this request`);
      reply = notFound();
    } else if (
      ("owner" in match.params && match.params["owner"]?.toLowerCase() !== state.owner.toLowerCase()) ||
      ("repo" in match.params && match.params["repo"]?.toLowerCase() !== state.repo.toLowerCase())
    ) {
      reply = notFound();
    } else {
      if (validators) {
        checkAgainstSpec(method, url.pathname, () =>
          validators.requests.validate({
            method,
            path: match.canonicalPath,
            query: Object.fromEntries(url.searchParams),
            headers: {},
            body: record.body,
          }),
        );
      }
      const request: FakeRequest = {
        method,
        rawPath: url.pathname,
        query: url.searchParams,
        body: record.body,
      };
      reply = match.route.handle(request, match.params, site);
    }

    const body: Json = fault?.kind === "corrupt" ? fault.mutate(reply.body) : reply.body;
    if (validators && match) {
      checkAgainstSpec(method, url.pathname, () =>
        validators.responses.validate(method, match.canonicalPath, reply.status, body),
      );
    }
    const serialized = JSON.stringify(body);
    const headers = jsonHeaders(reply.headers);
    if (fault?.kind === "truncated") {
      record.status = reply.status;
      response.writeHead(reply.status, {
        ...headers,
        "content-length": String(Buffer.byteLength(serialized)),
      });
      // Let the half reach the client before the connection drops, or it sees only the drop.
      response.write(serialized.slice(0, Math.floor(serialized.length / 2)), () => {
        setTimeout(() => incoming.socket.destroy(), 20);
      });
      return;
    }
    answer(reply.status, serialized, headers);
  }

  const server = http.createServer((incoming, response) => {
    handle(incoming, response).catch((error: unknown) => {
      violations.push(`fake GitHub failed on ${incoming.method} ${incoming.url}: ${String(error)}`);
      if (!response.headersSent)
        send(response, 500, JSON.stringify(errorBody("Server Error")), jsonHeaders());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  site.apiUrl = `http://127.0.0.1:${port}`;

  return {
    url: site.apiUrl,
    requests,
    violations,
    faults,
    state,
    validated: validators !== null,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
