// team.yaml's fields for the path to on call: stages, shadow roles, drills and readiness thresholds.
import { describe, expect, it } from "vitest";
import { DEFAULT_READINESS } from "../../src/lib/readiness-thresholds.js";
import { parseTeamFile } from "../../src/sources/workspace/team-file.js";
import { teamFileError } from "./team-file-error.js";

// Line numbers in the expectations below refer to this text (1-based).
const BASE = [
  "engineers:", // 1
  "  - { id: alice, name: Alice, timeZone: UTC, level: senior }", // 2
  "  - { id: bob, name: Bob, timeZone: UTC, level: junior }", // 3
  "  - { id: cem, name: Cem, timeZone: UTC, level: mid, mentee: true, stage: reverse-shadow }", // 4
  "services:", // 5
  "  - { id: api, name: API }", // 6
  "schedules:", // 7
  "  - { id: primary, name: Primary, timeZone: UTC, services: [api], rotation: { start: '2026-11-02T09:00', length: 1w, users: [alice] } }", // 8
].join("\n");

describe("team.yaml path fields", () => {
  it("defaults the stage of mentees to shadow and of everyone else to on-call, and keeps a given one", () => {
    const team = parseTeamFile(BASE);
    expect(team.engineers.map((e) => [e.id, e.stage])).toEqual([
      ["alice", "on-call"],
      ["bob", "shadow"],
      ["cem", "reverse-shadow"],
    ]);
    expect(team.readiness).toEqual(DEFAULT_READINESS);
    expect(team.drillHistory).toEqual([]);
  });

  it("reads shadow roles, drills and thresholds, keeping defaults for thresholds left out", () => {
    const team = parseTeamFile(
      `${BASE}
readiness: { drills: 3 }
shadowHistory:
  - { mentee: cem, mentor: alice, schedule: primary, start: 2026-11-02T09:00:00Z, end: 2026-11-03T09:00:00Z, role: reverse-shadow }
  - { mentee: bob, mentor: alice, schedule: primary, start: 2026-11-02T09:00:00Z, end: 2026-11-03T09:00:00Z }
drillHistory:
  - { mentee: bob, incident: 1042, service: api, at: 2026-11-10T10:00:00+01:00, runBy: alice, notes: good questions }
`,
    );
    expect(team.readiness).toEqual({ ...DEFAULT_READINESS, drills: 3 });
    expect(team.shadowHistory.map((r) => r.role)).toEqual(["reverse-shadow", undefined]);
    expect(team.drillHistory).toEqual([
      {
        mentee: "bob",
        incident: "1042",
        service: "api",
        at: "2026-11-10T09:00:00.000Z",
        runBy: "alice",
        notes: "good questions",
      },
    ]);
  });

  it("says what to write for a stage, a role, a threshold or a drill that is wrong", () => {
    expect(teamFileError(BASE.replace("stage: reverse-shadow", "stage: expert"))).toBe(
      'team.yaml line 4: engineers[2].stage is "expert"; use shadow, reverse-shadow, on-call-with-backup, on-call.',
    );
    expect(teamFileError(`${BASE}\nreadiness: { drills: -1 }`)).toMatch(
      /^team\.yaml line 9: readiness\.drills/,
    );
    expect(
      teamFileError(
        `${BASE}\ndrillHistory:\n  - { mentee: bob, incident: 7, service: db, at: 2026-11-10T10:00:00Z }`,
      ),
    ).toBe(
      'team.yaml line 10: drillHistory[0].service names "db", which is not a service; add db under services or fix the id.',
    );
    expect(
      teamFileError(`${BASE}\ndrillHistory:\n  - { mentee: bob, incident: 7, service: api, at: 2026-11-10 }`),
    ).toMatch(/drillHistory\[0\]\.at "2026-11-10" is not a date-time with an offset/);
  });
});
