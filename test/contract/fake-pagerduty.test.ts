// The loopback fake PagerDuty, exercised through the real @pagerduty/pdjs client over real HTTP. Every answer is
// validated against PagerDuty's OpenAPI description when ../shared/specs is present; `violations` must stay empty.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { api } from "@pagerduty/pdjs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { derivedId } from "../../tools/fake-pagerduty/ids.js";
import { OFFSET_CEILING_MESSAGE } from "../../tools/fake-pagerduty/pd-errors.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../tools/fake-pagerduty/server.js";
import type { IncidentFile } from "../../tools/fake-pagerduty/state.js";
import { TimeIndex } from "../../tools/fake-pagerduty/time-index.js";
import { findSpecsDir, repoRoot } from "../../tools/fakes/openapi-validator.js";

const specsPresent = findSpecsDir() !== null;
if (!specsPresent) {
  console.log(
    "../shared/specs is absent: the fake PagerDuty runs unvalidated and spec-violation tests are skipped.",
  );
}

// ---- a workspace whose answers are worked out by hand -------------------------------------------

const TEAM_YAML = `
asOf: 2026-11-24T12:00:00Z
teams:
  - { id: payments, name: Payments, pagerdutyId: PTEAM01 }
engineers:
  - { id: alice, name: Alice Chen, email: alice@example.com, timeZone: America/Los_Angeles, level: senior, team: payments, pagerdutyId: PALICE1 }
  - { id: bob, name: Bob Okafor, email: bob@example.com, timeZone: America/New_York, level: mid, team: payments }
  - { id: carol, name: Carol Diaz, timeZone: Europe/Berlin, level: junior }
services:
  - { id: payments-api, name: Payments API, pagerdutyId: PSVC001, team: payments }
  - { id: ledger, name: Ledger }
schedules:
  - id: primary
    name: Payments primary
    timeZone: America/Los_Angeles
    services: [payments-api]
    pagerdutyId: PSCHED1
    rotation: { start: "2026-11-02T09:00", length: 1w, users: [alice, bob] }
    overrides:
      - { user: carol, start: 2026-11-20T17:00:00-08:00, end: 2026-11-21T09:00:00-08:00 }
`;

const ALICE = { id: "PALICE1", type: "user_reference", summary: "Alice Chen" };
const BOB = { id: "PBOB001", type: "user_reference", summary: "Bob Okafor" };
const CAROL_ID = derivedId("user", "carol");
const LEDGER_ID = derivedId("service", "ledger");

function logEntry(id: string, type: string, at: string, extra: Record<string, unknown> = {}) {
  return { id, type, summary: type.replaceAll("_", " "), created_at: at, channel: { type: "api" }, ...extra };
}

function incidentFile(
  id: string,
  number: number,
  createdAt: string,
  status: "triggered" | "acknowledged" | "resolved",
  urgency: "high" | "low",
  serviceId: string,
  logEntries: Record<string, unknown>[],
): IncidentFile {
  return {
    incident: {
      id,
      type: "incident",
      summary: `[#${number}] Incident ${number}`,
      incident_number: number,
      title: `Incident ${number}`,
      created_at: createdAt,
      updated_at: createdAt,
      status,
      urgency,
      incident_key: `key-${number}`,
      service: { id: serviceId, type: "service_reference", summary: serviceId },
      assignments: status === "resolved" ? [] : [{ at: createdAt, assignee: BOB }],
      assigned_via: "escalation_policy",
      last_status_change_at: createdAt,
      resolved_at: status === "resolved" ? createdAt : null,
      escalation_policy: { id: "PEPOL01", type: "escalation_policy_reference", summary: "Payments policy" },
      teams: serviceId === "ledger" ? [] : [{ id: "PTEAM01", type: "team_reference", summary: "Payments" }],
      priority: null,
    },
    log_entries: logEntries,
    notes: [],
    alerts: [],
  };
}

