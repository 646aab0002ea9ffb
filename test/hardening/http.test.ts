// Streamable HTTP against a hostile network: the bind address, the token, DNS rebinding (Host and Origin), body
// size, the session cap, idle sessions and DELETE. Every refusal is counted for the report.
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config-parse.js";
import type { RunningHttpServer } from "../../src/server/http.js";
import { BUILT_SERVER, startBuiltHttpServer } from "../../tools/hardening/built-server.js";
import { recordHardening } from "../../tools/hardening/report.js";
import { serveHttpInProcess } from "../helpers/http-server.js";
import { connectHttp } from "../helpers/mcp-client.js";
import { REPO_ROOT } from "../helpers/paths.js";
import { INITIALIZE, MCP_HEADERS, type RawAnswer, rawRequest } from "../helpers/raw-http.js";

const TOKEN = "httpHardening-9fK2xQ7vB3";
let refused = 0;
let notRefused = 0;
afterAll(() => recordHardening({ area: "http", tried: refused, failed: notRefused }));

/** Expects the refusal status, and counts it. */
function expectRefused(answer: RawAnswer, status: number, what: string): void {
  if (answer.status === status) refused++;
  else notRefused++;
  expect(answer.status, what).toBe(status);
}

const connectClient = (url: string, token?: string) =>
  connectHttp(`${url}/mcp`, { name: "hardening", ...(token ? { token } : {}) });

