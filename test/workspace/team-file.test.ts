import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTeamFile } from "../../src/sources/workspace/team-file.js";
import { teamFileError } from "./team-file-error.js";

const FIXTURE = new URL("../fixtures/workspace-small/team.yaml", import.meta.url);

// Line numbers in the expectations below refer to this text (1-based).
const BASE = [
  "engineers:", // 1
  "  - id: alice", // 2
  "    name: Alice Chen", // 3
  "    timeZone: America/Los_Angeles", // 4
  "    level: senior", // 5
  "  - id: bob", // 6
  "    name: Bob Okafor", // 7
  "    timeZone: Europe/Berlin", // 8
  "    level: junior", // 9
  "services:", // 10
  "  - id: payments-api", // 11
  "    name: Payments API", // 12
  "schedules:", // 13
  "  - id: primary", // 14
  "    name: Primary", // 15
  "    timeZone: America/Los_Angeles", // 16
  "    services: [payments-api]", // 17
  "    rotation:", // 18
  '      start: "2026-11-02T09:00"', // 19
  "      length: 1w", // 20
  "      users: [alice, bob]", // 21
];

/** BASE with lines replaced (a string), removed (null) or extra lines appended ("+"). */
function edited(changes: { [line: number]: string | null; "+"?: string }): string {
  const lines = BASE.flatMap((line, index) => {
    const change = changes[index + 1];
    if (change === undefined) return [line];
    return change === null ? [] : [change];
  });
  return [...lines, ...(changes["+"] ? [changes["+"]] : [])].join("\n");
}

describe("parseTeamFile on the fixture", () => {
  const team = parseTeamFile(readFileSync(FIXTURE, "utf8"));
  const engineer = (id: string) => team.engineers.find((e) => e.id === id)!;

  it("reads asOf, teams, services and schedules", () => {
    expect(team.asOf).toBe("2026-11-24T12:00:00.000Z");
    expect(team.teams).toEqual([{ id: "payments", name: "Payments", pagerdutyId: "PT4KHLK" }]);
    expect(team.services.map((s) => [s.id, s.runbook, s.pagerdutyId, s.team])).toEqual([
      ["payments-api", "payments-api.md", "PSVC001", "payments"],
      ["ledger", "db/ledger-postgres.md", "PSVC002", "payments"],
    ]);
    expect(team.schedules[0]).toEqual({
      id: "payments-primary",
      name: "Payments primary",
      timeZone: "America/Los_Angeles",
      services: ["payments-api", "ledger"],
      rotation: {
        start: "2026-10-19T09:00:00",
        length: { amount: 1, unit: "w" },
        users: ["alice", "bob", "carol"],
      },
      overrides: [{ user: "dave", start: "2026-11-21T01:00:00.000Z", end: "2026-11-21T17:00:00.000Z" }],
      pagerdutyId: null,
      team: "payments",
    });
    expect(team.schedules[1]!.rotation!.length).toEqual({ amount: 1, unit: "d" });
    expect(team.shadowHistory).toEqual([
      {
        mentee: "erin",
        mentor: "alice",
        schedule: "payments-primary",
        start: "2026-10-19T16:00:00.000Z",
        end: "2026-10-26T16:00:00.000Z",
      },
    ]);
  });

  it("defaults mentor to senior and staff, mentee to junior, unless set", () => {
    expect(team.engineers.map((e) => [e.id, e.level, e.mentor, e.mentee])).toEqual([
      ["alice", "senior", true, false],
      ["bob", "mid", false, false],
      ["carol", "staff", true, false],
      ["dave", "mid", false, true], // mentee set explicitly
      ["erin", "junior", false, true],
    ]);
  });

  it("defaults working hours to 09:00-17:00 Monday to Friday, and keeps given ones", () => {
    expect(engineer("alice").workingHours).toEqual({
      start: "09:00",
      end: "17:00",
      days: ["mon", "tue", "wed", "thu", "fri"],
    });
    expect(engineer("carol").workingHours).toEqual({
      start: "08:00",
      end: "16:00",
      days: ["mon", "tue", "wed", "thu"],
    });
  });

  it("defaults the optional fields to empty", () => {
    expect(engineer("carol")).toMatchObject({
      email: null,
      learning: [],
      unavailable: [],
      pagerdutyUserId: null,
    });
    expect(engineer("dave")).toMatchObject({ skills: [], team: null });
    expect(engineer("alice")).toMatchObject({ email: "alice@example.com", pagerdutyUserId: "PA1ICE7" });
  });

  it("turns whole local days (end included) into UTC intervals in the engineer's zone", () => {
    // Dave is in Berlin (CET, +1 in winter): 21 Dec 00:00 CET to 2 Jan 00:00 CET.
    expect(engineer("dave").unavailable).toEqual([
      { start: "2026-12-20T23:00:00.000Z", end: "2027-01-01T23:00:00.000Z", reason: "PTO" },
    ]);
  });

  it("keeps date-time unavailability as given", () => {
    expect(engineer("erin").unavailable).toEqual([
      { start: "2026-12-03T13:00:00.000Z", end: "2026-12-03T17:00:00.000Z", reason: "dentist" },
    ]);
  });
});

