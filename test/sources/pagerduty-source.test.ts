// The PagerDuty source over the real @pagerduty/pdjs and real HTTP, against the loopback fake PagerDuty seeded from
// the same workspace the workspace source reads: both must return the same normalised records. Then paging, the
// 10,000 offset ceiling, rate limits, retries, timeouts, the token and cancellation; then the pure pieces.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ConfigurationError, NotFoundError, UpstreamError } from "../../src/lib/errors.js";
import type { FetchContext, IncidentSource, ScheduleSource } from "../../src/ports/sources.js";
import { createConcurrencyLimit } from "../../src/sources/pagerduty/concurrency-limit.js";
import { createPagerDutyClient } from "../../src/sources/pagerduty/http-client.js";
import { createPagerDutySources, type PagerDutySourceOptions } from "../../src/sources/pagerduty/index.js";
import { narrowWindow, splitWindow } from "../../src/sources/pagerduty/paging.js";
import { nextStep, parseResetSeconds, type RetryPolicy } from "../../src/sources/pagerduty/retry-policy.js";
import { createUserDirectory, joinUsers } from "../../src/sources/pagerduty/user-directory.js";
import { createWorkspaceSources } from "../../src/sources/workspace/index.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import { engineer, teamDirectory } from "../builders/index.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";

const AS_OF = "2026-11-24T12:00:00Z";
const workspace = createWorkspaceSources({ workspaceDir: SMALL_WORKSPACE, runbookDir: "runbooks" });
const opened: { close(): void }[] = [];

function pagerDutySources(fake: FakePagerDuty, options: Partial<PagerDutySourceOptions> = {}) {
  const sources = createPagerDutySources({
    token: fake.token,
    apiUrl: fake.url,
    fromEmail: "alice@example.com",
    team: workspace.team,
    now: () => new Date(AS_OF),
    retry: { maxAttempts: 3, maxWaitMs: 100 },
    timeoutMs: 5_000,
    ...options,
  });
  opened.push(sources);
  return sources;
}

/** Runs `call` and returns what it gave (or threw), the fake's requests meanwhile, and the source's count. */
async function observe<T>(fake: FakePagerDuty, call: (ctx: FetchContext) => Promise<T>) {
  const before = fake.requests.length;
  const ctx = { requests: { count: 0 } };
  const started = Date.now();
  const outcome = await call(ctx).then(
    (value) => ({ value, error: null }),
    (error: unknown) => ({ value: null, error }),
  );
  return {
    ...outcome,
    elapsedMs: Date.now() - started,
    requests: fake.requests.slice(before),
    count: ctx.requests.count,
  };
}

afterAll(() => {
  for (const sources of opened) sources.close();
});

describe("a call cancelled before it starts", () => {
  it("rejects, and leaves no rejection unhandled (one would end the server)", async () => {
    const fake = await startFakePagerDuty({ workspaceDir: SMALL_WORKSPACE });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const sources = pagerDutySources(fake);
      const signal = AbortSignal.abort(new Error("deadline"));
      await expect(sources.incidents.getIncident("1042", { signal })).rejects.toThrow("deadline");
      await expect(sources.schedules.listSchedules({ signal })).rejects.toThrow("deadline");
      // Unhandled rejections are reported after the microtasks of this turn; give them a macrotask.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
      await fake.close();
    }
  });
});

