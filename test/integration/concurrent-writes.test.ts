// Writes that never lose or corrupt (issue 16): one temporary copy of the demo workspace written at once by two
// built server processes, one over stdio and one over Streamable HTTP with two sessions, 50 concurrent calls of
// each write tool spread over the three clients. Every call that reports success must be on disk, every file must
// still parse, and what was there before must be kept byte for byte.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { diffChars } from "diff";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import YAML from "yaml";
import { type BuiltHttpServer, startBuiltHttpServer } from "../../tools/hardening/built-server.js";
import { connectHttp, connectStdio, textOf } from "../helpers/mcp-client.js";
import { DEMO_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";

const CALLS = 50;
const SHIFT_MS = 8 * 3_600_000;
type Call = (name: string, args: Record<string, unknown>) => Promise<CallToolResult>;

let workspace: TempWorkspace;
let http: BuiltHttpServer;
let stdio: Awaited<ReturnType<typeof connectStdio>>;
const httpClients: Client[] = [];
/** stdio process, HTTP process session 1, HTTP process session 2. */
let clients: Call[] = [];

const env = () => ({
  ONCALL_WORKSPACE: workspace.dir,
  ONCALL_ENABLE_WRITES: "1",
  ONCALL_NOW: "2026-11-24T12:00:00Z",
  ONCALL_TOOL_TIMEOUT_SECONDS: "120",
});

beforeAll(async () => {
  workspace = copyWorkspace(DEMO_WORKSPACE);
  stdio = await connectStdio(env());
  http = await startBuiltHttpServer(env());
  for (let i = 0; i < 2; i++)
    httpClients.push((await connectHttp(http.mcpUrl, { name: `session-${i}` })).client);
  const viaClient =
    (client: Client): Call =>
    (name, args) =>
      client.callTool({ name, arguments: args }, undefined, { timeout: 180_000 }) as Promise<CallToolResult>;
  clients = [stdio.call, ...httpClients.map(viaClient)];
}, 60_000);

afterAll(async () => {
  for (const client of httpClients) await client.close().catch(() => {});
  await stdio?.close();
  await http?.stop();
  workspace?.remove();
});

/** Runs the calls all at once, the i-th on client i mod 3. */
function allAtOnce(argsOf: (i: number) => Record<string, unknown>, name: string) {
  return Promise.all(
    Array.from({ length: CALLS }, (_, i) =>
      clients[i % clients.length]!(name, argsOf(i)).then((result) => ({ i, result })),
    ),
  );
}

/** `after` holds every character of `before`, in order: only insertions. */
function expectOnlyInsertions(before: string, after: string): void {
  const removed = diffChars(before, after).filter((part) => part.removed);
  expect(removed.map((part) => part.value)).toEqual([]);
}

function leftovers(): string[] {
  return readdirSync(workspace.dir, { recursive: true, encoding: "utf8" }).filter(
    (name) => name.endsWith(".tmp") || name.endsWith(".lock"),
  );
}

describe("two processes and two HTTP sessions writing one workspace at once", () => {
  it(`add_incident_note: ${CALLS} notes on one incident, every one kept, nothing else changed`, async () => {
    const file = join(workspace.dir, "incidents/1202-payments-api-crashloop.json");
    const before = readFileSync(file, "utf8");
    const notesBefore = (JSON.parse(before) as { notes: unknown[] }).notes.length;
    const results = await allAtOnce(
      (i) => ({ incidentId: "1202", content: `concurrent note ${i}` }),
      "add_incident_note",
    );
    const failed = results.filter(({ result }) => result.isError).map(({ result }) => textOf(result));
    expect(failed).toEqual([]);
    const after = readFileSync(file, "utf8");
    const notes = (JSON.parse(after) as { notes: { content: string }[] }).notes;
    for (const { i } of results) {
      expect(
        notes.filter((note) => note.content === `concurrent note ${i}`),
        `note ${i}`,
      ).toHaveLength(1);
    }
    expect(notes).toHaveLength(notesBefore + CALLS);
    expectOnlyInsertions(before, after);
  }, 240_000);

  it(`record_shadow_rotation: ${CALLS} eight-hour shadows, every one in shadowHistory and in its own files`, async () => {
    const teamFile = join(workspace.dir, "team.yaml");
    const before = readFileSync(teamFile, "utf8");
    const historyBefore = (YAML.parse(before) as { shadowHistory: unknown[] }).shadowHistory.length;
    const planned = await clients[0]!("suggest_shadow_pairings", { from: "2026-11-30", to: "2027-03-29" });
    const weeks = (planned.structuredContent as { pairings: Record<string, string>[] }).pairings;
    // Each planned week split into eight-hour shifts: distinct shifts, each still the mentor's time on call.
    const days = weeks.flatMap((week) => {
      const start = Date.parse(week.start!);
      const count = Math.floor((Date.parse(week.end!) - start) / SHIFT_MS);
      return Array.from({ length: count }, (_, d) => ({
        mentee: week.mentee,
        mentor: week.mentor,
        schedule: week.schedule,
        start: new Date(start + d * SHIFT_MS).toISOString(),
        end: new Date(start + (d + 1) * SHIFT_MS).toISOString(),
      }));
    });
    expect(days.length).toBeGreaterThanOrEqual(CALLS);
    const results = await allAtOnce((i) => ({ pairings: [days[i]] }), "record_shadow_rotation");
    const failed = results.filter(({ result }) => result.isError).map(({ result }) => textOf(result));
    expect(failed).toEqual([]);
    const after = readFileSync(teamFile, "utf8");
    const history = (YAML.parse(after) as { shadowHistory: Record<string, unknown>[] }).shadowHistory;
    expect(history).toHaveLength(historyBefore + CALLS);
    for (const { i, result } of results) {
      const shift = days[i]!;
      const inHistory = history.filter(
        (entry) =>
          entry["mentee"] === shift.mentee &&
          Date.parse(
            String(entry["start"] instanceof Date ? (entry["start"] as Date).toISOString() : entry["start"]),
          ) === Date.parse(shift.start),
      );
      expect(inHistory, `shift ${i}`).toHaveLength(1);
      const created = (result.structuredContent as { created: string[] }).created;
      expect(created.filter((entry) => entry.startsWith("shadow-rotations/"))).toHaveLength(2);
      for (const name of created.filter((entry) => entry.endsWith(".yaml"))) {
        expect(YAML.parse(readFileSync(join(workspace.dir, name), "utf8")).pairings, name).toHaveLength(1);
      }
      for (const name of created.filter((entry) => entry.endsWith(".ics"))) {
        expect(readFileSync(join(workspace.dir, name), "utf8").trimEnd(), name).toMatch(
          /^BEGIN:VCALENDAR[\s\S]*END:VCALENDAR$/,
        );
      }
    }
    expectOnlyInsertions(before, after);
  }, 240_000);

  it(`record_incident_drill: ${CALLS} drills on different days all kept, and one drill sent by all three clients kept once`, async () => {
    const teamFile = join(workspace.dir, "team.yaml");
    const before = readFileSync(teamFile, "utf8");
    const drillsBefore = (YAML.parse(before) as { drillHistory: unknown[] }).drillHistory.length;
    // Noon UTC on each of the CALLS days before "now": a different calendar day in the mentee's zone each time.
    const dayAt = (i: number) => new Date(Date.parse("2026-11-23T12:00:00Z") - i * 86_400_000).toISOString();
    const distinct = await allAtOnce(
      (i) => ({ mentee: "kenji", incidentId: "1211", at: dayAt(i), notes: `concurrent drill ${i}` }),
      "record_incident_drill",
    );
    const failed = distinct.filter(({ result }) => result.isError).map(({ result }) => textOf(result));
    expect(failed).toEqual([]);
    // The same drill, sent by every client at once, several times over.
    const same = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        clients[i % clients.length]!("record_incident_drill", {
          mentee: "erin",
          incidentId: 1236,
          at: "2026-11-20T09:30:00Z",
        }),
      ),
    );
    expect(same.filter((result) => result.isError).map(textOf)).toEqual([]);
    const created = same.filter((result) => (result.structuredContent as { created: boolean }).created);
    expect(created).toHaveLength(1);
    const after = readFileSync(teamFile, "utf8");
    const drills = (YAML.parse(after) as { drillHistory: Record<string, unknown>[] }).drillHistory;
    for (const { i } of distinct) {
      expect(
        drills.filter((drill) => drill["notes"] === `concurrent drill ${i}`),
        `drill ${i}`,
      ).toHaveLength(1);
    }
    expect(drills.filter((drill) => drill["mentee"] === "erin" && drill["incident"] === "1236")).toHaveLength(
      1,
    );
    expect(drills).toHaveLength(drillsBefore + CALLS + 1);
    expectOnlyInsertions(before, after);
  }, 240_000);

  it(`propose_runbook_update: ${CALLS} proposals on shared runbooks, every success on disk, no torn file`, async () => {
    const incidents = ["1202", "1214", "1236", "1242", "1249", "1227", "1231", "1235", "1243", "1251"];
    const results = await allAtOnce(
      (i) => ({ incidentId: incidents[i % incidents.length]! }),
      "propose_runbook_update",
    );
    for (const { i, result } of results) {
      const text = textOf(result);
      if (result.isError) {
        // Losing the race three times is a sentence asking to draft again, never a raw file-system error.
        expect(text, `call ${i}`).toMatch(
          /changed since it was drafted \(version \w+, now \w+\); draft it again\.$|being written by another/,
        );
        continue;
      }
      const { path, changes } = result.structuredContent as { path: string; changes: number };
      const content = readFileSync(join(workspace.dir, "runbooks", path), "utf8");
      if (changes > 0)
        expect(content, `call ${i}: ${text}`).toContain(`[#${incidents[i % incidents.length]}](`);
    }
    const succeeded = results.filter(({ result }) => !result.isError).length;
    console.log(
      `propose_runbook_update: ${succeeded} of ${CALLS} succeeded, the rest were asked to draft again`,
    );
    expect(succeeded).toBeGreaterThan(0);
    // Each runbook ends with exactly one history section: no spliced fragment of another write.
    for (const name of ["payments-api.md", "db/postgres.md"]) {
      const content = readFileSync(join(workspace.dir, "runbooks", name), "utf8");
      expect(content.match(/^## Incident history$/gm) ?? [], name).toHaveLength(1);
    }
    expect(leftovers()).toEqual([]);
  }, 400_000);
});