const Q1 = incidentFile("Q1", 101, "2026-11-03T10:00:00Z", "resolved", "high", "PSVC001", [
  logEntry("RQ1TRIG", "trigger_log_entry", "2026-11-03T10:00:00Z"),
  logEntry("RQ1NOTI", "notify_log_entry", "2026-11-03T10:01:00Z", { user: BOB }),
  logEntry("RQ1ACKN", "acknowledge_log_entry", "2026-11-03T10:05:00Z", { agent: BOB }),
  logEntry("RQ1ANNO", "annotate_log_entry", "2026-11-03T10:20:00Z", { agent: BOB }),
  logEntry("RQ1RESO", "resolve_log_entry", "2026-11-03T11:00:00Z", { agent: ALICE }),
]);
Q1.notes = [
  {
    id: "NQ1A",
    user: BOB,
    content: "Restarted the pool.",
    created_at: "2026-11-03T10:20:00Z",
    channel: { summary: "The PagerDuty website or APIs" },
  },
];
Q1.alerts = ["10:00", "10:01", "10:02"].map((time, index) => ({
  id: `AQ1${index}`,
  type: "alert",
  summary: `alert ${index}`,
  created_at: `2026-11-03T${time}:00Z`,
  status: index === 2 ? "triggered" : "resolved",
  alert_key: `k${index}`,
  service: { id: "PSVC001", type: "service_reference", summary: "Payments API" },
}));
const Q2 = incidentFile("Q2", 102, "2026-11-10T10:00:00Z", "acknowledged", "low", "ledger", [
  logEntry("RQ2TRIG", "trigger_log_entry", "2026-11-10T10:00:00Z"),
  logEntry("RQ2ACKN", "acknowledge_log_entry", "2026-11-10T10:30:00Z", { agent: BOB }),
]);
const Q3 = incidentFile("Q3", 103, "2026-11-20T10:00:00Z", "triggered", "high", "PSVC001", [
  logEntry("RQ3TRIG", "trigger_log_entry", "2026-11-20T10:00:00Z"),
  logEntry("RQ3NOTI", "notify_log_entry", "2026-11-20T10:02:00Z", { user: ALICE }),
]);
const Q4 = incidentFile("Q4", 104, "2026-09-01T10:00:00Z", "resolved", "high", "PSVC001", [
  logEntry("RQ4TRIG", "trigger_log_entry", "2026-09-01T10:00:00Z"),
  logEntry("RQ4RESO", "resolve_log_entry", "2026-09-01T12:00:00Z", { agent: ALICE }),
]);

let workspaceDir: string;

beforeAll(async () => {
  workspaceDir = await mkdtemp(path.join(tmpdir(), "fake-pagerduty-"));
  await mkdir(path.join(workspaceDir, "incidents"));
  await writeFile(path.join(workspaceDir, "team.yaml"), TEAM_YAML);
  for (const file of [Q1, Q2, Q3, Q4]) {
    await writeFile(
      path.join(workspaceDir, "incidents", `${file.incident["id"]}.json`),
      JSON.stringify(file),
    );
  }
});

afterAll(async () => {
  await rm(workspaceDir, { recursive: true, force: true });
});

// ---- the real client ----------------------------------------------------------------------------

let fake: FakePagerDuty;

beforeEach(async () => {
  fake = await startFakePagerDuty({ workspaceDir });
});

afterEach(async () => {
  const { violations, requestViolations } = fake;
  await fake.close();
  expect(violations).toEqual([]);
  expect(requestViolations).toEqual([]);
});

type Query = Record<string, string | string[]>;

// pdjs has no base URL: a full `url` per call. requestTimeout 0 stops it arming a 30 s timer that does nothing.
function pd(token = "fake-token") {
  return api({ token, requestTimeout: 0, retryTimeout: 5 });
}

async function get(urlPath: string, queryParameters: Query = {}, extra: { signal?: AbortSignal } = {}) {
  const response = await pd().get(urlPath, { url: fake.url + urlPath, queryParameters, ...extra });
  return { status: response.status, ok: response.ok, data: response.data };
}

async function post(urlPath: string, data: object, headers: Record<string, string> = {}) {
  const response = await pd().post(urlPath, { url: fake.url + urlPath, data, headers });
  return { status: response.status, ok: response.ok, data: response.data };
}

// pdjs rejects a 2xx whose body is not JSON (a DELETE's 200) with the response itself: its status is what there is.
async function del(urlPath: string) {
  const response = await pd()
    .delete(urlPath, { url: fake.url + urlPath })
    .catch((rejected: unknown) => rejected as { status: number; data?: unknown });
  return { status: response.status, data: response.data };
}

const ids = (items: unknown) => (items as { id: string }[]).map((item) => item.id);

// ---- endpoints ----------------------------------------------------------------------------------

