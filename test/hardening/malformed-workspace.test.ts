// Malformed workspace files give one clear error naming the file and the field, at start or at the tool call,
// never a crash: bad YAML, a rotation naming an unknown engineer, incidents that are not PagerDuty-shaped, and
// 50 MB files.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, describe, expect, it } from "vitest";
import { WorkspaceError } from "../../src/lib/errors.js";
import { createWorkspaceSources } from "../../src/sources/workspace/index.js";
import { BUILT_SERVER } from "../../tools/hardening/built-server.js";
import { recordHardening } from "../../tools/hardening/report.js";
import { connectInMemory, textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";
import { sentenceProblem } from "./support/answer-checks.js";
import { sampleArguments, workspaceFacts } from "./support/sample-arguments.js";

const FIFTY_MB = 50 * 1024 * 1024;
/** What a client may be sent at most: far less than the file. */
const ANSWER_LIMIT_BYTES = 4 * 1024 * 1024 + 4096;

let tried = 0;
let unclear = 0;
const gaps: string[] = [];
afterAll(() =>
  recordHardening({
    area: "workspace files",
    tried,
    failed: unclear,
    ...(gaps.length ? { note: `known gap: ${gaps.join("; ")}` } : {}),
  }),
);

function counted<T>(check: () => T): T {
  tried++;
  try {
    return check();
  } catch (error) {
    unclear++;
    throw error;
  }
}

/** A copy of the small workspace with one file changed. */
function brokenWorkspace(file: string, change: (text: string) => string): TempWorkspace {
  const workspace = copyWorkspace(SMALL_WORKSPACE);
  const path = join(workspace.dir, file);
  let text = "";
  try {
    text = readFileSync(path, "utf8");
  } catch {}
  writeFileSync(path, change(text));
  return workspace;
}

/** Starts the built server on the workspace; it must refuse with exit code 2 and one line naming the problem. */
function startBuilt(workspaceDir: string) {
  return spawnSync(process.execPath, [BUILT_SERVER, "--http", "0"], {
    env: { PATH: process.env.PATH ?? "", ONCALL_WORKSPACE: workspaceDir },
    encoding: "utf8",
    timeout: 20_000,
  });
}

const TEAM_CASES: { name: string; change: (text: string) => string; mentions: RegExp[] }[] = [
  {
    name: "bad YAML",
    change: (text) => text.replace("engineers:", "engineers: [unclosed"),
    mentions: [/team\.yaml/, /line \d+/],
  },
  {
    name: "a rotation naming an unknown engineer",
    change: (text) => text.replace("users: [alice, bob, carol]", "users: [alice, ghost, carol]"),
    mentions: [/team\.yaml/, /line \d+/, /ghost/, /users/],
  },
  {
    name: "a list where a mapping belongs",
    change: () => "- just\n- a list\n",
    mentions: [/team\.yaml/],
  },
  {
    name: "an empty file",
    change: () => "",
    mentions: [/team\.yaml/],
  },
  {
    name: "a YAML alias bomb",
    change: (text) => {
      const levels = ["bombA: &a [x, x, x, x, x, x, x, x, x]"];
      for (let i = 1; i < 8; i++)
        levels.push(
          `bomb${i}: &l${i} [${Array(9)
            .fill(i === 1 ? "*a" : `*l${i - 1}`)
            .join(", ")}]`,
        );
      return `${levels.join("\n")}\n${text}`;
    },
    mentions: [/team\.yaml/, /aliases/],
  },
  {
    name: "nesting too deep to read",
    change: (text) => `${text}\ndeep: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`,
    mentions: [/team\.yaml/, /nested too deeply/],
  },
];

describe("a malformed team.yaml", () => {
  it.each(TEAM_CASES)(
    "$name: refused at start with one line naming file and field",
    ({ change, mentions }) => {
      const workspace = brokenWorkspace("team.yaml", change);
      try {
        const started = startBuilt(workspace.dir);
        counted(() => {
          expect(started.status, started.stderr).toBe(2);
          const lines = started.stderr.trim().split("\n");
          expect(lines).toHaveLength(1);
          for (const mention of mentions) expect(lines[0]).toMatch(mention);
          expect(sentenceProblem(lines[0]!)).toBeNull();
        });
      } finally {
        workspace.remove();
      }
    },
  );

  it.each(TEAM_CASES)("$name: every tool call says the same, as a sentence", async ({ change, mentions }) => {
    const workspace = brokenWorkspace("team.yaml", change);
    const session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
    try {
      const expected = await createWorkspaceSources({ workspaceDir: workspace.dir, runbookDir: "runbooks" })
        .team.load()
        .then(
          () => null,
          (error: unknown) => error,
        );
      expect(expected).toBeInstanceOf(WorkspaceError);
      for (const tool of (await session.client.listTools()).tools) {
        const result = (await session.call(tool.name, {})) as CallToolResult;
        counted(() => {
          expect(result.isError, tool.name).toBe(true);
          // Either the team file's own sentence, or an input error found before the file was read.
          const text = textOf(result);
          if (!/Invalid input\./.test(text))
            for (const mention of mentions) expect(text, tool.name).toMatch(mention);
          expect(sentenceProblem(text), `${tool.name}: ${text}`).toBeNull();
        });
      }
      expect((await session.client.listTools()).tools.length).toBeGreaterThan(0);
    } finally {
      await session.close();
      workspace.remove();
    }
  });
});

const INCIDENT_CASES: {
  name: string;
  file: string;
  text: () => string;
  mentions: RegExp[];
  /** A mention still missing, reported to the owner of the code that writes the sentence. */
  knownGap?: { mention: RegExp; why: string };
}[] = [
  {
    name: "not JSON",
    file: "incidents/broken.json",
    text: () => '{ "incident": { "id": "QBROKEN",\n  "title": oops }',
    mentions: [/incidents\/broken\.json/, /line 2/],
  },
  {
    name: "not PagerDuty-shaped",
    file: "incidents/odd.json",
    text: () => JSON.stringify({ incident: { id: "QODD", title: 42, status: "exploded" } }),
    mentions: [/incidents\/odd\.json/, /incident\.\w+/],
  },
  {
    name: "a list of incidents instead of one",
    file: "incidents/list.json",
    text: () => "[]",
    mentions: [/incidents\/list\.json/],
  },
  {
    name: "log entries that are not a list",
    file: "incidents/entries.json",
    text: () => {
      const good = JSON.parse(
        readFileSync(join(SMALL_WORKSPACE, "incidents/2026-11-20-payments-latency.json"), "utf8"),
      ) as { incident: Record<string, unknown> };
      return JSON.stringify({ ...good, incident: { ...good.incident, id: "QENTRIES" }, log_entries: {} });
    },
    mentions: [/incidents\/entries\.json/, /log_entries/],
  },
];

describe("a malformed incident file", () => {
  it.each(INCIDENT_CASES)(
    "$name: the tool call names file and field",
    async ({ file, text, mentions, knownGap }) => {
      const workspace = brokenWorkspace(file, text);
      const session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir });
      try {
        const result = (await session.call("list_incidents", {})) as CallToolResult;
        counted(() => {
          expect(result.isError).toBe(true);
          for (const mention of mentions) expect(textOf(result)).toMatch(mention);
          expect(sentenceProblem(textOf(result))).toBeNull();
          if (knownGap) {
            expect(
              textOf(result),
              `the known gap is closed (${knownGap.why}): move it to mentions`,
            ).not.toMatch(knownGap.mention);
            gaps.push(knownGap.why);
          }
        });
      } finally {
        await session.close();
        workspace.remove();
      }
    },
  );
});

