import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  createRequestValidator,
  createResponseValidator,
  findSpecsDir,
  repoRoot,
} from "../../tools/fakes/openapi-validator.js";
import {
  loadSpecDocument,
  patchDocumentedNulls,
  patchExclusiveBounds,
  patchOneOfToAnyOf,
} from "../../tools/fakes/spec-document.js";
import { isIanaTimeZone } from "../../tools/fakes/spec-formats.js";

const specsDir = findSpecsDir();
const specsPresent = specsDir !== null;
if (!specsPresent)
  console.log("Skipping OpenAPI validator contract tests: ../shared/specs is absent beside the repo.");
const pagerDutySpec = path.join(specsDir ?? "", "pagerduty-openapiv3.json");
const gitHubSpec = path.join(specsDir ?? "", "github-openapi-subset.json");

const validNote = {
  id: "PWL7QXS",
  user: { id: "PXPGF42", type: "user_reference", summary: "Earline Greenholt" },
  content: "Firefighters are on the scene.",
  created_at: "2013-03-06T15:28:51-05:00",
};

describe("document patches", () => {
  it("turns OpenAPI 3.0 boolean exclusive bounds into the numeric form Ajv compiles", () => {
    const schema = {
      type: "integer",
      minimum: 0,
      exclusiveMinimum: true,
      maximum: 1000,
      exclusiveMaximum: false,
    };
    patchExclusiveBounds(schema);
    expect(schema).toEqual({ type: "integer", exclusiveMinimum: 0, maximum: 1000 });
  });

  it("leaves numeric exclusive bounds as they are", () => {
    const schema = { properties: { limit: { exclusiveMinimum: 0 } } };
    patchExclusiveBounds(schema);
    expect(schema).toEqual({ properties: { limit: { exclusiveMinimum: 0 } } });
  });

  it("reads oneOf as anyOf, but not inside examples", () => {
    const schema = {
      properties: { channel: { oneOf: [{ type: "object" }, { type: "object" }] } },
      example: { oneOf: [1] },
    };
    patchOneOfToAnyOf(schema);
    expect(schema).toEqual({
      properties: { channel: { anyOf: [{ type: "object" }, { type: "object" }] } },
      example: { oneOf: [1] },
    });
  });

  it("makes nullable what the description says may be null, and the priority reference", () => {
    const schema = {
      properties: {
        resolved_at: {
          type: "string",
          description: 'The time it became "resolved" or `null` if not resolved.',
        },
        created_at: { type: "string", description: "The time the incident was first triggered." },
        priority: { $ref: "#/components/schemas/Priority" },
      },
    };
    patchDocumentedNulls(schema);
    expect(schema.properties.resolved_at).toEqual({
      type: "string",
      description: 'The time it became "resolved" or `null` if not resolved.',
      nullable: true,
    });
    expect(schema.properties.created_at).not.toHaveProperty("nullable");
    expect(schema.properties.priority).toEqual({
      anyOf: [{ $ref: "#/components/schemas/Priority" }, { type: "null" }],
    });
  });
});

describe("time zone format", () => {
  it("accepts IANA zones and refuses made-up ones", () => {
    expect(isIanaTimeZone("America/Los_Angeles")).toBe(true);
    expect(isIanaTimeZone("UTC")).toBe(true);
    expect(isIanaTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isIanaTimeZone("")).toBe(false);
  });
});

describe("findSpecsDir", () => {
  it("points at ../shared/specs beside the repo root when present", () => {
    if (specsDir === null) return expect(specsPresent).toBe(false);
    expect(specsDir).toBe(path.resolve(repoRoot, "../shared/specs"));
  });
});