describe("GET /incidents", () => {
  it("lists the last month before asOf, oldest first, without a total unless asked", async () => {
    const { status, data } = await get("/incidents");
    expect(status).toBe(200);
    expect(ids(data.incidents)).toEqual(["Q1", "Q2", "Q3"]);
    expect(data).toMatchObject({ limit: 25, offset: 0, more: false, total: null });
  });

  it("lists everything with date_range=all, with the total when total=true", async () => {
    const { data } = await get("/incidents", { date_range: "all", total: "true" });
    expect(ids(data.incidents)).toEqual(["Q4", "Q1", "Q2", "Q3"]);
    expect(data.total).toBe(4);
  });

  it("filters by statuses[], urgencies[], service_ids[] and team_ids[]", async () => {
    const all = { date_range: "all" };
    const byStatus = await get("/incidents", { ...all, "statuses[]": ["triggered", "acknowledged"] });
    expect(ids(byStatus.data.incidents)).toEqual(["Q2", "Q3"]);
    const byUrgency = await get("/incidents", { ...all, "urgencies[]": "low" });
    expect(ids(byUrgency.data.incidents)).toEqual(["Q2"]);
    const byService = await get("/incidents", { ...all, "service_ids[]": LEDGER_ID });
    expect(ids(byService.data.incidents)).toEqual(["Q2"]);
    const byTeam = await get("/incidents", { ...all, "team_ids[]": "PTEAM01", total: "true" });
    expect(ids(byTeam.data.incidents)).toEqual(["Q4", "Q1", "Q3"]);
    expect(byTeam.data.total).toBe(3);
  });

  it("gives a workspace service id the service's PagerDuty id", async () => {
    const { data } = await get("/incidents/Q2");
    expect(data.incident.service.id).toBe(LEDGER_ID);
  });

  it("sorts by sort_by, newest first with :desc", async () => {
    const byNumber = await get("/incidents", { date_range: "all", sort_by: "incident_number:desc" });
    expect(ids(byNumber.data.incidents)).toEqual(["Q4", "Q3", "Q2", "Q1"]);
    const byCreated = await get("/incidents", { sort_by: "created_at:desc" });
    expect(ids(byCreated.data.incidents)).toEqual(["Q3", "Q2", "Q1"]);
  });

  it("windows by since and until", async () => {
    const { data } = await get("/incidents", {
      since: "2026-11-05T00:00:00Z",
      until: "2026-11-15T00:00:00Z",
    });
    expect(ids(data.incidents)).toEqual(["Q2"]);
  });

  it("refuses a window longer than six months", async () => {
    const { status, data } = await get("/incidents", {
      since: "2026-01-01T00:00:00Z",
      until: "2026-11-01T00:00:00Z",
    });
    expect(status).toBe(400);
    expect(data.error).toEqual({
      message: "Invalid Input Provided",
      code: 2001,
      errors: ["The date range between since and until exceeds 6 months."],
    });
  });

  it("pages with limit and offset, and cuts limit to 100", async () => {
    const first = await get("/incidents", { date_range: "all", limit: "3", total: "true" });
    expect(ids(first.data.incidents)).toEqual(["Q4", "Q1", "Q2"]);
    expect(first.data).toMatchObject({ limit: 3, offset: 0, more: true, total: 4 });
    const second = await get("/incidents", { date_range: "all", limit: "3", offset: "3" });
    expect(ids(second.data.incidents)).toEqual(["Q3"]);
    expect(second.data).toMatchObject({ limit: 3, offset: 3, more: false });
    const big = await get("/incidents", { date_range: "all", limit: "500" });
    expect(big.data.limit).toBe(100);
  });

  it("refuses offset + limit past 10,000 with PagerDuty's own error", async () => {
    const refused = await get("/incidents", { offset: "9950", limit: "100" });
    expect(refused.status).toBe(400);
    expect(refused.data).toEqual({
      error: { message: "Arguments Caused Error", code: 2002, errors: [OFFSET_CEILING_MESSAGE] },
    });
    const atCeiling = await get("/incidents", { offset: "9900", limit: "100" });
    expect(atCeiling.status).toBe(200);
    expect(atCeiling.data.incidents).toEqual([]);
  });

  it("expands references with include[]", async () => {
    const { data } = await get("/incidents", { "include[]": ["services", "assignees"] });
    const q2 = data.incidents[1];
    expect(q2.service).toMatchObject({ id: LEDGER_ID, type: "service", name: "Ledger" });
    expect(q2.assignments[0].assignee).toMatchObject({
      id: "PBOB001",
      type: "user",
      email: "bob@example.com",
    });
  });
});

describe("GET /incidents/{id}", () => {
  it("answers by id and by incident number", async () => {
    const byId = await get("/incidents/Q3");
    const byNumber = await get("/incidents/103");
    expect(byId.data.incident.id).toBe("Q3");
    expect(byNumber.data).toEqual(byId.data);
  });

  it("answers 404 in PagerDuty's error shape for an unknown incident", async () => {
    const { status, ok, data } = await get("/incidents/QNOPE");
    expect({ status, ok }).toEqual({ status: 404, ok: false });
    expect(data).toEqual({ error: { message: "Not Found", code: 2100 } });
  });
});

