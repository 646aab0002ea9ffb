// Streamable HTTP: one McpServer per session, behind bearer-token auth, Host/Origin checks and size limits.
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { Config } from "../config.js";
import type { AppContext } from "./app-context.js";
import { createServer } from "./create-server.js";
import { type AllowedNames, hostAllowed, originAllowed } from "./http-allowed.js";

export const MAX_BODY_BYTES = 1024 * 1024;

export interface HttpLimits {
  maxSessions: number;
  idleMillis: number;
}

const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "[::1]"];

interface Session {
  transport: StreamableHTTPServerTransport;
  close(): Promise<void>;
  lastSeen: number;
}

export interface RunningHttpServer {
  url: string;
  sessionCount(): number;
  close(): Promise<void>;
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function reply(
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null }));
}

function readBody(req: IncomingMessage): Promise<Buffer | "too-large"> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      resolve("too-large");
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop buffering but let the client finish sending, so it reads the 413 instead of a reset.
        req.removeAllListeners("data");
        req.resume();
        resolve("too-large");
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

export async function serveHttp(
  app: AppContext,
  http: NonNullable<Config["http"]>,
  limits: HttpLimits = { maxSessions: http.maxSessions, idleMillis: http.idleMinutes * 60_000 },
): Promise<RunningHttpServer> {
  const sessions = new Map<string, Session>();
  let allowed: AllowedNames = { local: new Set(), hosts: http.allowedHosts, origins: http.allowedOrigins };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" && req.method === "GET") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ status: "ok", sessions: sessions.size }));
      return;
    }
    if (!hostAllowed(req.headers.host, allowed) || !originAllowed(req.headers.origin, allowed))
      return reply(
        res,
        403,
        "Forbidden: Host or Origin not allowed; to reach the server by another name, list it in ONCALL_HTTP_ALLOWED_HOSTS (and a browser's origin in ONCALL_HTTP_ALLOWED_ORIGINS).",
      );
    if (path !== "/mcp") return reply(res, 404, "Not found: the MCP endpoint is /mcp.");
    if (http.token) {
      const header = req.headers.authorization ?? "";
      const given = header.startsWith("Bearer ") ? header.slice(7) : "";
      if (!sameSecret(given, http.token)) {
        return reply(res, 401, "Unauthorized: send Authorization: Bearer <ONCALL_HTTP_TOKEN>.", {
          "www-authenticate": 'Bearer realm="oncall-mentor-mcp"',
        });
      }
    }

    let parsedBody: unknown;
    if (req.method === "POST") {
      const body = await readBody(req);
      if (body === "too-large") {
        return reply(res, 413, `Request body over ${MAX_BODY_BYTES} bytes.`, { connection: "close" });
      }
      try {
        parsedBody = JSON.parse(body.toString("utf8"));
      } catch {
        return reply(res, 400, "Parse error: the body is not JSON.");
      }
    }

    const sessionId = req.headers["mcp-session-id"];
    if (typeof sessionId === "string") {
      const session = sessions.get(sessionId);
      if (!session) return reply(res, 404, "Session not found; initialize a new session.");
      session.lastSeen = Date.now();
      await session.transport.handleRequest(req, res, parsedBody);
      return;
    }
    if (req.method !== "POST") return reply(res, 400, "Bad request: no mcp-session-id header.");
    if (sessions.size >= limits.maxSessions) {
      return reply(res, 503, "Too many sessions; close one or try again later.", { "retry-after": "30" });
    }
    const { server } = createServer(app);
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, close: () => server.close(), lastSeen: Date.now() });
      },
      onsessionclosed: (id) => {
        sessions.delete(id);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
    };
    await server.connect(transport);
    await transport.handleRequest(req, res, parsedBody);
    if (!transport.sessionId) await server.close();
  };

  const httpServer = createHttpServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      app.log.warn(`HTTP request failed: ${error instanceof Error ? error.message : String(error)}`);
      reply(res, 500, "Internal error.");
    });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(http.port, http.host, () => resolve());
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : http.port;
  const names = new Set([...LOOPBACK_NAMES, http.host.includes(":") ? `[${http.host}]` : http.host]);
  allowed = { ...allowed, local: new Set([...names].map((name) => `${name}:${port}`.toLowerCase())) };

  const sweeper = setInterval(
    () => {
      const now = Date.now();
      for (const [id, session] of sessions) {
        if (now - session.lastSeen > limits.idleMillis) {
          sessions.delete(id);
          void session.close();
        }
      }
    },
    Math.min(60_000, limits.idleMillis),
  );
  sweeper.unref();

  const hostForUrl = http.host.includes(":") ? `[${http.host}]` : http.host;
  return {
    url: `http://${hostForUrl}:${port}`,
    sessionCount: () => sessions.size,
    close: async () => {
      clearInterval(sweeper);
      await Promise.all([...sessions.values()].map((session) => session.close()));
      sessions.clear();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