describe("parseTeamFile on small files", () => {
  it("accepts the base text and gives the schedule its services", () => {
    const team = parseTeamFile(edited({}));
    expect(team.schedules[0]!.services).toEqual(["payments-api"]);
    expect(team.asOf).toBeNull();
    expect(team.shadowHistory).toEqual([]);
    expect(team.teams).toEqual([]);
  });

  it("converts a date range across a DST change by local midnights", () => {
    const team = parseTeamFile(
      edited({ "+": "", 9: "    level: junior\n    unavailable: [{ start: 2026-10-24, end: 2026-10-25 }]" }),
    );
    // Bob is in Berlin: 24 Oct 00:00 CEST (+2) to 26 Oct 00:00 CET (+1): 49 hours.
    expect(team.engineers[1]!.unavailable).toEqual([
      { start: "2026-10-23T22:00:00.000Z", end: "2026-10-25T23:00:00.000Z", reason: null },
    ]);
  });

  it("accepts a schedule that lives only in PagerDuty", () => {
    const team = parseTeamFile(edited({ 18: "    pagerdutyId: PSCHED1", 19: null, 20: null, 21: null }));
    expect(team.schedules[0]).toMatchObject({ rotation: null, pagerdutyId: "PSCHED1", overrides: [] });
  });
});