describe("log entries", () => {
  it("lists one incident's entries newest first; is_overview leaves out notifications", async () => {
    const all = await get("/incidents/Q1/log_entries", { total: "true" });
    expect(ids(all.data.log_entries)).toEqual(["RQ1RESO", "RQ1ANNO", "RQ1ACKN", "RQ1NOTI", "RQ1TRIG"]);
    expect(all.data.total).toBe(5);
    const overview = await get("/incidents/101/log_entries", { is_overview: "true" });
    expect(ids(overview.data.log_entries)).toEqual(["RQ1RESO", "RQ1ANNO", "RQ1ACKN", "RQ1TRIG"]);
  });

  it("pages and windows one incident's entries", async () => {
    const page = await get("/incidents/Q1/log_entries", { limit: "2", offset: "1" });
    expect(ids(page.data.log_entries)).toEqual(["RQ1ANNO", "RQ1ACKN"]);
    expect(page.data).toMatchObject({ limit: 2, offset: 1, more: true, total: null });
    const window = await get("/incidents/Q1/log_entries", {
      since: "2026-11-03T10:01:00Z",
      until: "2026-11-03T10:20:00Z",
    });
    expect(ids(window.data.log_entries)).toEqual(["RQ1ACKN", "RQ1NOTI"]);
  });

  it("lists the whole account's entries in a window, each naming its incident", async () => {
    const window = { since: "2026-11-01T00:00:00Z", until: "2026-12-01T00:00:00Z", total: "true" };
    const all = await get("/log_entries", window);
    expect(ids(all.data.log_entries)).toEqual([
      "RQ3NOTI",
      "RQ3TRIG",
      "RQ2ACKN",
      "RQ2TRIG",
      "RQ1RESO",
      "RQ1ANNO",
      "RQ1ACKN",
      "RQ1NOTI",
      "RQ1TRIG",
    ]);
    expect(all.data.total).toBe(9);
    expect(all.data.log_entries[0].incident).toMatchObject({ id: "Q3", type: "incident_reference" });
    const overview = await get("/log_entries", { ...window, is_overview: "true" });
    expect(overview.data.total).toBe(7);
  });

  it("finds a deep page among 10,000 entries of one synthetic incident", async () => {
    const start = Date.parse("2026-06-01T00:00:00Z");
    const entries = Array.from({ length: 10_000 }, (_, i) =>
      logEntry(
        `RBIG${i}`,
        i % 2 ? "notify_log_entry" : "annotate_log_entry",
        new Date(start + i * 60_000).toISOString(),
      ),
    );
    const big = incidentFile("QBIG", 900, "2026-06-01T00:00:00Z", "resolved", "low", "PSVC001", []);
    fake.state.addIncident({ ...big, log_entries: entries });
    const deep = await get("/incidents/QBIG/log_entries", { offset: "9900", limit: "100", total: "true" });
    expect(deep.data.log_entries).toHaveLength(100);
    expect(deep.data.log_entries[0].id).toBe("RBIG99");
    expect(deep.data.log_entries[99].id).toBe("RBIG0");
    expect(deep.data).toMatchObject({ more: false, total: 10_000 });
    const overview = await get("/log_entries", {
      is_overview: "true",
      until: "2026-07-01T00:00:00Z",
      total: "true",
    });
    expect(overview.data.total).toBe(5000);
    expect(overview.data.log_entries[0].id).toBe("RBIG9998");
  });
});

describe("notes and alerts", () => {
  it("lists notes", async () => {
    const { data } = await get("/incidents/Q1/notes");
    expect(ids(data.notes)).toEqual(["NQ1A"]);
  });

  it("adds a note as the From user, answering 200 as documented, with an annotate log entry", async () => {
    const created = await post(
      "/incidents/Q1/notes",
      { note: { content: "Root cause: pool size." } },
      {
        From: "alice@example.com",
      },
    );
    expect(created.status).toBe(200);
    expect(created.data.note).toMatchObject({
      content: "Root cause: pool size.",
      user: { id: "PALICE1", type: "user_reference" },
      created_at: "2026-11-24T12:00:00Z",
    });
    const notes = await get("/incidents/Q1/notes");
    expect(ids(notes.data.notes)).toEqual(["NQ1A", created.data.note.id]);
    const latest = await get("/incidents/Q1/log_entries", { limit: "1" });
    expect(latest.data.log_entries[0]).toMatchObject({
      type: "annotate_log_entry",
      note: "Root cause: pool size.",
    });
  });

  it.skipIf(!specsPresent)("records a note without From as a request violation and refuses it", async () => {
    const refused = await post("/incidents/Q1/notes", { note: { content: "x" } });
    expect(refused.status).toBe(400);
    expect(refused.data.error.code).toBe(2011);
    expect(fake.requestViolations).toEqual([
      "POST /incidents/Q1/notes: request/headers must have required property 'from'",
    ]);
    fake.requestViolations.length = 0;
  });

  it("lists alerts, filtered by statuses[] and paged", async () => {
    const triggered = await get("/incidents/Q1/alerts", { "statuses[]": "triggered" });
    expect(ids(triggered.data.alerts)).toEqual(["AQ12"]);
    const page = await get("/incidents/Q1/alerts", { limit: "2", total: "true" });
    expect(ids(page.data.alerts)).toEqual(["AQ10", "AQ11"]);
    expect(page.data).toMatchObject({ more: true, total: 3 });
  });
});