describe("50 MB files", () => {
  it("an incident with 50 MB of notes and a 50 MB runbook: every tool answers within the deadline, briefly or with a sentence", async () => {
    const workspace = copyWorkspace(SMALL_WORKSPACE);
    const source = JSON.parse(
      readFileSync(join(workspace.dir, "incidents/2026-11-20-payments-latency.json"), "utf8"),
    ) as { incident: Record<string, unknown>; notes: Record<string, unknown>[] };
    const megabyte = "x".repeat(1024 * 1024);
    const notes = Array.from({ length: 50 }, (_, i) => ({
      ...source.notes[0],
      id: `QHUGENOTE${i}`,
      content: megabyte,
    }));
    writeFileSync(
      join(workspace.dir, "incidents/huge.json"),
      JSON.stringify({
        ...source,
        incident: { ...source.incident, id: "QHUGE", incident_number: 9999 },
        notes,
      }),
    );
    writeFileSync(
      join(workspace.dir, "runbooks/payments-api.md"),
      `# Payments API\n\n## Remediation\n\n${"- restart the worker and watch the queue\n".repeat(FIFTY_MB / 40)}`,
    );
    const session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" });
    try {
      const facts = { ...(await workspaceFacts(session.app.sources)), incidentId: "QHUGE" };
      const tools = (await session.client.listTools()).tools;
      const outcomes = await Promise.all(
        tools.map(async (tool) => {
          const started = performance.now();
          const result = (await session.client.callTool(
            { name: tool.name, arguments: sampleArguments(tool, facts) },
            undefined,
            { timeout: 60_000 },
          )) as CallToolResult;
          return { tool: tool.name, result, elapsedMs: performance.now() - started };
        }),
      );
      for (const { tool, result, elapsedMs } of outcomes) {
        counted(() => {
          expect(elapsedMs, tool).toBeLessThan(session.app.config.toolTimeoutMs + 2_000);
          expect(JSON.stringify(result).length, tool).toBeLessThan(ANSWER_LIMIT_BYTES);
          if (result.isError)
            expect(sentenceProblem(textOf(result)), `${tool}: ${textOf(result)}`).toBeNull();
        });
      }
    } finally {
      await session.close();
      workspace.remove();
    }
  }, 120_000);
});
