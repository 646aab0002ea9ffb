// Proposing again: from the same incident, or from a later incident whose fix is the same step, a runbook gets no
// near-duplicate step or history entry. Each round is applied with the real `git apply`, as a reviewer would, and
// the next round drafts on what git left.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Incident } from "../../src/model.js";
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import type { RunbookDraft } from "../../src/runbooks/draft/draft-types.js";
import { renderDraft } from "../../src/runbooks/render/render-draft.js";
import { renderProposalBody } from "../../src/runbooks/render/render-proposal.js";
import { note, runbookFile } from "../builders/index.js";
import { REPO_ROOT } from "../helpers/paths.js";
import { CORPUS_INCIDENTS, type CorpusIncident } from "./corpus-incidents.js";
import { applyWithGit } from "./git-apply.js";
import { SERVICE } from "./records.js";

const CORPUS = join(REPO_ROOT, "test/fixtures/runbook-corpus");
const NOW = new Date("2026-12-10T12:00:00Z");

function draftOn(path: string, content: string, records: CorpusIncident["records"]): RunbookDraft {
  return draftRunbookUpdate({
    ...records,
    runbook: runbookFile(content, { path }),
    runbookPath: path,
    service: SERVICE,
    now: NOW,
    diffRoot: "runbooks",
  });
}

function applied(content: string, draft: RunbookDraft): string {
  return draft.diff === "" ? content : applyWithGit(draft.diffPath, content, draft.diff);
}

/** The same story as a later incident: another id, number, date and link. */
function later(records: CorpusIncident["records"], notes = records.notes): CorpusIncident["records"] {
  const shift = (at: string) => new Date(Date.parse(at) + 20 * 86_400_000).toISOString();
  const incident: Incident = {
    ...records.incident,
    id: "QLATER",
    number: records.incident.number + 100,
    createdAt: shift(records.incident.createdAt),
    resolvedAt: records.incident.resolvedAt && shift(records.incident.resolvedAt),
    url: "https://acme.pagerduty.com/incidents/QLATER",
  };
  return {
    incident,
    alerts: records.alerts.map((alert) => ({ ...alert, createdAt: shift(alert.createdAt) })),
    logEntries: records.logEntries.map((entry) => ({ ...entry, incidentId: "QLATER", at: shift(entry.at) })),
    notes: notes.map((n) => ({ ...n, incidentId: "QLATER", at: shift(n.at) })),
  };
}

const entriesFor = (text: string, content: string, number: number) =>
  content.split("\n").filter((line) => line.includes(`#${number}`) && line.includes(text));

describe.each(CORPUS_INCIDENTS.filter((c) => c.serverDrafts))("proposing again on $runbook ($name)", (c) => {
  const original = readFileSync(join(CORPUS, c.runbook), "utf8");
  const first = draftOn(c.runbook, original, c.records);
  const once = applied(original, first);

  it("adds nothing the second time from the same incident", () => {
    expect(first.changes.length).toBeGreaterThan(0);
    expect(once).toContain(c.fix.text);
    const again = draftOn(c.runbook, once, c.records);
    expect(again.changes.map((change) => `${change.kind}: ${change.text}`)).toEqual([]);
    expect(again.diff).toBe("");
  });

  it("adds only the history entry of a later incident fixed by the same step", () => {
    const second = later(c.records);
    const draft = draftOn(c.runbook, once, second);
    expect(draft.changes.map((change) => change.kind)).toEqual(["history"]);
    const twice = applied(once, draft);
    expect(twice.split(c.fix.text).length - 1).toBe(once.split(c.fix.text).length - 1);
    expect(entriesFor(second.incident.createdAt.slice(0, 10), twice, second.incident.number)).toHaveLength(1);
    // And a third time from that later incident: nothing at all.
    expect(draftOn(c.runbook, twice, second).diff).toBe("");
  });
});

describe("evidence names its records by id", () => {
  it.each(CORPUS_INCIDENTS)(
    "on $runbook ($name): every id is a record of the incident, shown to the reviewer",
    (c) => {
      const content = readFileSync(join(CORPUS, c.runbook), "utf8");
      const draft = draftRunbookUpdate({
        ...c.records,
        runbook: runbookFile(content, { path: c.runbook }),
        runbookPath: c.runbook,
        service: SERVICE,
        now: NOW,
        changes: c.changes,
        diffRoot: "runbooks",
      });
      const ids = new Set([
        ...c.records.notes.map((n) => n.id),
        ...c.records.logEntries.map((entry) => entry.id),
        ...c.records.alerts.map((alert) => alert.id),
      ]);
      const cited = draft.changes.flatMap((change) => change.evidence.map((item) => item.id));
      expect(cited.length).toBeGreaterThan(0);
      for (const id of cited) expect(ids.has(id), id).toBe(true);
      const text = renderDraft(draft, c.records.incident);
      const body = renderProposalBody(draft, c.records.incident, SERVICE.name);
      // The first evidence of each change is shown with its id in both.
      for (const change of draft.changes) {
        expect(text).toContain(`\`${change.evidence[0]!.id}\` ${change.evidence[0]!.at}`);
        expect(body).toContain(`\`${change.evidence[0]!.id}\` at ${change.evidence[0]!.at}`);
      }
    },
  );
});

describe("a later incident writing the same command another way", () => {
  const c = CORPUS_INCIDENTS.find((incident) => incident.runbook === "gitlab/pgbouncer-connections.md")!;
  const original = readFileSync(join(CORPUS, c.runbook), "utf8");
  const once = applied(original, draftOn(c.runbook, original, c.records));

  it.each([
    ["more spaces and upper case", "Fixed again: `PGBOUNCER-CTL  set   max_client_conn 400`."],
    ["a block instead of a span", "Same fix as last time:\n```\npgbouncer-ctl set max_client_conn 400\n```"],
    [
      "a sentence quoting it",
      "Fixed: raised max_client_conn to 400 via ``pgbouncer-ctl set max_client_conn 400``, clients reconnected.",
    ],
  ])("adds no step for %s", (_, fix) => {
    const notes = [c.records.notes[0]!, note(c.records.notes[1]!.at, fix)];
    const second = later(c.records, notes);
    const draft = draftOn(c.runbook, once, second);
    expect(draft.changes.map((change) => `${change.kind}: ${change.text}`)).toEqual([
      expect.stringMatching(/^history: /),
    ]);
    expect(applied(once, draft)).toContain(`#${second.incident.number}`);
  });

  it("still adds a step that is really new", () => {
    const notes = [
      c.records.notes[0]!,
      note(c.records.notes[1]!.at, "Fixed: `pgbouncer-ctl reload` after raising default_pool_size."),
    ];
    const draft = draftOn(c.runbook, once, later(c.records, notes));
    expect(draft.changes.map((change) => change.kind)).toContain("mitigation");
  });
});