describe("users, services, teams", () => {
  it("makes users of engineers, taking ids from team.yaml, then from the incident files, then derived", async () => {
    const { data } = await get("/users");
    expect(ids(data.users)).toEqual(["PALICE1", "PBOB001", CAROL_ID]);
    expect(data.users[2]).toMatchObject({
      name: "Carol Diaz",
      email: "carol@example.invalid",
      time_zone: "Europe/Berlin",
    });
  });

  it("searches users by query and answers one user by id", async () => {
    const found = await get("/users", { query: "bob@" });
    expect(ids(found.data.users)).toEqual(["PBOB001"]);
    const one = await get("/users/PALICE1");
    expect(one.data.user).toMatchObject({ id: "PALICE1", email: "alice@example.com" });
    expect((await get("/users/PNOBODY")).status).toBe(404);
  });

  it("lists services and teams", async () => {
    const services = await get("/services");
    expect(ids(services.data.services)).toEqual(["PSVC001", LEDGER_ID]);
    expect(services.data.services[0].escalation_policy.id).toBe("PEPOL01");
    const teams = await get("/teams", { query: "pay" });
    expect(ids(teams.data.teams)).toEqual(["PTEAM01"]);
  });
});

describe("schedules", () => {
  const entry = (start: string, end: string, user: string) => ({ start, end, user });
  const simplify = (entries: { start: string; end: string; user: { id: string } }[]) =>
    entries.map((e) => entry(e.start, e.end, e.user.id));

  it("lists schedules", async () => {
    const { data } = await get("/schedules");
    expect(ids(data.schedules)).toEqual(["PSCHED1"]);
    expect(data.schedules[0].schedule_layers[0]).toMatchObject({
      rotation_virtual_start: "2026-11-02T17:00:00Z",
      rotation_turn_length_seconds: 604_800,
    });
  });

  it("renders the final schedule, the layer and the overrides for since/until", async () => {
    const { data } = await get("/schedules/PSCHED1", {
      since: "2026-11-16T00:00:00Z",
      until: "2026-11-30T00:00:00Z",
    });
    // Weekly handoffs Monday 09:00 Pacific (17:00Z); Carol overrides 2026-11-20 17:00 to 11-21 09:00 Pacific.
    expect(simplify(data.schedule.final_schedule.rendered_schedule_entries)).toEqual([
      entry("2026-11-16T00:00:00Z", "2026-11-16T17:00:00Z", "PBOB001"),
      entry("2026-11-16T17:00:00Z", "2026-11-21T01:00:00Z", "PALICE1"),
      entry("2026-11-21T01:00:00Z", "2026-11-21T17:00:00Z", CAROL_ID),
      entry("2026-11-21T17:00:00Z", "2026-11-23T17:00:00Z", "PALICE1"),
      entry("2026-11-23T17:00:00Z", "2026-11-30T00:00:00Z", "PBOB001"),
    ]);
    expect(data.schedule.final_schedule.rendered_coverage_percentage).toBe(100);
    expect(simplify(data.schedule.schedule_layers[0].rendered_schedule_entries)).toEqual([
      entry("2026-11-16T00:00:00Z", "2026-11-16T17:00:00Z", "PBOB001"),
      entry("2026-11-16T17:00:00Z", "2026-11-23T17:00:00Z", "PALICE1"),
      entry("2026-11-23T17:00:00Z", "2026-11-30T00:00:00Z", "PBOB001"),
    ]);
    expect(simplify(data.schedule.overrides_subschedule.rendered_schedule_entries)).toEqual([
      entry("2026-11-21T01:00:00Z", "2026-11-21T17:00:00Z", CAROL_ID),
    ]);
  });

  it("adds overrides (201 each) that the rendering and the override list then show", async () => {
    const created = await post("/schedules/PSCHED1/overrides", {
      overrides: [
        {
          start: "2026-12-01T00:00:00Z",
          end: "2026-12-01T12:00:00Z",
          user: { id: CAROL_ID, type: "user_reference" },
          time_zone: "UTC",
        },
      ],
    });
    expect(created.status).toBe(201);
    expect(created.data).toHaveLength(1);
    expect(created.data[0]).toMatchObject({ status: 201, override: { start: "2026-12-01T00:00:00Z" } });
    const rendered = await get("/schedules/PSCHED1", {
      since: "2026-12-01T00:00:00Z",
      until: "2026-12-02T00:00:00Z",
    });
    expect(simplify(rendered.data.schedule.final_schedule.rendered_schedule_entries)).toEqual([
      entry("2026-12-01T00:00:00Z", "2026-12-01T12:00:00Z", CAROL_ID),
      entry("2026-12-01T12:00:00Z", "2026-12-02T00:00:00Z", "PALICE1"),
    ]);
    // PagerDuty's description documents the override listing as 201.
    const listed = await get("/schedules/PSCHED1/overrides", {
      since: "2026-11-01T00:00:00Z",
      until: "2026-12-31T00:00:00Z",
    });
    expect(listed.status).toBe(201);
    expect(listed.data.overrides.map((o: { start: string }) => o.start)).toEqual([
      "2026-11-21T01:00:00Z",
      "2026-12-01T00:00:00Z",
    ]);
  });

  it("deletes an override not yet started (204), ends one under way now (200), and keeps a past one", async () => {
    // The fake's clock is asOf, 2026-11-24T12:00Z.
    const created = await post("/schedules/PSCHED1/overrides", {
      overrides: [
        {
          start: "2026-12-01T00:00:00Z",
          end: "2026-12-01T12:00:00Z",
          user: { id: CAROL_ID, type: "user_reference" },
        },
        {
          start: "2026-11-24T00:00:00Z",
          end: "2026-11-25T00:00:00Z",
          user: { id: CAROL_ID, type: "user_reference" },
        },
      ],
    });
    const [future, underway] = (created.data as { override: { id: string } }[]).map((r) => r.override.id);
    const path = (id: string | undefined) => `/schedules/PSCHED1/overrides/${id}`;
    expect((await del(path(future))).status).toBe(204);
    expect((await del(path(underway))).status).toBe(200);
    expect((await del(path(future))).status).toBe(404);
    const listed = await get("/schedules/PSCHED1/overrides", {
      since: "2026-11-01T00:00:00Z",
      until: "2026-12-31T00:00:00Z",
      overflow: "true",
    });
    expect(listed.data.overrides.map((o: { start: string; end: string }) => `${o.start} ${o.end}`)).toEqual([
      "2026-11-21T01:00:00Z 2026-11-21T17:00:00Z",
      "2026-11-24T00:00:00Z 2026-11-24T12:00:00Z",
    ]);
    const rendered = await get("/schedules/PSCHED1", {
      since: "2026-11-24T00:00:00Z",
      until: "2026-11-25T00:00:00Z",
    });
    expect(simplify(rendered.data.schedule.final_schedule.rendered_schedule_entries)).toEqual([
      entry("2026-11-24T00:00:00Z", "2026-11-24T12:00:00Z", CAROL_ID),
      entry("2026-11-24T12:00:00Z", "2026-11-25T00:00:00Z", "PBOB001"),
    ]);

    // Past: the description says it cannot be removed but documents no status for that; the fake's 400 is flagged.
    const past = listed.data.overrides[0].id as string;
    const refused = await del(path(past));
    expect(refused.status).toBe(400);
    if (specsPresent) {
      expect(fake.violations).toEqual([
        expect.stringMatching(
          /^DELETE \/schedules\/PSCHED1\/overrides\/\S+ → 400: status 400 is not documented/,
        ),
      ]);
      fake.violations.length = 0;
    }
  });

  it("creates a schedule from one layer and renders it with wall-clock daily handoffs", async () => {
    const created = await post("/schedules", {
      schedule: {
        type: "schedule",
        name: "Ledger daily",
        time_zone: "Europe/Berlin",
        schedule_layers: [
          {
            start: "2026-12-01T08:00:00+01:00",
            rotation_virtual_start: "2026-12-01T08:00:00+01:00",
            rotation_turn_length_seconds: 86_400,
            users: [
              { user: { id: "PALICE1", type: "user_reference" } },
              { user: { id: "PBOB001", type: "user_reference" } },
            ],
          },
        ],
      },
    });
    expect(created.status).toBe(201);
    const id = created.data.schedule.id as string;
    const rendered = await get(`/schedules/${id}`, {
      since: "2026-12-01T07:00:00Z",
      until: "2026-12-03T07:00:00Z",
    });
    expect(simplify(rendered.data.schedule.final_schedule.rendered_schedule_entries)).toEqual([
      entry("2026-12-01T07:00:00Z", "2026-12-02T07:00:00Z", "PALICE1"),
      entry("2026-12-02T07:00:00Z", "2026-12-03T07:00:00Z", "PBOB001"),
    ]);
  });
});