describe("the PagerDuty source returns what the workspace source returns for the same data", () => {
  let fake: FakePagerDuty;
  let pagerDuty: { incidents: IncidentSource; schedules: ScheduleSource };

  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: SMALL_WORKSPACE });
    pagerDuty = pagerDutySources(fake);
  });
  afterAll(() => fake.close());

  type Sources = { incidents: IncidentSource; schedules: ScheduleSource };
  const cases: [string, (s: Sources) => Promise<unknown>][] = [
    ["every incident", (s) => s.incidents.listIncidents({ limit: 10, offset: 0 })],
    [
      "payments incidents in a window, second page",
      (s) =>
        s.incidents.listIncidents({
          limit: 1,
          offset: 1,
          since: "2026-11-20T00:00:00Z",
          until: "2026-11-24T00:00:00Z",
          serviceIds: ["payments-api"],
        }),
    ],
    [
      "resolved incidents since a day",
      (s) =>
        s.incidents.listIncidents({
          limit: 5,
          offset: 0,
          since: "2026-11-21T00:00:00Z",
          statuses: ["resolved"],
        }),
    ],
    ["low-urgency incidents", (s) => s.incidents.listIncidents({ limit: 5, offset: 0, urgency: "low" })],
    ["an incident by id", (s) => s.incidents.getIncident("Q2LEDGREPL0B3C")],
    ["an incident by number", (s) => s.incidents.getIncident("1044")],
    ...["Q1PAYLAT7X2K9A", "Q2LEDGREPL0B3C", "Q3WEBHK5RT7Y1M"].flatMap(
      (id): [string, (s: Sources) => Promise<unknown>][] => [
        [`log entries of ${id}`, (s) => s.incidents.listLogEntries(id)],
        [`overview log entries of ${id}`, (s) => s.incidents.listLogEntries(id, { overview: true })],
        [`the first 2 log entries of ${id}`, (s) => s.incidents.listLogEntries(id, { limit: 2 })],
        [`the count of log entries of ${id}`, (s) => s.incidents.listLogEntries(id, { limit: 0 })],
        [`notes of ${id}`, (s) => s.incidents.listNotes(id)],
        [`alerts of ${id}`, (s) => s.incidents.listAlerts(id)],
        [`the first alert of ${id}`, (s) => s.incidents.listAlerts(id, { limit: 1 })],
      ],
    ),
    [
      "log entries in a window",
      (s) => s.incidents.listLogEntriesInWindow("2026-11-20T00:00:00Z", "2026-11-24T00:00:00Z"),
    ],
    [
      "overview log entries in a window",
      (s) =>
        s.incidents.listLogEntriesInWindow("2026-11-21T00:00:00Z", "2026-11-24T00:00:00Z", {
          overview: true,
        }),
    ],
    ["schedules", (s) => s.schedules.listSchedules()],
    [
      "payments-primary shifts across an override",
      (s) => s.schedules.renderSchedule("payments-primary", "2026-11-16T00:00:00Z", "2026-11-30T00:00:00Z"),
    ],
    [
      "ledger-daily shifts, clipped",
      (s) => s.schedules.renderSchedule("ledger-daily", "2026-11-18T12:00:00Z", "2026-11-21T12:00:00Z"),
    ],
  ];

  it.each(cases)("%s", async (_label, read) => {
    const expected = await read(workspace);
    const actual = await read(pagerDuty);
    expect(actual).toEqual(expected);
  });

  it("reads real records, so the comparison above is not between two empty answers", async () => {
    const page = await pagerDuty.incidents.listIncidents({ limit: 10, offset: 0 });
    expect(page.incidents.map((i) => i.number)).toEqual([1044, 1043, 1042]);
    expect(page.incidents[0]?.assignees).toEqual([{ id: "carol", name: "Carol Diaz", known: true }]);
    const shifts = await pagerDuty.schedules.renderSchedule(
      "payments-primary",
      "2026-11-20T00:00:00Z",
      "2026-11-22T00:00:00Z",
    );
    // Bob's week (from Monday 2026-11-16 09:00 Pacific) split by Dave's override, 17:00 to 09:00 Pacific.
    expect(shifts).toEqual([
      {
        scheduleId: "payments-primary",
        user: "bob",
        start: "2026-11-20T00:00:00.000Z",
        end: "2026-11-21T01:00:00.000Z",
      },
      {
        scheduleId: "payments-primary",
        user: "dave",
        start: "2026-11-21T01:00:00.000Z",
        end: "2026-11-21T17:00:00.000Z",
      },
      {
        scheduleId: "payments-primary",
        user: "bob",
        start: "2026-11-21T17:00:00.000Z",
        end: "2026-11-22T00:00:00.000Z",
      },
    ]);
  });

  it("counts one request for a count of log entries, asked with total=true&limit=1", async () => {
    const { value, requests, count } = await observe(fake, (ctx) =>
      pagerDuty.incidents.listLogEntries("Q2LEDGREPL0B3C", { limit: 0 }, ctx),
    );
    expect(value).toEqual({ items: [], total: 7 });
    expect(requests.map((r) => [r.path, r.query["total"], r.query["limit"]])).toEqual([
      ["/incidents/Q2LEDGREPL0B3C/log_entries", "true", "1"],
    ]);
    expect(count).toBe(1);
  });

  it("translates a query into PagerDuty's parameters", async () => {
    const { requests } = await observe(fake, (ctx) =>
      pagerDuty.incidents.listIncidents(
        {
          limit: 5,
          offset: 0,
          since: "2026-11-01T00:00:00Z",
          until: "2026-11-24T00:00:00Z",
          serviceIds: ["payments-api", "ledger"],
          teamIds: ["payments"],
          statuses: ["triggered", "acknowledged"],
          urgency: "high",
        },
        ctx,
      ),
    );
    expect(requests.filter((r) => r.path === "/incidents").map((r) => r.query)).toEqual([
      {
        "service_ids[]": ["PSVC001", "PSVC002"],
        "team_ids[]": "PT4KHLK",
        "statuses[]": ["triggered", "acknowledged"],
        "urgencies[]": "high",
        sort_by: "created_at:desc",
        since: "2026-11-01T00:00:00.000Z",
        until: "2026-11-24T00:00:00.000Z",
        offset: "0",
        limit: "5",
        total: "true",
      },
    ]);
  });

  it("says which incident PagerDuty does not have", async () => {
    const { error } = await observe(fake, (ctx) => pagerDuty.incidents.getIncident("Q123", ctx));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe("PagerDuty has no incident Q123; it may have been deleted.");
  });

  it("refuses to post a note without PAGERDUTY_FROM_EMAIL, before any request", async () => {
    const sources = pagerDutySources(fake, { fromEmail: null });
    const { error, count } = await observe(fake, (ctx) =>
      sources.incidents.addNote("Q1PAYLAT7X2K9A", "hi", ctx),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      "add_incident_note needs PAGERDUTY_FROM_EMAIL: set it to the email of the PagerDuty user notes are posted as, then restart the server.",
    );
    expect(count).toBe(0);
  });

  it("sends only requests and answers that PagerDuty's API description allows", () => {
    expect(fake.requestViolations).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});

