// How summarize_incident and summarize_oncall_period fetch, counted on the fake PagerDuty: few requests for a huge
// incident, one fetch for a resolved incident asked about three times, progress notifications, cancellation, and a
// digest whose requests grow with pages of incidents rather than with incidents.
import { type CallToolResult, CallToolResultSchema } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidentSummarySchema, oncallDigestSchema } from "../../src/incidents/schemas.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { pagerDutyEnvAsOfWorkspace } from "../helpers/both-sources.js";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import {
  createSyntheticWorkspace,
  DIGEST_INCIDENTS,
  DIGEST_WINDOW,
  periodIncidents,
  STORM,
  stormIncident,
} from "../helpers/synthetic-incidents.js";

const pagerDutyEnv = pagerDutyEnvAsOfWorkspace;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("an incident with 10,000 log entries, 1,000 alerts and 40 notes", () => {
  let workspace: Awaited<ReturnType<typeof createSyntheticWorkspace>>;
  let fake: FakePagerDuty;
  let session: TestClient;

  beforeAll(async () => {
    workspace = await createSyntheticWorkspace();
    fake = await startFakePagerDuty({ workspaceDir: workspace.dir });
    fake.state.addIncident(stormIncident());
    session = await connectInMemory(pagerDutyEnv(workspace.dir, fake));
  });
  afterAll(async () => {
    await session?.close();
    await fake?.close();
    await workspace?.remove();
  });

  it("is summarised from its overview and counts in at most 8 requests, within the size limits", async () => {
    const result = await session.call("summarize_incident", { incidentId: STORM.id });
    expect(result.isError, textOf(result)).toBeFalsy();
    const paths = fake.requests.map(
      (request) => `${request.path}?${new URLSearchParams(request.query as Record<string, string>)}`,
    );
    expect(paths.length).toBeLessThanOrEqual(8);
    expect(paths.filter((path) => path.startsWith("/users"))).toHaveLength(1);
    expect(paths).toContain(`/incidents/${STORM.id}?`);
    expect(paths).toContain(`/incidents/${STORM.id}/log_entries?offset=0&limit=1&total=true`);
    expect(paths).toContain(`/incidents/${STORM.id}/notes?`);
    expect(paths.filter((path) => path.includes("/alerts"))).toHaveLength(1);
    // 108 overview entries: two pages.
    expect(paths.filter((path) => path.includes("is_overview=true"))).toHaveLength(2);

    const summary = incidentSummarySchema.strict().parse(result.structuredContent);
    expect(summary.sources).toEqual({
      logEntries: 10_000,
      logEntriesRead: 108,
      overviewOnly: true,
      alerts: 1_000,
      notes: 40,
      requests: paths.length,
    });
    expect(summary.notifications).toEqual({ total: 9_892, byChannel: {}, channelsNotRead: 9_892 });
    expect(textOf(result)).toContain("9892 notifications (channels not read)");
    expect(summary.escalations).toBe(60);
    expect(summary.reassignments).toBe(4);
    expect(summary.timeToAcknowledgeSeconds).toBe(25 * 60);
    expect(summary.timeToResolveSeconds).toBe(6 * 3600);
    expect(summary.resolution?.text).toMatch(
      /Rolled back deploy 7c1e2f0 of checkout; error rate back under 0\.5%\.$/,
    );
    expect(summary.resolution?.actions[0]).toEqual({ kind: "rollback", text: "Rolled back" });
    expect(summary.timeline.length).toBe(15);
    expect(summary.alerts.total).toBe(1_000);

    const text = textOf(result);
    expect(Buffer.byteLength(text)).toBeLessThan(8 * 1024);
    expect(Buffer.byteLength(JSON.stringify(result.structuredContent))).toBeLessThan(24 * 1024);
    for (const secret of ["S3cretPassw0rd", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"]) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(result.structuredContent)).not.toContain(secret);
    }
    expect(fake.violations).toEqual([]);
  });

  it("keeps 60 timeline lines with detail full, still within the size limits, from the cache", async () => {
    const before = fake.requests.length;
    const result = await session.call("summarize_incident", {
      incidentId: String(STORM.number),
      detail: "full",
    });
    const summary = incidentSummarySchema.strict().parse(result.structuredContent);
    expect(fake.requests.length).toBe(before);
    expect(summary.timeline).toHaveLength(60);
    expect(summary.timelineOmitted).toBeGreaterThan(0);
    expect(Buffer.byteLength(textOf(result))).toBeLessThan(8 * 1024);
    expect(Buffer.byteLength(JSON.stringify(result.structuredContent))).toBeLessThan(24 * 1024);
  });
});

describe("fetching from PagerDuty for the small workspace", () => {
  let fake: FakePagerDuty;

  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: SMALL_WORKSPACE });
  });
  afterAll(async () => fake?.close());

  it("fetches a resolved incident asked about three times once, and an open one every time", async () => {
    const session = await connectInMemory(pagerDutyEnv(SMALL_WORKSPACE, fake));
    try {
      const count = (id: string) => fake.requests.filter((request) => request.path.includes(id)).length;
      for (const incidentId of ["Q1PAYLAT7X2K9A", "1042", "Q1PAYLAT7X2K9A"]) {
        const result = await session.call("summarize_incident", { incidentId });
        expect(result.isError, textOf(result)).toBeFalsy();
      }
      // incident, log entry count, notes, alerts, every log entry: once.
      expect(count("Q1PAYLAT7X2K9A")).toBe(5);
      expect(fake.requests.filter((request) => request.path === "/incidents/1042")).toHaveLength(0);
      // The asides of Q1 and Q2 look only at incidents that started before them: Q3, later, is never read.
      expect(count("Q3WEBHK5RT7Y1M")).toBe(0);
      const q2 = count("Q2LEDGREPL0B3C");

      for (let call = 0; call < 3; call++)
        await session.call("summarize_incident", { incidentId: "Q3WEBHK5RT7Y1M" });
      // Q3 is open: its own five requests every time. Its aside reads the notes of Q1 and Q2, earlier and resolved,
      // once at most (cached from then on).
      expect(count("Q3WEBHK5RT7Y1M")).toBe(15);
      expect(count("Q1PAYLAT7X2K9A")).toBeLessThanOrEqual(5 + 2);
      expect(count("Q2LEDGREPL0B3C") - q2).toBeLessThanOrEqual(2);
    } finally {
      await session.close();
    }
  });

  it("sends progress notifications when the client asks for them", async () => {
    const session = await connectInMemory(pagerDutyEnv(SMALL_WORKSPACE, fake));
    try {
      const seen: { progress: number; total?: number; message?: string }[] = [];
      const result = (await session.client.callTool(
        { name: "summarize_incident", arguments: { incidentId: "Q2LEDGREPL0B3C" } },
        CallToolResultSchema,
        { onprogress: (progress) => seen.push(progress) },
      )) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect(seen.map((update) => update.progress)).toEqual([1, 2, 3, 4, 5]);
      expect(seen.every((update) => update.total === 5)).toBe(true);
      expect(seen.at(-1)?.message).toBe("Read the log entries");
    } finally {
      await session.close();
    }
  });
});

