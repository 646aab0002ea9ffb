// Path inputs never leave their root: "..", absolute paths, encoded slashes and backslashes, and symbolic links out of
// the workspace, tried on the workspace runbook source, on the GitHub one, and on every tool input that takes a path.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserInputError } from "../../src/lib/errors.js";
import { createGitHubRunbookSource } from "../../src/sources/github/index.js";
import { WorkspaceRunbookSource } from "../../src/sources/workspace/index.js";
import { recordHardening } from "../../tools/hardening/report.js";
import { connectInMemory, textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";
import { PATH_ATTACKS } from "./support/argument-arbitraries.js";
import type { JsonSchema } from "./support/input-oracle.js";
import { sampleArguments, workspaceFacts } from "./support/sample-arguments.js";
import {
  GITHUB_TOKEN,
  gitHubEnv,
  RUNBOOK_OWNER,
  RUNBOOK_REPO,
  startGitHub,
} from "./support/upstream-fakes.js";
import { runbookFiles } from "./support/workspaces.js";

const CANARY = "CANARY-outside-the-workspace-7d1f";
const PATH_FIELD = /path|file|runbook/i;

let tried = 0;
let escaped = 0;
const gapNotes: string[] = [];
afterAll(() =>
  recordHardening({
    area: "paths",
    tried,
    failed: escaped,
    ...(gapNotes.length ? { note: `known gap: ${gapNotes.join("; ")}` } : {}),
  }),
);

/** The workspace copy with links that lead out of it, and the secret they lead to. */
function plantLinks(workspace: TempWorkspace): string[] {
  const secret = join(workspace.parent, "secret.md");
  writeFileSync(secret, `# ${CANARY}\n`);
  mkdirSync(join(workspace.parent, "outside-folder"));
  writeFileSync(join(workspace.parent, "outside-folder", "inner.md"), `# ${CANARY}\n`);
  const runbooks = join(workspace.dir, "runbooks");
  symlinkSync("../../secret.md", join(runbooks, "relative-link.md"));
  symlinkSync(secret, join(runbooks, "absolute-link.md"));
  symlinkSync(join(workspace.parent, "outside-folder"), join(runbooks, "linked-folder"));
  symlinkSync("/etc/passwd", join(runbooks, "passwd.md"));
  return [
    ...PATH_ATTACKS,
    "relative-link.md",
    "absolute-link.md",
    "linked-folder/inner.md",
    "passwd.md",
    secret,
    "../secret.md",
    "../../secret.md",
    "..%2F..%2Fsecret.md",
    "..%2f..%2fsecret.md",
    "%2E%2E/%2E%2E/secret.md",
    "db%2F..%2F..%2F..%2Fsecret.md",
    "db/../../../secret.md",
    "db\\..\\..\\..\\secret.md",
    "./../../secret.md",
    "db//../../secret.md",
    "..",
    ".",
    "",
    "secret.md\u0000.md",
    "\\\\server\\share\\secret.md",
  ];
}

describe("the workspace runbook source", () => {
  let workspace: TempWorkspace;
  let attacks: string[];
  let source: WorkspaceRunbookSource;
  let parentBefore: string[];

  beforeAll(() => {
    workspace = copyWorkspace(SMALL_WORKSPACE);
    attacks = plantLinks(workspace);
    source = new WorkspaceRunbookSource(workspace.dir, "runbooks");
    parentBefore = readdirSync(workspace.parent).sort();
  });
  afterAll(() => workspace?.remove());

  it("refuses every path that leads out, with a sentence, and never reads what is outside", async () => {
    for (const attack of attacks) {
      tried++;
      const outcome = await source.readRunbook(attack).then(
        (file) => ({ file, error: null }),
        (error: unknown) => ({ file: null, error }),
      );
      if (outcome.file) escaped++;
      expect(outcome.file?.content ?? "", attack).not.toContain(CANARY);
      expect(outcome.error, attack).toBeInstanceOf(UserInputError);
      expect((outcome.error as Error).message, attack).not.toContain(CANARY);
    }
  });

  it("lists no runbook that leads out", async () => {
    const listed = (await source.listRunbooks()).map((entry) => entry.path);
    expect(listed.filter((path) => /link|passwd/.test(path))).toEqual([]);
    expect(listed.length).toBeGreaterThan(0);
  });

  it("refuses to write through any of them, and nothing appears outside", async () => {
    for (const attack of attacks) {
      tried++;
      const written = await source.writeRunbook(attack, "# overwritten\n").then(
        () => true,
        (error: unknown) => {
          expect(error, attack).toBeInstanceOf(UserInputError);
          return false;
        },
      );
      if (written) escaped++;
      expect(written, attack).toBe(false);
    }
    expect(readdirSync(workspace.parent).sort()).toEqual(parentBefore);
    expect(readFileSync(join(workspace.parent, "secret.md"), "utf8")).toBe(`# ${CANARY}\n`);
  });
});

describe("workspace incident files", () => {
  it("refuses an incident file linked from outside the workspace, naming it", async () => {
    const workspace = copyWorkspace(SMALL_WORKSPACE);
    try {
      const file = JSON.parse(
        readFileSync(join(workspace.dir, "incidents/2026-11-20-payments-latency.json"), "utf8"),
      ) as { incident: Record<string, unknown> };
      const outside = join(workspace.parent, "outside-incident.json");
      writeFileSync(
        outside,
        JSON.stringify({
          ...file,
          incident: { ...file.incident, id: "QOUTSIDE", incident_number: 7777, title: CANARY },
        }),
      );
      symlinkSync(outside, join(workspace.dir, "incidents/linked.json"));
      const session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir });
      try {
        tried++;
        const result = (await session.call("list_incidents", { since: "2026-11-01" })) as CallToolResult;
        expect(result.isError).toBe(true);
        expect(textOf(result)).toMatch(/incidents\/linked\.json links to a file outside the workspace/);
        expect(textOf(result)).not.toContain(CANARY);
      } finally {
        await session.close();
      }
    } finally {
      workspace.remove();
    }
  });
});