describe("failures: rate limits, retries, timeouts, the token", () => {
  let fake: FakePagerDuty;

  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: SMALL_WORKSPACE });
  });
  afterEach(() => fake.faults.clear());
  afterAll(() => fake.close());

  /** A source whose user list is already read, so a call's requests are its own. */
  async function warmSource(options: Partial<PagerDutySourceOptions> = {}) {
    const sources = pagerDutySources(fake, options);
    await sources.schedules.listSchedules();
    return sources;
  }

  it("waits the time ratelimit-reset gives after a 429, then succeeds", async () => {
    const sources = await warmSource({ retry: { maxAttempts: 3, maxWaitMs: 5_000 } });
    fake.faults.inject({ kind: "rate-limit", resetSeconds: 0.4 }, { path: "/incidents/Q1PAYLAT7X2K9A" });
    const { value, error, elapsedMs, requests, count } = await observe(fake, (ctx) =>
      sources.incidents.getIncident("Q1PAYLAT7X2K9A", ctx),
    );
    expect(error).toBeNull();
    expect(value?.number).toBe(1042);
    expect(requests.map((r) => r.status)).toEqual([429, 200]);
    expect(count).toBe(2);
    expect(elapsedMs).toBeGreaterThanOrEqual(400);
  });

  it("caps the wait a long ratelimit-reset asks for", async () => {
    const sources = await warmSource({ retry: { maxAttempts: 3, maxWaitMs: 150 } });
    fake.faults.inject({ kind: "rate-limit", resetSeconds: 60 }, { path: "/incidents/Q1PAYLAT7X2K9A" });
    const { error, elapsedMs, requests } = await observe(fake, (ctx) =>
      sources.incidents.getIncident("Q1PAYLAT7X2K9A", ctx),
    );
    expect(error).toBeNull();
    expect(requests.map((r) => r.status)).toEqual([429, 200]);
    expect(elapsedMs).toBeGreaterThanOrEqual(150);
    expect(elapsedMs).toBeLessThan(10_000);
  });

  it("gives up on a rate limit after 3 tries, with a sentence", async () => {
    const sources = await warmSource();
    fake.faults.inject({ kind: "rate-limit", resetSeconds: 0.05 }, { path: "/incidents", times: 10 });
    const { error, requests, count } = await observe(fake, (ctx) =>
      sources.incidents.listIncidents({ limit: 5, offset: 0 }, ctx),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).message).toBe(
      "PagerDuty is rate limiting this token (429) and did not recover after 3 tries; try again in a minute.",
    );
    expect((error as UpstreamError).retryLater).toBe(true);
    expect(requests.map((r) => `${r.path} ${r.status}`)).toEqual([
      "/incidents 429",
      "/incidents 429",
      "/incidents 429",
    ]);
    expect(count).toBe(3);
  });

  it("retries 5xx answers a bounded number of times", async () => {
    const sources = await warmSource({ retry: { maxAttempts: 4, maxWaitMs: 20 } });
    fake.faults.inject(
      { kind: "status", status: 503 },
      { path: "/incidents/Q2LEDGREPL0B3C/notes", times: 10 },
    );
    const { error, requests, count } = await observe(fake, (ctx) =>
      sources.incidents.listNotes("Q2LEDGREPL0B3C", ctx),
    );
    expect((error as UpstreamError).message).toBe(
      "PagerDuty failed with 503 on GET /incidents/Q2LEDGREPL0B3C/notes and did not recover after 4 tries; try again later.",
    );
    expect(requests.map((r) => r.status)).toEqual([503, 503, 503, 503]);
    expect(count).toBe(4);
  });

  it.each([
    ["a connection reset", { kind: "reset" } as const, 0],
    ["a truncated body", { kind: "truncated" } as const, 200],
    ["an HTML error page", { kind: "html", status: 502 } as const, 502],
    ["a 500", { kind: "status", status: 500 } as const, 500],
  ])("recovers from %s on the next try", async (_label, fault, firstStatus) => {
    const sources = await warmSource();
    fake.faults.inject(fault, { path: "/incidents/Q3WEBHK5RT7Y1M/alerts" });
    const { value, error, requests, count } = await observe(fake, (ctx) =>
      sources.incidents.listAlerts("Q3WEBHK5RT7Y1M", {}, ctx),
    );
    expect(error).toBeNull();
    expect(value?.total).toBe(2);
    expect(requests.map((r) => r.status)).toEqual([firstStatus, 200]);
    expect(count).toBe(2);
  });

  it("times out an attempt that gets no answer, and says how long it waited", async () => {
    const sources = await warmSource({ timeoutMs: 200, retry: { maxAttempts: 2, maxWaitMs: 20 } });
    fake.faults.inject({ kind: "hang" }, { path: "/incidents", times: 2 });
    const { error, requests, count, elapsedMs } = await observe(fake, (ctx) =>
      sources.incidents.listIncidents({ limit: 5, offset: 0 }, ctx),
    );
    expect((error as UpstreamError).message).toBe("PagerDuty did not answer within 0.2 s (GET /incidents).");
    expect(requests).toHaveLength(2);
    expect(count).toBe(2);
    expect(elapsedMs).toBeGreaterThanOrEqual(400);
  });

  it("does not repeat a note whose post failed, so it is never posted twice", async () => {
    const sources = await warmSource();
    fake.faults.inject({ kind: "status", status: 502 }, { method: "POST", path: "/notes" });
    const { error, requests } = await observe(fake, (ctx) =>
      sources.incidents.addNote("Q1PAYLAT7X2K9A", "Looking at the pool.", ctx),
    );
    expect((error as UpstreamError).message).toBe(
      "PagerDuty failed with 502 on POST /incidents/Q1PAYLAT7X2K9A/notes; the write was not repeated in case it was applied, so check PagerDuty before trying again.",
    );
    expect(requests.map((r) => `${r.method} ${r.status}`)).toEqual(["POST 502"]);
  });

  it("reports a refused token in one sentence, once, without the token", async () => {
    const token = "u+SecretTokenValue123";
    const sources = pagerDutySources(fake, { token });
    const { error, requests, count } = await observe(fake, (ctx) =>
      sources.incidents.listIncidents({ limit: 5, offset: 0 }, ctx),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).message).toBe(
      "PagerDuty refused the token (401); check PAGERDUTY_API_TOKEN.",
    );
    expect((error as UpstreamError).status).toBe(401);
    expect(JSON.stringify(error)).not.toContain(token);
    expect(String((error as Error).stack)).not.toContain(token);
    // The team join reads /users first; its 401 ends the call, unretried.
    expect(requests.map((r) => `${r.path} ${r.status}`)).toEqual(["/users 401"]);
    expect(count).toBe(1);
  });

  it("keeps at most `concurrency` requests in flight", async () => {
    const sources = await warmSource({ concurrency: 2 });
    fake.faults.latencyMs = 150;
    const ids = ["Q1PAYLAT7X2K9A", "Q2LEDGREPL0B3C", "Q3WEBHK5RT7Y1M", "1042", "1043", "1044"];
    const { value, elapsedMs, count } = await observe(fake, (ctx) =>
      Promise.all(ids.map((id) => sources.incidents.getIncident(id, ctx))),
    );
    expect(value?.map((i) => i.number)).toEqual([1042, 1043, 1044, 1042, 1043, 1044]);
    expect(count).toBe(6);
    // Six requests, two at a time, each held 150 ms by the fake: three rounds at least.
    expect(elapsedMs).toBeGreaterThanOrEqual(450);
  });

  it("sends only requests and answers that PagerDuty's API description allows", () => {
    expect(fake.requestViolations).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});