describe("cancellation", () => {
  let workspace: Awaited<ReturnType<typeof createSyntheticWorkspace>>;
  let fake: FakePagerDuty;

  beforeAll(async () => {
    workspace = await createSyntheticWorkspace();
    fake = await startFakePagerDuty({ workspaceDir: workspace.dir, latencyMs: 150 });
    fake.state.addIncident(stormIncident());
  });
  afterAll(async () => {
    await fake?.close();
    await workspace?.remove();
  });

  it("stops fetching when the client aborts the call", async () => {
    const session = await connectInMemory(pagerDutyEnv(workspace.dir, fake));
    try {
      const controller = new AbortController();
      const before = fake.requests.length;
      const call = session.client.callTool(
        { name: "summarize_incident", arguments: { incidentId: STORM.id } },
        CallToolResultSchema,
        { signal: controller.signal },
      );
      // Abort while the first requests are under way, however long a busy machine takes to send them.
      while (fake.requests.length === before) await sleep(10);
      controller.abort();
      await expect(call).rejects.toThrow();
      await sleep(20);
      const atAbort = fake.requests.length;
      await sleep(600);
      expect(fake.requests.length).toBe(atAbort);
      // Uncancelled, the same call makes 7 requests (see the benchmark); the abort came during the first ones.
      expect(atAbort).toBeLessThan(7);
      expect(atAbort).toBeGreaterThan(0);
    } finally {
      await session.close();
    }
  });
});

describe("the digest of 500 incidents", () => {
  let workspace: Awaited<ReturnType<typeof createSyntheticWorkspace>>;
  let fake: FakePagerDuty;

  beforeAll(async () => {
    workspace = await createSyntheticWorkspace();
    fake = await startFakePagerDuty({ workspaceDir: workspace.dir });
    for (const incident of periodIncidents()) fake.state.addIncident(incident);
  });
  afterAll(async () => {
    await fake?.close();
    await workspace?.remove();
  });

  it("takes at most 25 requests: pages of incidents and of log entries, not one per incident", async () => {
    const session = await connectInMemory(pagerDutyEnv(workspace.dir, fake));
    try {
      const result = await session.call("summarize_oncall_period", DIGEST_WINDOW);
      expect(result.isError, textOf(result)).toBeFalsy();
      const digest = oncallDigestSchema.strict().parse(result.structuredContent);
      expect(digest.totals.incidents).toBe(DIGEST_INCIDENTS);
      // k % 97 === 0 stays open: k = 0, 97, 194, 291, 388, 485.
      // and k = 499, triggered at 23:49:55 on the last day and resolved 24 min later, after the period ended.
      expect(digest.totals.stillOpen).toBe(7);
      expect(digest.stillOpen.map((open) => open.number).slice(-1)).toEqual([20499]);
      // k % 10 < 7 is acknowledged: 350 of 500.
      expect(digest.timeToAcknowledge.measured).toBe(350);
      expect(digest.totals.lowUrgency).toBe(125);
      expect(fake.requests.length).toBeLessThanOrEqual(25);
      // Five pages of the window's incidents, and one of the incidents open now (open work from before the period).
      expect(fake.requests.filter((request) => request.path === "/incidents")).toHaveLength(6);
      expect(fake.requests.some((request) => /^\/incidents\/QP/.test(request.path))).toBe(false);
      expect(fake.violations).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
