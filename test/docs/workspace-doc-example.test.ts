// The minimal workspace in docs/workspace.md is read out of the Markdown itself, written to a folder and served by the
// built server, so the document cannot drift from what loads; the tools then answer as the document says they do.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectStdio, textOf } from "../helpers/mcp-client.js";
import { REPO_ROOT } from "../helpers/paths.js";

const DOC = path.join(REPO_ROOT, "docs/workspace.md");
const SECTION = "## A minimal workspace";

/** The lines of the section, up to the next level-2 heading outside a fenced block (the runbook has its own). */
function sectionLines(markdown: string): string[] {
  const lines = markdown.split("\n");
  const start = lines.indexOf(SECTION);
  if (start < 0) throw new Error(`docs/workspace.md has no "${SECTION}" section`);
  let fenced = false;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i]!.startsWith("```")) fenced = !fenced;
    else if (!fenced && lines[i]!.startsWith("## ")) return lines.slice(start, i);
  }
  return lines.slice(start);
}

/** The fenced blocks of the section, each announced by `<!-- example-file: PATH -->` on the line before it. */
function exampleFiles(markdown: string): Map<string, string> {
  const section = sectionLines(markdown).join("\n");
  const files = new Map<string, string>();
  for (const match of section.matchAll(/<!-- example-file: (\S+) -->\n```[^\n]*\n([\s\S]*?)\n```(?:\n|$)/g)) {
    files.set(match[1]!, `${match[2]!}\n`);
  }
  return files;
}

type Call = Awaited<ReturnType<typeof connectStdio>>["call"];
type Structured = Record<string, unknown>;

describe("the minimal workspace of docs/workspace.md", () => {
  const files = exampleFiles(readFileSync(DOC, "utf8"));
  let folder: string;
  let server: Awaited<ReturnType<typeof connectStdio>>;

  const structured = async (call: Call, name: string, args: Record<string, unknown> = {}) => {
    const result = await call(name, args);
    if (result.isError) throw new Error(`${name} failed: ${textOf(result)}`);
    return result.structuredContent as Structured;
  };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), "doc-example-"));
    for (const [name, content] of files) {
      mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
      writeFileSync(path.join(folder, name), content);
    }
    server = await connectStdio({ ONCALL_WORKSPACE: folder });
  });

  afterAll(async () => {
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("has a team file, an incident and a runbook", () => {
    expect([...files.keys()].sort()).toEqual([
      "incidents/1001-checkout-errors.json",
      "runbooks/checkout.md",
      "team.yaml",
    ]);
  });

  it("loads in the built server without a complaint on stderr", async () => {
    await structured(server.call, "list_incidents");
    const stderr = server.stderr.join("");
    expect(stderr).toContain(`workspace ${folder}`);
    expect(stderr).not.toMatch(/warn|error|could not/i);
  });

  it("lists incident #1001, with its assignee joined to the engineer alice by name", async () => {
    const listed = await structured(server.call, "list_incidents");
    expect(listed.incidents).toMatchObject([
      { number: 1001, service: { id: "checkout" }, assignees: [{ id: "alice", name: "Alice Chen" }] },
    ]);
  });

  it("credits Alice Chen in the summary", async () => {
    const summary = await structured(server.call, "summarize_incident", { incidentId: "1001" });
    expect(summary.resolvedBy).toEqual({ id: "alice", name: "Alice Chen" });
  });

  it("finds checkout.md as the runbook of checkout by its file name", async () => {
    const listing = await structured(server.call, "list_runbooks");
    expect(listing.runbooks).toMatchObject([{ path: "checkout.md", services: ["checkout"] }]);
  });

  it("drafts the rollback command from the note as a mitigation step", async () => {
    const draft = await structured(server.call, "draft_runbook_update", { incidentId: "1001" });
    const mitigation = (draft.changes as { kind: string; text: string }[]).filter(
      (c) => c.kind === "mitigation",
    );
    expect(mitigation.map((c) => c.text).join("\n")).toContain(
      "kubectl rollout undo deployment/checkout -n shop",
    );
  });

  it("pairs Bob with Alice's weeks on call", async () => {
    const plan = await structured(server.call, "suggest_shadow_pairings");
    const pairings = plan.pairings as { mentee: string; mentor: string }[];
    expect(pairings.length).toBeGreaterThan(0);
    for (const pairing of pairings) expect(pairing).toMatchObject({ mentee: "bob", mentor: "alice" });
  });
});