describe("paging", () => {
  let fake: FakePagerDuty;
  // Synthetic incident n is created at BASE − n minutes, so newest first is n = 0, 1, 2, …; n = 9995…10004 share
  // one second (50 ms apart), straddling the offset ceiling that time-window paging crosses.
  const BASE = Date.parse("2026-10-01T00:00:00Z");
  const COUNT = 10_250;
  const createdMs = (n: number) =>
    n >= 9995 && n <= 10_004 ? BASE - 9995 * 60_000 - (n - 9995) * 50 : BASE - n * 60_000;
  const numberOf = (n: number) => 20_000 + n;
  const range = { since: new Date(BASE - 8 * 86_400_000).toISOString(), until: "2026-10-01T00:01:00Z" };

  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: SMALL_WORKSPACE });
    for (let n = 0; n < COUNT; n++) {
      const at = new Date(createdMs(n)).toISOString();
      fake.state.addIncident({
        incident: {
          id: `QSYN${String(n).padStart(6, "0")}`,
          type: "incident",
          summary: `[#${numberOf(n)}] Synthetic ${n}`,
          incident_number: numberOf(n),
          title: `Synthetic ${n}`,
          created_at: at,
          last_status_change_at: at,
          status: "resolved",
          resolved_at: at,
          urgency: "low",
          service: { id: "PSVC002", type: "service_reference", summary: "Ledger" },
          assignments: [],
          teams: [],
        },
      });
    }
  });
  afterAll(() => fake.close());

  const numbers = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => numberOf(from + i));

  it("reads past 100 incidents in pages of 100", async () => {
    const sources = pagerDutySources(fake);
    const { value, requests } = await observe(fake, (ctx) =>
      sources.incidents.listIncidents({ ...range, limit: 250, offset: 0 }, ctx),
    );
    expect(value?.incidents.map((i) => i.number)).toEqual(numbers(0, 250));
    expect(value?.incidents[0]?.service).toEqual({ id: "ledger", name: "Ledger" });
    expect(value?.more).toBe(true);
    expect(
      requests.filter((r) => r.path === "/incidents").map((r) => [r.query["offset"], r.query["limit"]]),
    ).toEqual([
      ["0", "100"],
      ["100", "100"],
      ["200", "50"],
    ]);
  });

  it("crosses the 10,000 offset ceiling by narrowing the time window", async () => {
    const sources = pagerDutySources(fake);
    const { value, error, requests } = await observe(fake, (ctx) =>
      sources.incidents.listIncidents({ ...range, limit: 300, offset: 9_900 }, ctx),
    );
    expect(error).toBeNull();
    expect(value?.incidents.map((i) => i.number)).toEqual(numbers(9_900, 10_200));
    expect(value?.more).toBe(true);
    const pages = requests.filter((r) => r.path === "/incidents");
    expect(pages.every((r) => r.status === 200)).toBe(true);
    expect(pages.every((r) => Number(r.query["offset"]) + Number(r.query["limit"]) <= 10_000)).toBe(true);
    // Incident 9999 (01:24:59.800) ends the last reachable page; the new window ends at the next whole second and
    // starts with the four incidents 9996–9999 of that second, already read, so reading resumes at offset 4.
    expect(pages.slice(1).map((r) => [r.query["until"], r.query["offset"]])).toEqual([
      ["2026-09-24T01:25:00.000Z", "4"],
      ["2026-09-24T01:25:00.000Z", "104"],
    ]);
  });

  it("starts past the ceiling without reading the records before it", async () => {
    const sources = pagerDutySources(fake);
    const { value, requests } = await observe(fake, (ctx) =>
      sources.incidents.listIncidents({ ...range, limit: 50, offset: 10_150 }, ctx),
    );
    expect(value?.incidents.map((i) => i.number)).toEqual(numbers(10_150, 10_200));
    expect(requests.filter((r) => r.path === "/incidents").map((r) => r.query["offset"])).toEqual([
      "9900",
      "154",
    ]);
  });

  it("pages past the ceiling when the query names no time range (date_range=all)", async () => {
    const sources = pagerDutySources(fake);
    // The fixture's three November incidents are newer than every synthetic one: positions 0–2.
    const { value, error, requests } = await observe(fake, (ctx) =>
      sources.incidents.listIncidents({ limit: 100, offset: 10_103 }, ctx),
    );
    expect(error).toBeNull();
    expect(value?.incidents.map((i) => i.number)).toEqual(numbers(10_100, 10_200));
    expect(value?.more).toBe(true);
    const pages = requests.filter((r) => r.path === "/incidents");
    expect(pages[0]?.query["date_range"]).toBe("all");
    expect(pages.every((r) => r.status === 200)).toBe(true);
  });

  it("stops sending requests once the call is cancelled", async () => {
    const sources = pagerDutySources(fake);
    await sources.schedules.listSchedules();
    fake.faults.latencyMs = 100;
    const controller = new AbortController();
    const before = fake.requests.length;
    const ctx = { signal: controller.signal, requests: { count: 0 } };
    const reading = sources.incidents.listIncidents({ ...range, limit: 2_000, offset: 0 }, ctx);
    setTimeout(() => controller.abort(new Error("the client went away")), 250);
    await expect(reading).rejects.toThrow("the client went away");
    const atAbort = fake.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    fake.faults.latencyMs = 0;
    expect(fake.requests.length).toBe(atAbort);
    // Pages are read one after another: the one in flight at the abort was counted when sent, and may or may not
    // have reached the fake before its connection closed.
    expect(atAbort - before).toBeLessThanOrEqual(ctx.requests.count);
    expect(atAbort - before).toBeGreaterThanOrEqual(ctx.requests.count - 1);
    expect(ctx.requests.count).toBeGreaterThanOrEqual(2);
    expect(ctx.requests.count).toBeLessThan(20);
  });

  it("sends only requests and answers that PagerDuty's API description allows", () => {
    expect(fake.requestViolations).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});