describe("parseTeamFile errors name the file, line and field", () => {
  it("reports YAML syntax errors with their line", () => {
    expect(teamFileError(edited({ 17: "    services: [payments-api" }))).toMatch(
      /^team\.yaml line \d+: the YAML does not parse \(.+\); fix the indentation or quoting there\.$/,
    );
  });

  it("reports an alias bomb as such, naming the file and what to change", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const name of "bcdefgh") {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    expect(teamFileError(`${levels.join("\n")}\n${BASE.join("\n")}`)).toBe(
      'team.yaml: its YAML aliases (*name) expand into too many copies to read (a "billion laughs" file); write the values out instead of repeating them through aliases.',
    );
  });

  it("reports nesting too deep to read, in flow and block style", () => {
    const sentence =
      "team.yaml: lists or mappings are nested too deeply to read; a team file needs only a few levels (see docs/workspace.md), so remove the extra nesting.";
    expect(teamFileError(`engineers: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`)).toBe(sentence);
    const block = Array.from({ length: 5000 }, (_, i) => `${" ".repeat(i * 2 + 2)}- `).join("\n");
    expect(teamFileError(`engineers:\n${block}\n`)).toBe(sentence);
  });

  it("reports a key written twice", () => {
    expect(teamFileError(edited({ 3: "    name: Alice Chen\n    name: Alice C." }))).toBe(
      "team.yaml line 4: this key appears twice in the same mapping; remove or rename one of them.",
    );
  });

  it("reports an empty file", () => {
    expect(teamFileError("# nothing yet\n")).toBe(
      "team.yaml is empty; list the team's engineers under engineers (see docs/workspace.md).",
    );
  });

  it("reports a missing field at its entry", () => {
    expect(teamFileError(edited({ 4: null }))).toBe(
      "team.yaml line 2: engineers[0].timeZone is missing; add it (use an IANA zone such as America/Los_Angeles).",
    );
  });

  it("reports a misspelt field and suggests the right one", () => {
    expect(teamFileError(edited({ 4: "    timezone: America/Los_Angeles" }))).toBe(
      'team.yaml line 4: engineers[0] has an unknown field "timezone"; did you mean timeZone?',
    );
  });

  it("reports an unknown top-level field with the known ones", () => {
    expect(teamFileError(edited({ "+": "colour: blue" }))).toBe(
      'team.yaml line 22: The file has an unknown field "colour"; remove it or use one of version, asOf, teams, engineers, services, schedules, shadowHistory, readiness, drillHistory.',
    );
  });

  it("reports a value outside an enumeration", () => {
    expect(teamFileError(edited({ 5: "    level: principal" }))).toBe(
      'team.yaml line 5: engineers[0].level is "principal"; use junior, mid, senior, staff.',
    );
  });

  it("reports a malformed id", () => {
    expect(teamFileError(edited({ 2: "  - id: Alice" }))).toBe(
      'team.yaml line 2: engineers[0].id is "Alice"; use lower-case letters, digits, ".", "_" or "-".',
    );
  });

  it("asks for quotes around a number where text is expected", () => {
    expect(teamFileError(edited({ 12: "    name: Payments API\n    pagerdutyId: 12345" }))).toBe(
      "team.yaml line 13: services[0].pagerdutyId must be text; put 12345 in quotes.",
    );
  });

  it("reports a wrong type", () => {
    expect(teamFileError(edited({ 5: "    level: senior\n    mentor: maybe" }))).toBe(
      'team.yaml line 6: engineers[0].mentor must be true or false, not "maybe"; write true or false.',
    );
  });

  it("reports an empty rotation", () => {
    expect(teamFileError(edited({ 21: "      users: []" }))).toBe(
      "team.yaml line 21: schedules[0].rotation.users is empty; list engineer ids in rotation order.",
    );
  });

  it("reports a malformed rotation length", () => {
    expect(teamFileError(edited({ 20: "      length: 2x" }))).toBe(
      'team.yaml line 20: schedules[0].rotation.length is "2x"; write Nh, Nd or Nw, such as 12h, 1d or 1w.',
    );
  });

  it("reports an unknown time zone", () => {
    expect(teamFileError(edited({ 8: "    timeZone: Europe/Berln" }))).toBe(
      'team.yaml line 8: engineers[1].timeZone "Europe/Berln" is not an IANA time zone; use a name such as America/Los_Angeles or Europe/Berlin.',
    );
  });

  it("reports a duplicate id with the line of the first", () => {
    expect(teamFileError(edited({ 6: "  - id: alice" }))).toBe(
      'team.yaml line 6: engineers[1].id "alice" is already used by engineers[0] (line 2); give each engineer its own id.',
    );
  });

  it("reports a rotation user who is not an engineer", () => {
    expect(teamFileError(edited({ 21: "      users: [alice, bob, zed]" }))).toBe(
      'team.yaml line 21: schedules[0].rotation.users[2] names "zed", who is not an engineer; add zed under engineers or fix the id.',
    );
  });

  it("reports a skill that is not a service", () => {
    expect(teamFileError(edited({ 5: "    level: senior\n    skills: [payments-api, ledgr]" }))).toBe(
      'team.yaml line 6: engineers[0].skills[1] names "ledgr", which is not a service; add ledgr under services or fix the id.',
    );
  });

  it("reports a schedule service that is not a service", () => {
    expect(teamFileError(edited({ 17: "    services: [payments]" }))).toBe(
      'team.yaml line 17: schedules[0].services[0] names "payments", which is not a service; add payments under services or fix the id.',
    );
  });

  it("reports a team that is not declared", () => {
    expect(teamFileError(edited({ 12: "    name: Payments API\n    team: payments" }))).toBe(
      'team.yaml line 13: services[0].team names "payments", which is not a team; add payments under teams or fix the id.',
    );
  });

  it("reports an override by someone who is not an engineer", () => {
    const override =
      "    overrides:\n      - { user: zed, start: 2026-11-20T17:00:00-08:00, end: 2026-11-21T09:00:00-08:00 }";
    expect(teamFileError(edited({ "+": override }))).toBe(
      'team.yaml line 23: schedules[0].overrides[0].user names "zed", who is not an engineer; add zed under engineers or fix the id.',
    );
  });

  it("reports an override that ends before it starts", () => {
    const override =
      "    overrides:\n      - { user: bob, start: 2026-11-21T09:00:00-08:00, end: 2026-11-20T17:00:00-08:00 }";
    expect(teamFileError(edited({ "+": override }))).toBe(
      "team.yaml line 23: schedules[0].overrides[0].end is not after its start; end is exclusive, so make it later.",
    );
  });

  it("reports an override time without an offset", () => {
    const override =
      "    overrides:\n      - { user: bob, start: 2026-11-20T17:00, end: 2026-11-21T09:00:00Z }";
    expect(teamFileError(edited({ "+": override }))).toBe(
      'team.yaml line 23: schedules[0].overrides[0].start "2026-11-20T17:00" is not a date-time with an offset; write it like 2026-11-20T17:00:00-08:00 or 2026-11-21T01:00:00Z.',
    );
  });

  it("reports an impossible rotation start", () => {
    expect(teamFileError(edited({ 19: '      start: "2026-02-30T09:00"' }))).toBe(
      'team.yaml line 19: schedules[0].rotation.start "2026-02-30T09:00" is not a local date-time; write it without an offset, like "2026-11-02T09:00", in the schedule\'s timeZone.',
    );
  });

  it("reports a rotation start with an offset", () => {
    expect(teamFileError(edited({ 19: "      start: 2026-11-02T09:00:00-08:00" }))).toMatch(
      /^team\.yaml line 19: schedules\[0\]\.rotation\.start "2026-11-02T09:00:00-08:00" is not a local date-time/,
    );
  });

  it("reports a schedule with neither rotation nor PagerDuty id", () => {
    expect(teamFileError(edited({ 18: null, 19: null, 20: null, 21: null }))).toBe(
      "team.yaml line 14: schedules[0] (primary) has neither a rotation nor a pagerdutyId; add a rotation with start, length and users.",
    );
  });

  it("reports unavailability that mixes a date and a date-time", () => {
    expect(
      teamFileError(
        edited({
          9: "    level: junior\n    unavailable: [{ start: 2026-12-21, end: 2026-12-22T00:00:00Z }]",
        }),
      ),
    ).toBe(
      "team.yaml line 10: engineers[1].unavailable[0] mixes a date and a date-time; write both as dates (whole days) or both as date-times.",
    );
  });

  it("reports unavailability that ends before it starts", () => {
    expect(
      teamFileError(
        edited({ 9: "    level: junior\n    unavailable: [{ start: 2026-12-21, end: 2026-12-19 }]" }),
      ),
    ).toBe(
      "team.yaml line 10: engineers[1].unavailable[0].end 2026-12-19 is before its start 2026-12-21; the end date is the last day away.",
    );
  });

  it("reports an impossible unavailable date", () => {
    expect(
      teamFileError(
        edited({ 9: "    level: junior\n    unavailable: [{ start: 2026-02-30, end: 2026-03-02 }]" }),
      ),
    ).toBe(
      'team.yaml line 10: engineers[1].unavailable[0].start "2026-02-30" is not a calendar date; check the month and day.',
    );
  });

  it("reports asOf without an offset", () => {
    expect(teamFileError(`asOf: 2026-11-24T12:00\n${edited({})}`)).toBe(
      'team.yaml line 1: asOf "2026-11-24T12:00" is not a date-time with an offset; write it like 2026-11-20T17:00:00-08:00 or 2026-11-21T01:00:00Z.',
    );
  });

  it("reports a runbook path that leaves the runbook folder", () => {
    expect(teamFileError(edited({ 12: "    name: Payments API\n    runbook: ../secrets.md" }))).toBe(
      'team.yaml line 13: services[0].runbook "../secrets.md" must be a relative path inside the runbook folder with forward slashes, such as payments-api.md or db/postgres.md.',
    );
  });

  it("reports a shadow record naming someone unknown", () => {
    const record =
      "shadowHistory:\n  - { mentee: bob, mentor: zoe, schedule: primary, start: 2026-10-05T16:00:00Z, end: 2026-10-12T16:00:00Z }";
    expect(teamFileError(edited({ "+": record }))).toBe(
      'team.yaml line 23: shadowHistory[0].mentor names "zoe", who is not an engineer; add zoe under engineers or fix the id.',
    );
  });

  it("names the file it was given", () => {
    expect(teamFileError(edited({ 4: null }))).toMatch(/^team\.yaml line 2:/);
    expect(() => parseTeamFile(edited({ 4: null }), "examples/workspace/team.yaml")).toThrow(
      /^examples\/workspace\/team\.yaml line 2: /,
    );
  });
});