describe("the bind address", () => {
  it("is 127.0.0.1 unless a host is given", () => {
    expect(parseConfig({}, ["--http", "0"], REPO_ROOT).http?.host).toBe("127.0.0.1");
  });

  it("refuses a non-loopback address without ONCALL_HTTP_TOKEN, naming the setting", () => {
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "example.com"]) {
      expect(() => parseConfig({}, ["--http", "0", "--host", host], REPO_ROOT), host).toThrow(ConfigError);
      expect(() => parseConfig({}, ["--http", "0", "--host", host], REPO_ROOT)).toThrow(/ONCALL_HTTP_TOKEN/);
    }
    expect(
      parseConfig({ ONCALL_HTTP_TOKEN: TOKEN }, ["--http", "0", "--host", "0.0.0.0"], REPO_ROOT).http,
    ).toEqual({
      port: 0,
      host: "0.0.0.0",
      token: TOKEN,
      maxSessions: 100,
      idleMinutes: 30,
      allowedHosts: [],
      allowedOrigins: [],
    });
  });

  it("the built server listens on loopback only, and will not start on 0.0.0.0 without a token", async () => {
    const server = await startBuiltHttpServer();
    try {
      expect(server.mcpUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
      const port = new URL(server.mcpUrl).port;
      const outside = Object.values(networkInterfaces())
        .flat()
        .find((address) => address && address.family === "IPv4" && !address.internal);
      if (outside) {
        // Another address of this machine: nothing listens there.
        await expect(rawRequest(`http://${outside.address}:${port}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
        refused++;
      }
    } finally {
      await server.stop();
    }
    const { spawnSync } = await import("node:child_process");
    const started = spawnSync(process.execPath, [BUILT_SERVER, "--http", "0", "--host", "0.0.0.0"], {
      env: { PATH: process.env.PATH ?? "" },
      encoding: "utf8",
      timeout: 15_000,
    });
    expect(started.status).toBe(2);
    expect(started.stderr.trim().split("\n")).toHaveLength(1);
    expect(started.stderr).toMatch(/ONCALL_HTTP_TOKEN/);
    expect(started.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("with a token", () => {
  let server: RunningHttpServer;
  beforeAll(async () => {
    server = await serveHttpInProcess({ ONCALL_HTTP_TOKEN: TOKEN });
  });
  afterAll(async () => server?.close());

  it("refuses every request to /mcp without `Authorization: Bearer <token>` with 401", async () => {
    const wrong: (Record<string, string> | null)[] = [
      null,
      { authorization: "" },
      { authorization: "Bearer" },
      { authorization: "Bearer " },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Bearer ${TOKEN.slice(1)}` },
      { authorization: `Bearer ${TOKEN.toUpperCase()}` },
      { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString("base64")}` },
      { authorization: `Token token=${TOKEN}` },
      { authorization: TOKEN },
      { "x-api-key": TOKEN },
    ];
    for (const method of ["POST", "GET", "DELETE"]) {
      for (const headers of wrong) {
        const answer = await rawRequest(`${server.url}/mcp?token=${TOKEN}`, {
          method,
          headers: { ...MCP_HEADERS, ...(headers ?? {}), "mcp-session-id": "any" },
          ...(method === "POST" ? { body: INITIALIZE } : {}),
        });
        expectRefused(answer, 401, `${method} with ${JSON.stringify(headers)}`);
        expect(answer.headers["www-authenticate"]).toMatch(/^Bearer/);
      }
    }
  });

  it("serves a client with the token, and /healthz without one", async () => {
    const { client, end } = await connectClient(server.url, TOKEN);
    expect((await client.listTools()).tools.length).toBeGreaterThan(0);
    await end();
    expect((await rawRequest(`${server.url}/healthz`)).status).toBe(200);
  });

  it("refuses a foreign Host or Origin with 403 (DNS rebinding), even with the token", async () => {
    const port = new URL(server.url).port;
    const auth = { ...MCP_HEADERS, authorization: `Bearer ${TOKEN}` };
    const cases: Record<string, string>[] = [
      { host: "evil.example" },
      { host: `evil.example:${port}` },
      { host: `127.0.0.1:${Number(port) + 1}` },
      { host: `localhost.evil.example:${port}` },
      { host: `127.0.0.1.nip.io:${port}` },
      { origin: "http://evil.example" },
      { origin: `http://evil.example:${port}` },
      { origin: "null" },
      { origin: `https://127.0.0.1:${port}.evil.example` },
      { origin: "not a url" },
    ];
    for (const headers of cases) {
      const answer = await rawRequest(`${server.url}/mcp`, {
        method: "POST",
        headers: { ...auth, ...headers },
        body: INITIALIZE,
      });
      expectRefused(answer, 403, JSON.stringify(headers));
    }
    for (const origin of [`http://localhost:${port}`, `http://127.0.0.1:${port}`]) {
      const answer = await rawRequest(`${server.url}/mcp`, {
        method: "POST",
        headers: { ...auth, origin },
        body: INITIALIZE,
      });
      expect(answer.status, origin).toBe(200);
    }
  });

  it("refuses bodies over 1 MiB with 413, declared or streamed", async () => {
    const auth = { ...MCP_HEADERS, authorization: `Bearer ${TOKEN}` };
    const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
    expectRefused(
      await rawRequest(`${server.url}/mcp`, { method: "POST", headers: auth, body: big }),
      413,
      "declared",
    );
    const streamed = await rawRequest(`${server.url}/mcp`, {
      method: "POST",
      headers: { ...auth, "transfer-encoding": "chunked" },
      body: Buffer.alloc(3 * 1024 * 1024, 0x20),
      chunked: true,
    });
    expectRefused(streamed, 413, "streamed");
    // A body just under the limit is read (and refused only as not JSON).
    const under = await rawRequest(`${server.url}/mcp`, {
      method: "POST",
      headers: auth,
      body: Buffer.alloc(1024 * 1024, 0x7b),
    });
    expect(under.status).toBe(400);
  });
});

describe("sessions", () => {
  it("are capped, end on DELETE, and close after the idle time", async () => {
    const server = await serveHttpInProcess({}, { maxSessions: 2, idleMillis: 300 });
    try {
      const first = await connectClient(server.url);
      const second = await connectClient(server.url);
      expect(server.sessionCount()).toBe(2);
      expectRefused(
        await rawRequest(`${server.url}/mcp`, { method: "POST", headers: MCP_HEADERS, body: INITIALIZE }),
        503,
        "a third session",
      );

      const ended = first.transport.sessionId!;
      await first.transport.terminateSession();
      expect(server.sessionCount()).toBe(1);
      expectRefused(
        await rawRequest(`${server.url}/mcp`, {
          method: "POST",
          headers: { ...MCP_HEADERS, "mcp-session-id": ended },
          body: JSON.stringify({ jsonrpc: "2.0", id: 2, method: "tools/list" }),
        }),
        404,
        "a deleted session",
      );

      // The second session goes idle: the sweeper closes it within two idle periods.
      const idle = second.transport.sessionId!;
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(server.sessionCount()).toBe(0);
      expectRefused(
        await rawRequest(`${server.url}/mcp`, {
          method: "POST",
          headers: { ...MCP_HEADERS, "mcp-session-id": idle },
          body: JSON.stringify({ jsonrpc: "2.0", id: 3, method: "tools/list" }),
        }),
        404,
        "an idle-closed session",
      );
      await first.client.close();
      await second.client.close();
    } finally {
      await server.close();
    }
  });

  it("an active session is not closed as idle", async () => {
    // Calls 600 ms apart for 4.2 s against a 3 s idle limit: the session outlives the limit only because it is used,
    // and a call delayed 2 s by a busy machine still does not look idle.
    const server = await serveHttpInProcess({}, { maxSessions: 5, idleMillis: 3_000 });
    try {
      const active = await connectClient(server.url);
      for (let i = 0; i < 7; i++) {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await active.client.listTools();
      }
      expect(server.sessionCount()).toBe(1);
      await active.client.close();
    } finally {
      await server.close();
    }
  });
});