describe("notes and schedule writes", () => {
  let fake: FakePagerDuty;

  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: SMALL_WORKSPACE });
  });
  afterAll(() => fake.close());

  it("posts a note as the PAGERDUTY_FROM_EMAIL user, and reads it back", async () => {
    const sources = pagerDutySources(fake);
    const written = await sources.incidents.addNote("Q3WEBHK5RT7Y1M", "Queue drained at 23:10.");
    expect(written).toMatchObject({ mode: "pagerduty", where: "in PagerDuty" });
    const note = written.note;
    expect(note).toMatchObject({
      incidentId: "Q3WEBHK5RT7Y1M",
      author: { id: "alice", name: "Alice Chen", known: true },
      content: "Queue drained at 23:10.",
    });
    const post = fake.requests.find((r) => r.method === "POST");
    expect(post?.path).toBe("/incidents/Q3WEBHK5RT7Y1M/notes");
    expect(await sources.incidents.listNotes("Q3WEBHK5RT7Y1M")).toEqual([note]);
  });

  it("finds a schedule by name, and lists and creates overrides by engineer id", async () => {
    const { scheduleWrites } = pagerDutySources(fake);
    const found = await scheduleWrites.findScheduleByName("Ledger daily");
    expect(found).toMatchObject({ name: "Ledger daily", timeZone: "Europe/Berlin" });
    expect(await scheduleWrites.findScheduleByName("Ledger")).toBeNull();

    const created = await scheduleWrites.createOverrides("ledger-daily", [
      { user: "dave", start: "2026-12-01T08:00:00Z", end: "2026-12-01T16:00:00Z" },
    ]);
    expect(created).toEqual([
      {
        id: expect.any(String),
        user: "dave",
        start: "2026-12-01T08:00:00.000Z",
        end: "2026-12-01T16:00:00.000Z",
      },
    ]);
    const listed = await scheduleWrites.listOverrides(
      "ledger-daily",
      "2026-12-01T00:00:00Z",
      "2026-12-02T00:00:00Z",
    );
    expect(listed).toEqual(created);
  });

  it("refuses an override for an engineer without a PagerDuty user, naming the field to set", async () => {
    const { scheduleWrites } = pagerDutySources(fake);
    const { error, requests } = await observe(fake, (ctx) =>
      scheduleWrites.createOverrides(
        "ledger-daily",
        [{ user: "erin", start: "2026-12-01T08:00:00Z", end: "2026-12-01T16:00:00Z" }],
        ctx,
      ),
    );
    expect((error as Error).message).toBe(
      "Engineer erin has no PagerDuty user; set engineers[].email for erin in team.yaml to the email of their PagerDuty user.",
    );
    expect(requests.filter((r) => r.method === "POST")).toEqual([]);
  });

  it("creates a schedule whose rotation names team.yaml engineers", async () => {
    const { scheduleWrites, schedules } = pagerDutySources(fake);
    const created = await scheduleWrites.createSchedule({
      name: "Shadow: ledger",
      timeZone: "Europe/Berlin",
      layers: [
        {
          start: "2026-12-01T07:00:00Z",
          rotationVirtualStart: "2026-12-01T07:00:00Z",
          turnLengthSeconds: 86_400,
          users: ["dave", "bob"],
        },
      ],
    });
    expect(created).toMatchObject({ name: "Shadow: ledger", timeZone: "Europe/Berlin" });
    expect(
      await schedules.renderSchedule(created.id, "2026-12-01T07:00:00Z", "2026-12-03T07:00:00Z"),
    ).toEqual([
      {
        scheduleId: created.id,
        user: "dave",
        start: "2026-12-01T07:00:00.000Z",
        end: "2026-12-02T07:00:00.000Z",
      },
      {
        scheduleId: created.id,
        user: "bob",
        start: "2026-12-02T07:00:00.000Z",
        end: "2026-12-03T07:00:00.000Z",
      },
    ]);
  });

  it("sends only requests and answers that PagerDuty's API description allows", () => {
    expect(fake.requestViolations).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});

