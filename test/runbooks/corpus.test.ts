// Drafts on public runbooks (test/fixtures/runbook-corpus, see its SOURCES.md) for incidents written from public
// postmortems: the diff applies with the real `git apply` from the repository root, every line lands where
// the runbook's structure says, and the step that ended the incident is drafted, by the server's own reading
// and by a model's changes the server proves. CORPUS_TABLE=1 prints where each line went.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import type { RunbookDraft } from "../../src/runbooks/draft/draft-types.js";
import { runbookFile } from "../builders/index.js";
import { REPO_ROOT } from "../helpers/paths.js";
import { CORPUS_INCIDENTS, type CorpusIncident } from "./corpus-incidents.js";
import { applyWithGit } from "./git-apply.js";
import { SERVICE, standardRecords } from "./records.js";

const CORPUS = join(REPO_ROOT, "test/fixtures/runbook-corpus");
const NOW = new Date("2026-11-24T12:00:00Z");
const RUNBOOKS = readdirSync(CORPUS, { recursive: true, encoding: "utf8" })
  .filter((path) => path.endsWith(".md") && path !== "SOURCES.md")
  .map((path) => path.split("\\").join("/"))
  .sort();
const table: string[] = [
  "| Runbook | Incident | Drafted by | Change | Lands in | Fix drafted |",
  "|---|---|---|---|---|---|",
];

function draftOn(path: string, records: CorpusIncident["records"], changes?: CorpusIncident["changes"]) {
  const content = readFileSync(join(CORPUS, path), "utf8");
  const draft = draftRunbookUpdate({
    ...records,
    runbook: runbookFile(content, { path }),
    runbookPath: path,
    service: SERVICE,
    now: NOW,
    changes,
    diffRoot: "runbooks",
  });
  return { content, draft };
}

function expectApplies(content: string, draft: RunbookDraft) {
  expect(draft.diffPath).toBe(`runbooks/${draft.runbookPath}`);
  expect(draft.diff).toContain(`--- a/runbooks/${draft.runbookPath}\n`);
  expect(applyWithGit(draft.diffPath, content, draft.diff)).toBe(draft.proposedContent);
  // Nothing is rewritten: the proposed runbook holds every line of the original, in order.
  const proposed = draft.proposedContent.split("\n");
  let at = 0;
  for (const line of content.split("\n")) {
    at = proposed.indexOf(line, at);
    expect(at, `original line ${JSON.stringify(line)} is kept`).toBeGreaterThanOrEqual(0);
    at++;
  }
}

// Runbooks that end with references ("More Reading", link definitions, "See [x](…)" lines): nothing goes after them.
const ENDS_WITH_REFERENCES = [
  "gitlab/pg_xid_wraparound_alert.md",
  "openshift/etcdDatabaseQuotaLowSpace.md",
  "prometheus-operator/KubeNodeNotReady.md",
];

function expectReferencesStayLast(path: string, content: string, draft: RunbookDraft) {
  if (!ENDS_WITH_REFERENCES.includes(path)) return;
  const tail = content.trimEnd().split("\n").slice(-2).join("\n");
  expect(draft.proposedContent.trimEnd().endsWith(tail), `${path} still ends with its references`).toBe(true);
}

function record(path: string, incident: string, by: string, draft: RunbookDraft, fixText: string | null) {
  for (const change of draft.changes) {
    const first = change.text.split("\n")[0]!.slice(0, 70).replace(/\|/g, "\\|");
    const fix = fixText !== null && change.text.includes(fixText) ? "yes" : "";
    table.push(
      `| ${path} | ${incident} | ${by} | ${change.kind}: ${first} | ${change.section.replace(/\|/g, "\\|")}${change.newSection ? " (new)" : ""} | ${fix} |`,
    );
  }
  for (const refused of draft.refused)
    table.push(`| ${path} | ${incident} | ${by} | refused #${refused.index}: ${refused.reason} | | |`);
}

afterAll(() => {
  if (process.env.CORPUS_TABLE) process.stdout.write(`\n${table.join("\n")}\n`);
});

describe("the runbook corpus", () => {
  it("holds at least 15 public runbooks, each collection with its licence", () => {
    expect(RUNBOOKS.length).toBeGreaterThanOrEqual(15);
    const collections = new Set(RUNBOOKS.map((path) => path.split("/")[0]!));
    expect(collections.size).toBeGreaterThanOrEqual(4);
    for (const collection of collections)
      expect(readFileSync(join(CORPUS, collection, "LICENSE"), "utf8")).toMatch(/License|Permission/);
    const sources = readFileSync(join(CORPUS, "SOURCES.md"), "utf8");
    for (const path of RUNBOOKS) expect(sources).toContain(path.split("/").at(-1)!);
  });

  describe.each(RUNBOOKS)("%s, drafted for a generic incident", (path) => {
    it("gives a diff git applies from the repository root, keeping every original line", () => {
      const { content, draft } = draftOn(path, standardRecords());
      expectApplies(content, draft);
      expectReferencesStayLast(path, content, draft);
      expect(draft.changes.some((change) => change.kind === "metadata")).toBe(false);
      record(path, "generic", "server", draft, null);
    });
  });

  describe.each(CORPUS_INCIDENTS.map((incident) => [incident.name, incident] as const))(
    "%s",
    (_name, incident) => {
      it("server's own draft: applies, and drafts the step that fixed it where the runbook keeps such steps", () => {
        const { content, draft } = draftOn(incident.runbook, incident.records);
        expectApplies(content, draft);
        expectReferencesStayLast(incident.runbook, content, draft);
        record(incident.runbook, incident.name, "server", draft, incident.fix.text);
        if (!incident.serverDrafts) return;
        const fix = draft.changes.find((change) => change.text.includes(incident.fix.text));
        expect(fix, `the fix "${incident.fix.text}" is drafted`).toBeDefined();
        expect(fix!.kind).toBe("mitigation");
        expect(fix!.section).toBe(incident.fix.section);
      });

      it("a model's changes: all proved, placed by the runbook's structure, and the diff applies", () => {
        const { content, draft } = draftOn(incident.runbook, incident.records, incident.changes);
        expectApplies(content, draft);
        expectReferencesStayLast(incident.runbook, content, draft);
        record(incident.runbook, incident.name, "model", draft, incident.fix.text);
        expect(draft.refused).toEqual([]);
        const fix = draft.changes.find((change) => change.text.includes(incident.fix.text));
        expect(fix, `the fix "${incident.fix.text}" is drafted`).toBeDefined();
        expect(fix!.section).toBe(incident.fix.section);
        // Each change cites exactly the records it named.
        for (const change of draft.changes.filter((item) => item.kind !== "history"))
          expect(change.evidence.length).toBeGreaterThan(0);
      });
    },
  );
});