describe("response validator against the PagerDuty description", () => {
  it.skipIf(!specsPresent)("parses the document once per process", () => {
    expect(loadSpecDocument(pagerDutySpec)).toBe(loadSpecDocument(pagerDutySpec));
  });

  it.skipIf(!specsPresent)("accepts a response shaped as documented", () => {
    const validator = createResponseValidator(pagerDutySpec);
    const body = { notes: [validNote] };
    expect(validator.validate("GET", "/incidents/Q1ABC/notes", 200, body)).toEqual([]);
    expect(
      validator.validate("get", "/incidents", 200, {
        incidents: [],
        limit: 25,
        offset: 0,
        more: false,
        total: null,
      }),
    ).toEqual([]);
  });

  it.skipIf(!specsPresent)("names each field that breaks the description", () => {
    const validator = createResponseValidator(pagerDutySpec);
    const body = { incidents: [{ id: 7, status: "open" }], limit: "25" };
    expect(validator.validate("GET", "/incidents", 200, body)).toEqual([
      "GET /incidents → 200: response/limit must be integer",
      "GET /incidents → 200: response/incidents/0/id must be string",
      'GET /incidents → 200: response/incidents/0/status must be equal to one of the allowed values ("triggered", "acknowledged", "resolved")',
    ]);
  });

  it.skipIf(!specsPresent)("reports a missing required member", () => {
    const validator = createResponseValidator(pagerDutySpec);
    expect(validator.validate("GET", "/users/PABC123", 200, { users: [] })).toEqual([
      "GET /users/PABC123 → 200: response must have required property 'user'",
    ]);
  });

  it.skipIf(!specsPresent)("accepts null where the description says null, and a null priority", () => {
    const validator = createResponseValidator(pagerDutySpec);
    const incident = { id: "Q1", type: "incident", status: "triggered", resolved_at: null, priority: null };
    expect(validator.validate("GET", "/incidents/Q1", 200, { incident })).toEqual([]);
    const bad = { ...incident, created_at: null };
    expect(validator.validate("GET", "/incidents/Q1", 200, { incident: bad })).toEqual([
      "GET /incidents/Q1 → 200: response/incident/created_at must be string",
    ]);
  });

  it.skipIf(!specsPresent)("accepts acknowledge_log_entry, which one part of the document misspells", () => {
    const validator = createResponseValidator(pagerDutySpec);
    const entry = {
      id: "R1",
      type: "acknowledge_log_entry",
      created_at: "2026-11-20T18:09:00Z",
      channel: { type: "web" },
    };
    expect(validator.validate("GET", "/incidents/Q1/log_entries", 200, { log_entries: [entry] })).toEqual([]);
  });

  it.skipIf(!specsPresent)("names what is wrong in the variant that fits, not every other variant", () => {
    const validator = createResponseValidator(pagerDutySpec);
    const entry = { id: "R1", type: "resolve_log_entry", created_at: "yesterday" };
    expect(validator.validate("GET", "/log_entries", 200, { log_entries: [entry] })).toEqual([
      'GET /log_entries → 200: response/log_entries/0/created_at must match format "date-time"',
    ]);
    const unknownType = { id: "R2", type: "teleport_log_entry", created_at: "2026-11-20T18:09:00Z" };
    expect(validator.validate("GET", "/log_entries", 200, { log_entries: [unknownType] })).toEqual([
      "GET /log_entries → 200: response/log_entries/0 must match a schema in anyOf",
    ]);
  });

  it.skipIf(!specsPresent)("checks the registered non-standard formats", () => {
    const validator = createResponseValidator(pagerDutySpec);
    const schedule = (timeZone: string) => ({
      schedule: { type: "schedule", time_zone: timeZone, schedule_layers: [] },
    });
    expect(validator.validate("GET", "/schedules/P1", 200, schedule("America/New_York"))).toEqual([]);
    expect(validator.validate("GET", "/schedules/P1", 200, schedule("Eastern Time (US & Canada)"))).toEqual(
      [],
    );
    expect(validator.validate("GET", "/schedules/P1", 200, schedule("not a zone!"))).toEqual([
      'GET /schedules/P1 → 200: response/schedule/time_zone must match format "activesupport-time-zone"',
    ]);
  });

  it.skipIf(!specsPresent)("validates error answers against the documented error shape", () => {
    const validator = createResponseValidator(pagerDutySpec);
    const error = {
      error: { message: "Arguments Caused Error", code: 2002, errors: ["Offset+limit exceeds…"] },
    };
    expect(validator.validate("GET", "/log_entries", 400, error)).toEqual([]);
    expect(validator.validate("GET", "/log_entries", 400, { error: { code: "2002" } })).toEqual([
      "GET /log_entries → 400: response/error/code must be integer",
    ]);
  });

  it.skipIf(!specsPresent)("refuses undocumented statuses and unknown paths", () => {
    const validator = createResponseValidator(pagerDutySpec);
    expect(validator.validate("GET", "/schedules/P1/overrides", 200, { overrides: [] })).toEqual([
      "GET /schedules/P1/overrides → 200: status 200 is not documented for listScheduleOverrides (documented: 201, 400, 401, 403, 404, 429)",
    ]);
    expect(validator.validate("GET", "/no/such/thing", 200, {})).toEqual([
      "GET /no/such/thing → 200: no operation in pagerduty-openapiv3.json matches this request",
    ]);
  });

  it.skipIf(!specsPresent)("knows only the listed operations when given a list", () => {
    const validator = createResponseValidator(pagerDutySpec, { operations: ["get /incidents/{id}/notes"] });
    expect(validator.validate("GET", "/incidents/Q1/notes", 200, { notes: [] })).toEqual([]);
    expect(validator.validate("GET", "/incidents", 200, { incidents: [] })).toEqual([
      "GET /incidents → 200: no operation in pagerduty-openapiv3.json matches this request",
    ]);
    expect(() => createResponseValidator(pagerDutySpec, { operations: ["get /nowhere"] })).toThrow(
      'The API description has no operation "get /nowhere".',
    );
  });

  it.skipIf(!specsPresent)("accepts an empty 204 and refuses a body there", () => {
    const validator = createResponseValidator(pagerDutySpec);
    expect(validator.validate("DELETE", "/users/P1", 204, undefined)).toEqual([]);
    expect(validator.validate("DELETE", "/users/P1", 204, { ok: true })).toEqual([
      "DELETE /users/P1 → 204: the document describes no JSON body for this status, but one was sent",
    ]);
  });
});