describe("the user list shared by concurrent calls", () => {
  let fake: FakePagerDuty;

  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: SMALL_WORKSPACE });
  });
  afterEach(() => fake.faults.clear());
  afterAll(() => fake.close());

  const usersRequests = (since: number) => fake.requests.slice(since).filter((r) => r.path === "/users");
  const cancelled = (ms: number) => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("the first client went away")), ms);
    return { signal: controller.signal, requests: { count: 0 } };
  };

  it("answers a second call when the first, which started the read of /users, is cancelled", async () => {
    const sources = pagerDutySources(fake);
    const expected = await workspace.schedules.listSchedules();
    fake.faults.latencyMs = 300;
    const before = fake.requests.length;
    const second = { requests: { count: 0 } };
    const first = sources.schedules.listSchedules(cancelled(100));
    const answer = sources.schedules.listSchedules(second);
    await expect(first).rejects.toThrow("the first client went away");
    expect(await answer).toEqual(expected);
    // One read of /users served both; the second call counts it with its own /schedules page.
    expect(usersRequests(before).map((r) => r.status)).toEqual([200]);
    expect(second.requests.count).toBe(2);
  });

  it("reads /users again after a read whose only caller was cancelled, instead of keeping the failure", async () => {
    const sources = pagerDutySources(fake);
    fake.faults.latencyMs = 300;
    const before = fake.requests.length;
    await expect(sources.schedules.listSchedules(cancelled(100))).rejects.toThrow(
      "the first client went away",
    );
    fake.faults.latencyMs = 0;
    const { value, error, count } = await observe(fake, (ctx) => sources.schedules.listSchedules(ctx));
    expect(error).toBeNull();
    expect(value?.length).toBe((await workspace.schedules.listSchedules()).length);
    expect(count).toBe(2);
    expect(usersRequests(before)).toHaveLength(2);
  });

  it("gives the shared read its own deadline, and reads again on the next call", async () => {
    const client = createPagerDutyClient({
      token: fake.token,
      apiUrl: fake.url,
      concurrency: 2,
      policy: { maxAttempts: 1, maxWaitMs: 100, timeoutMs: 5_000 },
    });
    opened.push(client);
    const directory = createUserDirectory(client, workspace.team, { usersTimeoutMs: 200 });
    fake.faults.latencyMs = 600;
    const [first, second] = await Promise.allSettled([directory.load(), directory.load()]);
    for (const outcome of [first, second]) {
      expect(outcome.status === "rejected" && outcome.reason).toEqual(
        new UpstreamError("PagerDuty", "PagerDuty did not list its users within 0.2 s.", null, true),
      );
    }
    fake.faults.latencyMs = 0;
    const { team } = await directory.load();
    const alice = team.engineers.find((e) => e.email === "alice@example.com");
    expect(alice?.pagerdutyUserId).toMatch(/^P[A-Z0-9]+$/);
  });

  it("sends only requests and answers that PagerDuty's API description allows", () => {
    expect(fake.requestViolations).toEqual([]);
    expect(fake.violations).toEqual([]);
  });
});

