// The example messages in the "Error messages" tables of docs/workspace.md for team.yaml and incidents/ are real: each
// is produced by the workspace loader for one of the broken files below ("…" in an example stands for any text).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WorkspaceIncidentSource } from "../../src/sources/workspace/incident-source.js";
import { parseTeamFile } from "../../src/sources/workspace/team-file.js";
import { WorkspaceTeamSource } from "../../src/sources/workspace/team-source.js";
import { REPO_ROOT } from "../helpers/paths.js";

const DOC = readFileSync(path.join(REPO_ROOT, "docs/workspace.md"), "utf8");

/** The backticked examples in the first column of the table under `### <heading>` in "## Error messages". */
function examples(heading: string): string[] {
  const errors = DOC.slice(DOC.indexOf("\n## Error messages\n"));
  const start = errors.indexOf(`\n### ${heading}\n`);
  if (start < 0) throw new Error(`docs/workspace.md has no "### ${heading}" under "## Error messages"`);
  const rest = errors.slice(start + heading.length + 6);
  const section = rest.slice(0, rest.search(/\n##/));
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...line.split(" | ")[0]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!));
}

/** Whether `message` reads as `example`, where "…" stands for any text. */
function matches(example: string, message: string): boolean {
  const pattern = example
    .split("…")
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s\\S]*");
  return new RegExp(`^${pattern}$`).test(message);
}

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

const TEAM = `engineers:
  - id: alice
    name: Alice
    timeZone: Europe/Berlin
    level: senior
    workingHours: { start: 09:00, end: 17:00 }
services:
  - id: api
    name: API
schedules:
  - id: primary
    name: Primary
    timeZone: Europe/Berlin
    rotation: { start: 2026-11-02T09:00, length: 1w, users: [alice] }
`;
const ENGINEER = "level: senior";
const OVERRIDE =
  "    overrides:\n      - { user: alice, start: 2026-11-20T17:00:00Z, end: 2026-11-20T17:00:00Z }\n";

/** Broken team files, each a small change to TEAM. */
const BROKEN_TEAM_FILES = [
  "",
  "engineers:\n  - id: a\n   name: b\n",
  "engineers: []\nengineers: []\n",
  "- a\n- b\n",
  TEAM.replace("timeZone: Europe/Berlin\n    level", "timezone: Europe/Berlin\n    level"),
  TEAM.replace("    timeZone: Europe/Berlin\n    level", "    level"),
  TEAM.replace(ENGINEER, "level: lead"),
  TEAM.replace("id: alice", "id: Alice"),
  TEAM.replace("name: API", "name: 123"),
  TEAM.replace(ENGINEER, `${ENGINEER}\n    skills: api`),
  TEAM.replace(ENGINEER, `${ENGINEER}\n    mentor: yes`),
  TEAM.replace("name: API", 'name: ""'),
  TEAM.replace("users: [alice]", "users: []"),
  TEAM.replace(ENGINEER, `${ENGINEER}\n    team: Pay Ments`),
  TEAM.replace("services:\n", "  - { id: alice, name: A2, timeZone: UTC, level: mid }\nservices:\n"),
  TEAM.replace(ENGINEER, `${ENGINEER}\n    skills: [web]`),
  TEAM.replace("timeZone: Europe/Berlin\n    level", "timeZone: CET2\n    level"),
  `asOf: 2026-11-24\n${TEAM}`,
  TEAM.replace("start: 2026-11-02T09:00,", "start: 2026-11-02T09:00Z,"),
  TEAM + OVERRIDE,
  TEAM.replace(ENGINEER, `${ENGINEER}\n    unavailable: [{ start: 2026-12-21, end: 2026-12-22T00:00:00Z }]`),
  TEAM.replace(ENGINEER, `${ENGINEER}\n    unavailable: [{ start: 2026-12-21, end: 2026-12-20 }]`),
  TEAM.replace(ENGINEER, `${ENGINEER}\n    unavailable: [{ start: 2026-02-30, end: 2026-03-01 }]`),
  TEAM.replace("name: API", "name: API\n    runbook: ../x.md"),
  TEAM.replace("    rotation: { start: 2026-11-02T09:00, length: 1w, users: [alice] }\n", ""),
];

describe("the team.yaml error messages of docs/workspace.md", () => {
  const produced = BROKEN_TEAM_FILES.map((text) => failure(() => parseTeamFile(text)));
  // Start-up and a team file deleted while running are not parse errors; workspace-sources.test.ts covers them.
  const documented = examples("team.yaml").filter((example) => !example.startsWith("There is no"));

  it("has examples to check", () => {
    expect(documented.length).toBeGreaterThanOrEqual(20);
  });

  it("come from the loader", () => {
    const unproduced = documented.filter((example) => !produced.some((message) => matches(example, message)));
    expect(unproduced).toEqual([]);
  });
});

const INCIDENT = {
  id: "Q1",
  incident_number: 1,
  title: "API errors",
  status: "resolved",
  created_at: "2026-11-20T18:04:00Z",
  service: { id: "api" },
};

describe("the incident error messages of docs/workspace.md", () => {
  const folders: string[] = [];
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  /** The message of listing incidents in a workspace whose incidents/ holds `files` (name → text or link target). */
  async function listingFailure(
    files: Record<string, string | { link: string }>,
    find?: string,
  ): Promise<string> {
    const folder = mkdtempSync(path.join(os.tmpdir(), "doc-errors-"));
    folders.push(folder);
    mkdirSync(path.join(folder, "incidents"));
    writeFileSync(path.join(folder, "team.yaml"), TEAM);
    for (const [name, content] of Object.entries(files)) {
      const target = path.join(folder, "incidents", name);
      if (typeof content === "string") writeFileSync(target, content);
      else symlinkSync(content.link, target);
    }
    const source = new WorkspaceIncidentSource(folder, new WorkspaceTeamSource(folder));
    try {
      if (find) await source.getIncident(find);
      else await source.listIncidents({ limit: 10, offset: 0 });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error("expected an error");
  }

  it("come from the loader", async () => {
    const json = (value: unknown) => JSON.stringify(value, null, 2);
    const outside = path.join(mkdtempSync(path.join(os.tmpdir(), "doc-errors-outside-")), "x.json");
    folders.push(path.dirname(outside));
    writeFileSync(outside, json({ incident: INCIDENT }));
    const produced = await Promise.all([
      listingFailure({ "x.json": '{\n  "incident": {\n    "id": "Q1",\n  }\n}' }),
      listingFailure({ "x.json": "[]" }),
      listingFailure({ "x.json": "{}" }),
      listingFailure({ "x.json": json({ incident: INCIDENT, log_entries: {} }) }),
      listingFailure({ "x.json": json({ incident: { ...INCIDENT, status: undefined } }) }),
      listingFailure({ "a.json": json({ incident: INCIDENT }), "b.json": json({ incident: INCIDENT }) }),
      listingFailure({ "linked.json": { link: outside } }),
      listingFailure({ "x.json": json({ incident: INCIDENT }) }, "1234"),
    ]);
    const documented = examples("incidents/");
    expect(documented.length).toBeGreaterThanOrEqual(8);
    const unproduced = documented.filter((example) => !produced.some((message) => matches(example, message)));
    expect(unproduced).toEqual([]);
  });
});
