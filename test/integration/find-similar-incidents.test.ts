// find_similar_incidents through a real MCP client: from the workspace and from the fake PagerDuty, with requests
// counted on the fake (pages of incidents + a constant), the session cache, cancellation and input errors.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { findSimilarOutput } from "../../src/incidents/similar/schema.js";
import { findSimilarIncidents, RERANK_POOL, SIMILAR_LIMITS } from "../../src/incidents/similar/search.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";
import { DEMO_AS_OF, similarContext } from "../helpers/similar-search.js";
import { readIncidentFiles, synthesizeIncidents } from "../helpers/synthetic-incidents.js";
import { connectSimilarTool, type SimilarTestClient } from "../incidents/similar/similar-server.js";

const TOO_MANY_CLIENTS = { id: "QQS86UXPHUN87Z", number: 1243 };
// getIncident, its notes and alerts, the user directory, notes of the re-ranked pool, log entries of the matches.
const CONSTANT_REQUESTS = (matches: number) => 4 + RERANK_POOL + matches;
// The demo incidents that started before #1243, within the default 2 years.
const BEFORE_1243 = 42;
// The demo's incidents fit one page, so one page of the newest incidents covers the 2-year window.
const WINDOW_REQUESTS = 1;
// When that page does not reach back far enough, the window is read 180 days a request (GET /incidents takes no more).
const SPANNED_WINDOW_REQUESTS = 1 + Math.ceil(SIMILAR_LIMITS.defaultDays / 180);

type Output = ReturnType<typeof findSimilarOutput.parse>;

function structured(result: Awaited<ReturnType<SimilarTestClient["call"]>>): Output {
  expect(result.isError, textOf(result)).toBeFalsy();
  return findSimilarOutput.parse(result.structuredContent);
}

describe("find_similar_incidents from the workspace", () => {
  let workspace: SimilarTestClient;
  beforeAll(async () => {
    workspace = await connectSimilarTool({ ONCALL_WORKSPACE: DEMO_WORKSPACE });
  });
  afterAll(async () => workspace?.close());

  it("finds the earlier pages of the same cause, with what fixed them and why they match", async () => {
    const result = await workspace.call({ incidentId: String(TOO_MANY_CLIENTS.number) });
    const output = structured(result);
    // Only earlier incidents, and only those above the relevance floor.
    expect(output.matches.map((match) => match.incident.number)).toEqual([1205, 1218]);
    expect(output.matches.map((match) => match.incident.id)).not.toContain(TOO_MANY_CLIENTS.id);
    const [first] = output.matches;
    expect(first).toMatchObject({
      incident: { id: "QE89U978XCJYUO", service: { id: "postgres", name: "Postgres" } },
      timeToResolveSeconds: 1877,
      resolvedBy: "Yuki Mori",
      runbookPath: "db/postgres.md",
    });
    expect(first!.resolution).toEqual(expect.any(String));
    expect(first!.matchedOn).toContain("same service");
    expect(first!.matchedOn.some((reason) => /notes share: .*ledger_batch/.test(reason))).toBe(true);
    expect(output.searched).toEqual({ incidents: BEFORE_1243, requests: 0 });
    expect(textOf(result)).toMatch(/^\*\*2 similar incidents\*\* to #1243 /);
    expect(textOf(result)).toContain("1. #1205 Postgres connections at 97% of max_connections on db-primary");
  });

  it("searches free text, and narrows by service and limit", async () => {
    const sms = structured(await workspace.call({ query: "SMS provider 429 throttling" }));
    expect(new Set(sms.matches.slice(0, 3).map((match) => match.incident.number))).toEqual(
      new Set([1208, 1225, 1240]),
    );
    expect(sms.searched.incidents).toBe(51);

    const onlyPostgres = structured(
      await workspace.call({ incidentId: TOO_MANY_CLIENTS.id, serviceIds: ["postgres"], limit: 1 }),
    );
    expect(onlyPostgres.matches).toHaveLength(1);
    expect(onlyPostgres.matches.every((match) => match.incident.service.id === "postgres")).toBe(true);
    expect(onlyPostgres.matches[0]!.incident.number).toBe(1205);
  });

  it("answers bad input with a sentence saying what to change", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{}, /Give incidentId \(an incident id or number\) or query/],
      [{ incidentId: "1243", query: "disk" }, /not both/],
      [{ query: "the of and" }, /query has no words to search on/],
      [{ incidentId: "999999" }, /No incident 999999 in the workspace/],
      [{ query: "disk", limit: 21 }, /limit: must be at most 20/],
      [{ query: "disk", since: "2027-01-01" }, /must be before until/],
      [{ query: "disk", since: "2026-01-01", until: "2025-06-01" }, /must be before until/],
      [{ incidentId: "1243", since: "2026-12-01" }, /must be before the incident's start/],
      [{ query: "disk", sinse: "2026-01-01" }, /unknown field sinse/],
    ];
    for (const [args, message] of cases) {
      const result = await workspace.call(args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(textOf(result), JSON.stringify(args)).toMatch(message);
    }
  });
});