describe("the concurrency limit under one signal", () => {
  /** Queues 50 tasks behind one running task, all under one signal, and collects Node's process warnings. */
  async function fanOut(abort: boolean) {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const limit = createConcurrencyLimit(1);
      const controller = new AbortController();
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const blocker = limit.run(() => gate);
      const ran: number[] = [];
      const queued = Array.from({ length: 50 }, (_, i) =>
        limit.run(async () => {
          ran.push(i);
          return i;
        }, controller.signal),
      );
      const settled = Promise.allSettled(queued);
      if (abort) controller.abort(new Error("cancelled"));
      release();
      await blocker;
      const outcomes = await settled;
      // Node prints the warning on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
      return { warnings, outcomes, ran };
    } finally {
      process.off("warning", onWarning);
    }
  }

  it("runs 50 queued tasks in order without a MaxListenersExceededWarning", async () => {
    const { warnings, outcomes, ran } = await fanOut(false);
    expect(warnings.map((w) => w.name)).toEqual([]);
    expect(ran).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(outcomes.every((o) => o.status === "fulfilled")).toBe(true);
  });

  it("refuses all 50 queued tasks when their signal aborts, without running any", async () => {
    const { warnings, outcomes, ran } = await fanOut(true);
    expect(warnings.map((w) => w.name)).toEqual([]);
    expect(ran).toEqual([]);
    expect(outcomes.map((o) => o.status === "rejected" && (o.reason as Error).message)).toEqual(
      Array.from({ length: 50 }, () => "cancelled"),
    );
  });
});