describe("request validator against the PagerDuty description", () => {
  it.skipIf(!specsPresent)("reads exploded [] parameters as arrays and coerces numbers and booleans", () => {
    const validator = createRequestValidator(pagerDutySpec);
    const query = {
      "statuses[]": ["triggered", "acknowledged"],
      limit: "25",
      total: "true",
      "include[]": "teams",
    };
    expect(validator.validate({ method: "GET", path: "/incidents", query, headers: {} })).toEqual([]);
    expect(query.limit).toBe("25");
  });

  it.skipIf(!specsPresent)("names a bad query value", () => {
    const validator = createRequestValidator(pagerDutySpec);
    const query = { "statuses[]": ["triggered", "open"], limit: "ten" };
    expect(validator.validate({ method: "GET", path: "/incidents", query, headers: {} })).toEqual([
      "GET /incidents: request/query/limit must be integer",
      'GET /incidents: request/query/statuses[]/1 must be equal to one of the allowed values ("triggered", "acknowledged", "resolved")',
    ]);
  });

  it.skipIf(!specsPresent)("splits comma-separated form arrays such as sort_by before counting them", () => {
    const validator = createRequestValidator(pagerDutySpec);
    const request = (sortBy: string) => ({
      method: "GET",
      path: "/incidents",
      query: { sort_by: sortBy },
      headers: {},
    });
    expect(validator.validate(request("created_at:desc,urgency"))).toEqual([]);
    expect(validator.validate(request("created_at,urgency,resolved_at"))).toEqual([
      "GET /incidents: request/query/sort_by must NOT have more than 2 items",
    ]);
  });

  it.skipIf(!specsPresent)("requires the From header and a note body to add a note", () => {
    const validator = createRequestValidator(pagerDutySpec);
    const request = { method: "POST", path: "/incidents/Q1/notes", query: {} };
    expect(validator.validate({ ...request, headers: {}, body: { note: {} } })).toEqual([
      "POST /incidents/Q1/notes: request/headers must have required property 'from'",
      "POST /incidents/Q1/notes: body/note must have required property 'content'",
    ]);
    const headers = { from: "alice@example.com", accept: "application/json; charset=utf-8" };
    expect(validator.validate({ ...request, headers, body: { note: { content: "Rolled back." } } })).toEqual(
      [],
    );
  });
});

describe("response validator against the GitHub subset", () => {
  it.skipIf(!specsPresent)("validates a GitHub error answer", () => {
    const validator = createResponseValidator(gitHubSpec, { operations: ["get /repos/{owner}/{repo}"] });
    const notFound = { message: "Not Found", documentation_url: "https://docs.github.com/rest" };
    expect(validator.validate("GET", "/repos/acme/runbooks", 404, notFound)).toEqual([]);
    expect(validator.validate("GET", "/repos/acme/runbooks", 404, { message: 404 })).toEqual([
      "GET /repos/acme/runbooks → 404: response/message must be string",
    ]);
  });
});