describe("the GitHub runbook source", () => {
  it("refuses every path that leads out before sending anything", async () => {
    const gitHub = await startGitHub(runbookFiles(SMALL_WORKSPACE));
    const source = createGitHubRunbookSource({
      token: GITHUB_TOKEN,
      owner: RUNBOOK_OWNER,
      repo: RUNBOOK_REPO,
      apiUrl: gitHub.url,
      runbookDir: "runbooks",
      throttle: false,
    });
    try {
      const attacks = [
        ...PATH_ATTACKS,
        "../README.md",
        "..%2FREADME.md",
        "db%2F..%2F..%2FREADME.md",
        "/README.md",
        "..",
        "db/../../README.md",
      ];
      for (const attack of attacks) {
        tried++;
        const before = gitHub.requests.length;
        const outcome = await source.readRunbook(attack).then(
          () => null,
          (error: unknown) => error,
        );
        if (outcome === null) escaped++;
        expect(outcome, attack).toBeInstanceOf(UserInputError);
        expect(gitHub.requests.length, `${attack} reached GitHub`).toBe(before);
      }
    } finally {
      await gitHub.close();
    }
  });
});

describe("every tool input that takes a path", () => {
  it("refuses the attacks in workspace and GitHub mode, and shows nothing from outside", async () => {
    const workspace = copyWorkspace(SMALL_WORKSPACE);
    const attacks = plantLinks(workspace);
    const gitHub = await startGitHub(runbookFiles(SMALL_WORKSPACE));
    const modes = [
      { ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1" },
      { ONCALL_WORKSPACE: workspace.dir, ONCALL_ENABLE_WRITES: "1", ...gitHubEnv(gitHub) },
    ];
    let fields = 0;
    try {
      for (const env of modes) {
        const session = await connectInMemory(env);
        try {
          const facts = await workspaceFacts(session.app.sources);
          for (const tool of (await session.client.listTools()).tools) {
            const properties = (tool.inputSchema as JsonSchema).properties ?? {};
            for (const [field, schema] of Object.entries(properties)) {
              if (!PATH_FIELD.test(field) || schema.type !== "string") continue;
              fields++;
              for (const attack of attacks) {
                tried++;
                const args = { ...sampleArguments(tool, facts), [field]: attack };
                const result = (await session.call(tool.name, args)) as CallToolResult;
                const text = `${textOf(result)}${JSON.stringify(result.structuredContent ?? {})}`;
                if (!result.isError || text.includes(CANARY)) escaped++;
                expect(
                  result.isError,
                  `${tool.name} ${field}=${JSON.stringify(attack)}: ${textOf(result)}`,
                ).toBe(true);
                expect(text).not.toContain(CANARY);
              }
            }
          }
        } finally {
          await session.close();
        }
      }
    } finally {
      await gitHub.close();
      workspace.remove();
    }
    // Runbook tools take paths: if none is found, the test has lost track of them.
    expect(fields).toBeGreaterThan(0);
  }, 60_000);
});