describe("authorization", () => {
  it("answers 401 to a wrong token and to none", async () => {
    const wrong = await pd("stolen").get("/users", { url: `${fake.url}/users` });
    expect(wrong.status).toBe(401);
    expect(wrong.data).toEqual({ error: { message: "Authentication failed", code: 2006 } });
    const none = await fetch(`${fake.url}/users`);
    expect(none.status).toBe(401);
  });
});

// ---- faults -------------------------------------------------------------------------------------

describe("faults", () => {
  it("answers 429 with ratelimit-* headers, then normally", async () => {
    fake.faults.inject({ kind: "rate-limit", resetSeconds: 7 }, { path: "/users" });
    const limited = await fetch(`${fake.url}/users`, {
      headers: { Authorization: "Token token=fake-token" },
    });
    expect(limited.status).toBe(429);
    expect({
      limit: limited.headers.get("ratelimit-limit"),
      remaining: limited.headers.get("ratelimit-remaining"),
      reset: limited.headers.get("ratelimit-reset"),
    }).toEqual({ limit: "960", remaining: "0", reset: "7" });
    expect(((await limited.json()) as { error: { message: string } }).error.message).toBe(
      "Rate Limit Exceeded",
    );
    const next = await get("/users");
    expect(next.status).toBe(200);
  });

  it("lets pdjs' own retry get through two 429s, and gives up after three retries", async () => {
    fake.faults.inject({ kind: "rate-limit" }, { path: "/teams", times: 2 });
    expect((await get("/teams")).status).toBe(200);
    expect(fake.requests.map((request) => request.status)).toEqual([429, 429, 200]);
    fake.faults.inject({ kind: "rate-limit" }, { path: "/teams", times: 4 });
    const exhausted = await get("/teams");
    expect({ status: exhausted.status, ok: exhausted.ok }).toEqual({ status: 429, ok: false });
    expect(fake.faults.pending).toBe(0);
  });

  it.each([500, 502, 503, 401, 404])("answers %i in PagerDuty's error shape on demand", async (status) => {
    fake.faults.inject({ kind: "status", status }, { method: "GET", path: /^\/incidents$/ });
    const failed = await get("/incidents");
    expect({ status: failed.status, ok: failed.ok }).toEqual({ status, ok: false });
    expect(typeof failed.data.error.message).toBe("string");
    expect((await get("/incidents")).status).toBe(200);
  });

  it("resets the connection", async () => {
    fake.faults.inject({ kind: "reset" }, { path: "/services" });
    await expect(get("/services")).rejects.toMatchObject({ code: "ECONNRESET" });
    expect(fake.requests[0]).toMatchObject({ path: "/services", status: 0 });
  });

  it("never answers, until the client gives up", async () => {
    fake.faults.inject({ kind: "hang" }, { path: "/services" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await expect(get("/services", {}, { signal: controller.signal })).rejects.toMatchObject({
      name: "AbortError",
    });
  });

  it("cuts a JSON body short, which pdjs cannot parse", async () => {
    fake.faults.inject({ kind: "truncated" }, { path: "/users" });
    await expect(get("/users")).rejects.toMatchObject({ status: 200 });
  });

  it("answers an HTML error page where JSON was expected", async () => {
    fake.faults.inject({ kind: "html", status: 502 }, { path: "/users" });
    await expect(get("/users")).rejects.toMatchObject({ status: 502 });
    fake.faults.inject({ kind: "html" }, { path: "/users" });
    const page = await fetch(`${fake.url}/users`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<h1>502 Error</h1>");
  });

  it("adds latency to every answer", async () => {
    fake.faults.latencyMs = 150;
    const started = performance.now();
    await get("/teams");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.skipIf(!specsPresent)("catches a deliberately wrong answer with the spec validator", async () => {
    fake.faults.inject(
      {
        kind: "corrupt",
        mutate: (body) => {
          const page = body as { incidents: Record<string, unknown>[] };
          return { ...page, incidents: [{ ...page.incidents[0], status: "open", incident_number: "101" }] };
        },
      },
      { path: /^\/incidents$/ },
    );
    const { data } = await get("/incidents");
    expect(data.incidents[0].status).toBe("open");
    expect(fake.violations).toEqual([
      "GET /incidents → 200: response/incidents/0/incident_number must be integer",
      'GET /incidents → 200: response/incidents/0/status must be equal to one of the allowed values ("triggered", "acknowledged", "resolved")',
    ]);
    fake.violations.length = 0;
  });

  it.skipIf(!specsPresent)("records a request that breaks the description", async () => {
    const { status, data } = await get("/incidents", { "statuses[]": "open", date_range: "all" });
    expect(status).toBe(200);
    expect(data.incidents).toEqual([]);
    expect(fake.requestViolations).toEqual([
      'GET /incidents: request/query/statuses[]/0 must be equal to one of the allowed values ("triggered", "acknowledged", "resolved")',
    ]);
    fake.requestViolations.length = 0;
  });
});

describe("the shared fixture test/fixtures/workspace-small", () => {
  it("is served within PagerDuty's description on every read endpoint", async () => {
    const small = await startFakePagerDuty({
      workspaceDir: path.join(repoRoot, "test/fixtures/workspace-small"),
    });
    try {
      const incidentIds = [...small.state.incidents.keys()];
      expect(incidentIds).toHaveLength(3);
      const scheduleIds = [...small.state.schedules.keys()];
      const paths = [
        "/incidents",
        "/log_entries",
        "/users",
        "/services",
        "/teams",
        "/schedules",
        ...incidentIds.flatMap((id) => [
          `/incidents/${id}`,
          `/incidents/${id}/log_entries`,
          `/incidents/${id}/notes`,
        ]),
        ...incidentIds.map((id) => `/incidents/${id}/alerts`),
        ...scheduleIds.map((id) => `/schedules/${id}`),
      ];
      const window = { since: "2026-11-01T00:00:00Z", until: "2026-12-01T00:00:00Z" };
      const statuses: number[] = [];
      for (const urlPath of paths) {
        const response = await pd().get(urlPath, { url: small.url + urlPath, queryParameters: window });
        statuses.push(response.status);
      }
      expect(statuses).toEqual(paths.map(() => 200));
      expect(small.violations).toEqual([]);
      expect(small.requestViolations).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe("seeding and validation switches", () => {
  it("runs unvalidated when asked, recording no violations", async () => {
    const unvalidated = await startFakePagerDuty({ workspaceDir, validate: false });
    try {
      expect(unvalidated.validating).toBe(false);
      unvalidated.faults.inject({ kind: "corrupt", mutate: () => ({ users: "none" }) });
      const response = await pd().get("/users", { url: `${unvalidated.url}/users` });
      expect(response.data).toEqual({ users: "none" });
      expect(unvalidated.violations).toEqual([]);
    } finally {
      await unvalidated.close();
    }
    expect(fake.validating).toBe(specsPresent);
  });

  it("names the incident file that is not JSON", async () => {
    const broken = await mkdtemp(path.join(tmpdir(), "fake-pagerduty-broken-"));
    try {
      await mkdir(path.join(broken, "incidents"));
      await writeFile(path.join(broken, "incidents", "bad.json"), "{ nope");
      await expect(startFakePagerDuty({ workspaceDir: broken })).rejects.toThrow(
        `${path.join(broken, "incidents", "bad.json")}: not valid JSON`,
      );
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});

// ---- pieces and the command line ----------------------------------------------------------------

describe("TimeIndex", () => {
  it("finds a half-open window by binary search and pages it both ways", () => {
    const index = new TimeIndex<string>();
    for (const [ms, item] of [
      [30, "c"],
      [10, "a"],
      [20, "b"],
      [40, "d"],
    ] as const) {
      index.add(ms, item);
    }
    const window = index.window(10, 40);
    expect(window.count).toBe(3);
    expect(window.ascending()).toEqual(["a", "b", "c"]);
    expect(window.descending(1, 1)).toEqual(["b"]);
    expect(index.window(41).count).toBe(0);
    expect(index.window(undefined, 25).ascending()).toEqual(["a", "b"]);
  });
});

describe("npm run fake:pagerduty", () => {
  it("serves a workspace and prints the URL and the variables to point the server at it", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tools/fake-pagerduty/main.ts", "--workspace", workspaceDir, "--port", "0"],
      { cwd: repoRoot, stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      let output = "";
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("Ctrl-C stops it.")) resolve();
        });
        child.on("exit", (code) => reject(new Error(`main.ts exited with ${code}: ${output}`)));
      });
      const url = /PAGERDUTY_API_URL=(\S+)/.exec(output)?.[1];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(output).toContain("export PAGERDUTY_API_TOKEN=fake-token");
      expect(output).toContain("export PAGERDUTY_FROM_EMAIL=alice@example.com");
      expect(output).toContain("(4 incidents)");
      const response = await fetch(`${url}/incidents/Q1`, {
        headers: { Authorization: "Token token=fake-token" },
      });
      expect(((await response.json()) as { incident: { id: string } }).incident.id).toBe("Q1");
    } finally {
      child.kill("SIGTERM");
    }
  });
});