describe("pure pieces", () => {
  const policy: RetryPolicy = { maxAttempts: 3, maxWaitMs: 20_000, timeoutMs: 30_000 };

  it("backs off 500 ms, then 1 s, then gives up on a 503", () => {
    const outcome = { kind: "answer", status: 503, data: null } as const;
    expect(nextStep(outcome, 1, policy, "GET /incidents")).toEqual({ action: "retry", waitMs: 500 });
    expect(nextStep(outcome, 2, policy, "GET /incidents")).toEqual({ action: "retry", waitMs: 1000 });
    const last = nextStep(outcome, 3, policy, "GET /incidents");
    expect(last.action === "fail" && last.error.message).toBe(
      "PagerDuty failed with 503 on GET /incidents and did not recover after 3 tries; try again later.",
    );
  });

  it("waits what ratelimit-reset says, capped, never zero", () => {
    const wait = (resetSeconds: number | null) =>
      nextStep({ kind: "rate-limited", resetSeconds }, 1, policy, "GET /x");
    expect(wait(2)).toEqual({ action: "retry", waitMs: 2000 });
    expect(wait(90)).toEqual({ action: "retry", waitMs: 20_000 });
    expect(wait(0)).toEqual({ action: "retry", waitMs: 50 });
    expect(wait(null)).toEqual({ action: "retry", waitMs: 500 });
  });

  it("gives up at once on a refused token, and names the timeout in seconds", () => {
    const refused = nextStep({ kind: "answer", status: 401, data: null }, 1, policy, "GET /users");
    expect(refused.action === "fail" && [refused.error.message, refused.error.retryLater]).toEqual([
      "PagerDuty refused the token (401); check PAGERDUTY_API_TOKEN.",
      false,
    ]);
    const timedOut = nextStep({ kind: "timeout" }, 3, policy, "GET /incidents");
    expect(timedOut.action === "fail" && timedOut.error.message).toBe(
      "PagerDuty did not answer within 30 s (GET /incidents).",
    );
  });

  it("reads ratelimit-reset as seconds", () => {
    expect([parseResetSeconds("1"), parseResetSeconds(" 0.5 "), parseResetSeconds("")]).toEqual([
      1,
      0.5,
      null,
    ]);
    expect([parseResetSeconds("soon"), parseResetSeconds("-3"), parseResetSeconds(undefined)]).toEqual([
      null,
      null,
      null,
    ]);
  });

  const at = (time: string) => ({ created_at: `2026-11-20T${time}Z` });
  const list = {
    createdAt: (r: { created_at: string }) => r.created_at,
    order: "newest-first",
    what: "incidents",
  } as const;

  it("narrows a newest-first window to the second after the last record, counting the records both hold", () => {
    const tail = [at("10:00:05"), at("10:00:03"), at("10:00:01.500"), at("10:00:01.200")];
    expect(
      narrowWindow({ since: "2026-11-20T09:00:00Z", until: "2026-11-20T11:00:00Z" }, tail, list),
    ).toEqual({
      window: { since: "2026-11-20T09:00:00Z", until: "2026-11-20T10:00:02.000Z" },
      overlap: 2,
    });
  });

  it("narrows an oldest-first window to start at the last record's second", () => {
    const tail = [at("10:00:01"), at("10:00:03"), at("10:00:04.700"), at("10:00:04.900")];
    expect(narrowWindow({ since: null, until: null }, tail, list)).toEqual({
      window: { since: "2026-11-20T10:00:04.000Z", until: null },
      overlap: 2,
    });
  });

  it("refuses to guess when a whole page shares one second", () => {
    const tail = [at("10:00:01.900"), at("10:00:01.500"), at("10:00:01.100")];
    expect(() => narrowWindow({ since: null, until: null }, tail, list)).toThrow(UpstreamError);
  });

  it("cuts a long range into windows of at most 180 days, newest first", () => {
    const span = { maxMs: 180 * 86_400_000, earliest: "2009-01-01T00:00:00.000Z" };
    expect(
      splitWindow({ since: "2026-01-01T00:00:00Z", until: "2026-12-01T00:00:00Z" }, span, "newest-first"),
    ).toEqual([
      { since: "2026-06-04T00:00:00.000Z", until: "2026-12-01T00:00:00.000Z" },
      { since: "2026-01-01T00:00:00.000Z", until: "2026-06-04T00:00:00.000Z" },
    ]);
    expect(splitWindow({ since: null, until: null }, span, "newest-first")).toEqual([
      { since: null, until: null },
    ]);
    expect(
      splitWindow({ since: "2026-02-01T00:00:00Z", until: "2026-01-01T00:00:00Z" }, span, "newest-first"),
    ).toEqual([]);
  });

  it("joins PagerDuty users to engineers by email, keeping an id team.yaml already gives", () => {
    const team = teamDirectory({
      engineers: [
        engineer("alice", { email: "Alice@Example.com" }),
        engineer("bob"),
        engineer("carol", { email: "c@x.io", pagerdutyUserId: "PKEEP" }),
      ],
    });
    const joined = joinUsers(team, [
      { id: "PAL", name: "Alice", email: "alice@example.com" },
      { id: "PCA", name: "Carol", email: "c@x.io" },
    ]);
    expect(joined.engineers.map((e) => [e.id, e.pagerdutyUserId])).toEqual([
      ["alice", "PAL"],
      ["bob", null],
      ["carol", "PKEEP"],
    ]);
  });
});