describe("find_similar_incidents from PagerDuty", () => {
  let fake: FakePagerDuty;
  let session: SimilarTestClient;
  let workspace: SimilarTestClient;

  beforeAll(async () => {
    // PagerDuty mode runs on the clock: pin it to the demo's asOf so the default window holds the demo.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(DEMO_AS_OF);
    fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE });
    session = await connectSimilarTool({
      ONCALL_WORKSPACE: DEMO_WORKSPACE,
      PAGERDUTY_API_TOKEN: fake.token,
      PAGERDUTY_API_URL: fake.url,
    });
    workspace = await connectSimilarTool({ ONCALL_WORKSPACE: DEMO_WORKSPACE });
  });
  afterAll(async () => {
    await session?.close();
    await workspace?.close();
    await fake?.close();
    vi.useRealTimers();
  });

  it("gives the same top matches as the workspace, in pages + a constant number of requests", async () => {
    const before = fake.requests.length;
    const fromPagerDuty = structured(await session.call({ incidentId: "1243" }));
    const made = fake.requests.slice(before);
    const fromWorkspace = structured(await workspace.call({ incidentId: "1243" }));
    expect(fromPagerDuty.matches.slice(0, 3).map((match) => match.incident.id)).toEqual(
      fromWorkspace.matches.slice(0, 3).map((match) => match.incident.id),
    );
    expect(fromPagerDuty.searched.incidents).toBe(BEFORE_1243);
    expect(made.filter((request) => request.path === "/incidents")).toHaveLength(WINDOW_REQUESTS);
    expect(made).toHaveLength(WINDOW_REQUESTS + CONSTANT_REQUESTS(fromPagerDuty.matches.length));
    expect(fromPagerDuty.searched.requests).toBe(made.length);
    expect(fake.violations).toEqual([]);
  });

  it("answers a second search from what the sources keep: only open candidates are read again", async () => {
    const first = structured(await session.call({ incidentId: "1218", limit: 3 }));
    const before = fake.requests.length;
    const again = structured(await session.call({ incidentId: "1218", limit: 3 }));
    const made = fake.requests.slice(before).map((request) => request.path);
    // Notes of incidents still open may change, so they are read again; the demo has four open incidents.
    const open = ["QY9G5FKFAQ4UNN", "QERDERO9P0G6UP", "QYG1UJQ8502XDB", "QOIIA3AQRKWBU3"];
    const openNotes = made.filter((path) => open.some((id) => path === `/incidents/${id}/notes`));
    // #1218 is resolved: the incident, its notes and its alerts are kept, so nothing else is asked again.
    expect(made.filter((path) => !openNotes.includes(path))).toEqual([]);
    expect(openNotes.length).toBeLessThanOrEqual(open.length);
    expect(again.searched.requests).toBe(made.length);
    expect(again.matches).toEqual(first.matches);
  });
});

describe("requests grow with pages of incidents, not with incidents", () => {
  const fakes: FakePagerDuty[] = [];
  afterEach(async () => {
    while (fakes.length > 0) await fakes.pop()!.close();
  });

  async function searchWith(extraIncidents: number) {
    const fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE });
    fakes.push(fake);
    const demo = readIncidentFiles(DEMO_WORKSPACE).filter((file) => (file.alerts?.length ?? 0) <= 20);
    const oldest = Math.min(...demo.map((file) => Date.parse(String(file.incident["created_at"]))));
    for (const file of synthesizeIncidents(demo, extraIncidents, { before: new Date(oldest), days: 120 }))
      fake.state.addIncident(file);
    const ctx = await similarContext(DEMO_WORKSPACE, fake);
    const before = fake.requests.length;
    const result = await findSimilarIncidents(ctx, { incidentId: "1243" }, { limit: 5 });
    return { result, requests: fake.requests.length - before, fake };
  }

  it("adds one request per 100 incidents and nothing per incident", async () => {
    const small = await searchWith(0);
    const large = await searchWith(449);
    expect(small.result.searched.incidents).toBe(BEFORE_1243);
    expect(large.result.searched.incidents).toBe(BEFORE_1243 + 449);
    expect(small.requests).toBe(WINDOW_REQUESTS + CONSTANT_REQUESTS(small.result.matches.length));
    // 449 more incidents are 4 or 5 more pages (they may straddle two of the window's 180-day requests).
    const extraPages =
      large.requests - CONSTANT_REQUESTS(large.result.matches.length) - SPANNED_WINDOW_REQUESTS;
    expect(extraPages).toBeGreaterThanOrEqual(4);
    expect(extraPages).toBeLessThanOrEqual(5);
    expect(large.fake.violations).toEqual([]);
  });

  it("makes no request for an incident already read (as summarize_incident has it)", async () => {
    const fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE });
    fakes.push(fake);
    const ctx = await similarContext(DEMO_WORKSPACE, fake);
    const incident = await ctx.sources.incidents.getIncident("1243");
    const notes = await ctx.sources.incidents.listNotes(incident.id);
    const before = fake.requests.length;
    const result = await findSimilarIncidents(ctx, { incident, notes }, { limit: 3 });
    // One page of incidents, notes of the re-ranked pool, log entries of the matches.
    expect(result.matches.map((match) => match.incident.number)).toEqual([1205, 1218]);
    expect(fake.requests.length - before).toBe(WINDOW_REQUESTS + RERANK_POOL + 2);
    expect(result.target.incident).toEqual({ id: TOO_MANY_CLIENTS.id, number: 1243, title: incident.title });
  });

  it("stops reading when the call is cancelled", async () => {
    const fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE, latencyMs: 40 });
    fakes.push(fake);
    const controller = new AbortController();
    const ctx = { ...(await similarContext(DEMO_WORKSPACE, fake)), signal: controller.signal };
    const before = fake.requests.length;
    const search = findSimilarIncidents(ctx, { incidentId: "1243" });
    setTimeout(() => controller.abort(new Error("cancelled by the client")), 150);
    await expect(search).rejects.toThrow("cancelled by the client");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const settled = fake.requests.length - before;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.requests.length - before).toBe(settled);
    expect(settled).toBeLessThan(WINDOW_REQUESTS + CONSTANT_REQUESTS(2));
  });
});
