// Streamable HTTP: a real SDK client through the transport, and the refusals a hostile network meets.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningHttpServer } from "../../src/server/http.js";
import { serveHttpInProcess } from "../helpers/http-server.js";
import { connectHttp } from "../helpers/mcp-client.js";
import { INITIALIZE, MCP_HEADERS, rawRequest } from "../helpers/raw-http.js";

const TOKEN = "http-test-token-5f2c";

describe("Streamable HTTP", () => {
  let running: RunningHttpServer;
  beforeAll(async () => {
    running = await serveHttpInProcess({ ONCALL_HTTP_TOKEN: TOKEN }, { maxSessions: 3, idleMillis: 60_000 });
  });
  afterAll(async () => running?.close());

  it("serves a real client that sends the token, and DELETE ends its session", async () => {
    const { client, end } = await connectHttp(`${running.url}/mcp`, { name: "http-test", token: TOKEN });
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toContain("list_incidents");
    const result = await client.callTool({ name: "list_incidents", arguments: { limit: 2 } });
    expect(result.isError).toBeFalsy();
    expect(running.sessionCount()).toBe(1);
    await end();
    expect(running.sessionCount()).toBe(0);
  });

  it("answers /healthz without a token", async () => {
    const answer = await rawRequest(`${running.url}/healthz`, {});
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ status: "ok" });
  });

  it("refuses a missing or wrong token with 401", async () => {
    expect(
      (await rawRequest(`${running.url}/mcp`, { method: "POST", headers: MCP_HEADERS, body: INITIALIZE }))
        .status,
    ).toBe(401);
    const wrong = { ...MCP_HEADERS, authorization: `Bearer ${TOKEN}x` };
    expect(
      (await rawRequest(`${running.url}/mcp`, { method: "POST", headers: wrong, body: INITIALIZE })).status,
    ).toBe(401);
  });

  it("refuses a foreign Host or Origin with 403 (DNS rebinding)", async () => {
    const auth = { ...MCP_HEADERS, authorization: `Bearer ${TOKEN}` };
    const host = await rawRequest(`${running.url}/mcp`, {
      method: "POST",
      headers: { ...auth, host: "evil.example:80" },
      body: INITIALIZE,
    });
    expect(host.status).toBe(403);
    const origin = await rawRequest(`${running.url}/mcp`, {
      method: "POST",
      headers: { ...auth, origin: "http://evil.example" },
      body: INITIALIZE,
    });
    expect(origin.status).toBe(403);
  });

  it("refuses bodies over 1 MiB with 413", async () => {
    const auth = { ...MCP_HEADERS, authorization: `Bearer ${TOKEN}` };
    const big = Buffer.alloc(1024 * 1024 + 10, 0x20);
    const answer = await rawRequest(`${running.url}/mcp`, { method: "POST", headers: auth, body: big });
    expect(answer.status).toBe(413);
  });

  it("caps the number of sessions", async () => {
    const auth = { ...MCP_HEADERS, authorization: `Bearer ${TOKEN}` };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await rawRequest(`${running.url}/mcp`, { method: "POST", headers: auth, body: INITIALIZE })).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 503]);
  });
});

describe("Streamable HTTP reached by another name (ONCALL_HTTP_ALLOWED_HOSTS)", () => {
  let running: RunningHttpServer;
  beforeAll(async () => {
    running = await serveHttpInProcess(
      {
        ONCALL_HTTP_HOST: "0.0.0.0",
        ONCALL_HTTP_TOKEN: TOKEN,
        ONCALL_HTTP_ALLOWED_HOSTS: "oncall.internal.example,proxy.example:8443",
        ONCALL_HTTP_ALLOWED_ORIGINS: "https://console.example",
      },
      { maxSessions: 10, idleMillis: 60_000 },
    );
  });
  afterAll(async () => running?.close());

  const post = (headers: Record<string, string>) =>
    rawRequest(`${running.url.replace("0.0.0.0", "127.0.0.1")}/mcp`, {
      method: "POST",
      headers: { ...MCP_HEADERS, ...headers },
      body: INITIALIZE,
    });
  const auth = { authorization: `Bearer ${TOKEN}` };

  it("serves a listed name with the token, on any port or the one listed", async () => {
    const port = new URL(running.url).port;
    expect((await post({ ...auth, host: `oncall.internal.example:${port}` })).status).toBe(200);
    expect((await post({ ...auth, host: "oncall.internal.example" })).status).toBe(200);
    expect((await post({ ...auth, host: "proxy.example:8443" })).status).toBe(200);
    expect(
      (await post({ ...auth, host: "oncall.internal.example", origin: "https://console.example" })).status,
    ).toBe(200);
  });

  it("still refuses a listed name without the token, and names that are not listed", async () => {
    expect((await post({ host: "oncall.internal.example" })).status).toBe(401);
    expect((await post({ ...auth, host: "proxy.example:9000" })).status).toBe(403);
    expect((await post({ ...auth, host: "oncall.internal.example.evil.example" })).status).toBe(403);
    const refused = await post({ ...auth, host: "oncall.internal.example", origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.body).error.message).toMatch(/ONCALL_HTTP_ALLOWED_HOSTS/);
  });
});
