// Drafts against runbooks of many shapes (test/fixtures/runbooks), checked with the real `git apply`.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import type { RunbookDraft } from "../../src/runbooks/draft/draft-types.js";
import { splitLines } from "../../src/runbooks/markdown/markdown-lines.js";
import { readOutline } from "../../src/runbooks/markdown/markdown-sections.js";
import { alert, alice, logEntry, note, runbookFile } from "../builders/index.js";
import { REPO_ROOT } from "../helpers/paths.js";
import { applyWithGit } from "./git-apply.js";
import { SERVICE, standardRecords } from "./records.js";

const NOW = new Date("2026-11-24T12:00:00Z");
type Placed = [section: string, newSection: boolean];
type Records = ReturnType<typeof standardRecords>;

interface FixtureCase {
  file: string;
  records?: Records;
  /** Where each kind's lines go; a kind left out gets no change. */
  expected: Partial<Record<"symptom" | "diagnosis" | "mitigation" | "history", Placed>>;
  /** Whether the front matter's lastReviewed changes. */
  metadata: boolean;
}

const standard = standardRecords();
const withNotes = (...notes: ReturnType<typeof note>[]): Records => ({
  ...standard,
  notes: [...standard.notes, ...notes],
});
const NEW_HISTORY: Placed = ["Incident history", true];

const CASES: FixtureCase[] = [
  {
    file: "gitlab-style-nested.md",
    // The rollout history command is already in the runbook, inside a fence nested in a numbered list.
    records: withNotes(
      note("2026-11-20T14:05:00.000Z", "$ kubectl -n payments rollout history deploy/payments-api"),
    ),
    expected: {
      symptom: ["Symptoms", false],
      diagnosis: ["Possible checks", false],
      mitigation: ["Resolution", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "k8s-mixin-alert.md",
    records: {
      ...standard,
      alerts: [
        alert({
          summary: "[FIRING:1] PaymentsPodCrashLooping payments/payments-api-7d9f4",
          createdAt: "2026-11-20T14:01:30.000Z",
          details: { labels: { alertname: "PaymentsPodCrashLooping" } },
        }),
      ],
      // Both commands are the runbook's own, with <pod> filled in.
      notes: [
        note("2026-11-20T14:06:00.000Z", "Looking: `kubectl -n payments describe pod payments-api-7d9f4`"),
        note("2026-11-20T14:08:00.000Z", "$ kubectl -n payments logs payments-api-7d9f4 --previous"),
        standard.notes[1]!,
      ],
    },
    expected: { mitigation: ["Mitigation", false], history: NEW_HISTORY },
    metadata: true,
  },
  {
    file: "setext-headings.md",
    records: withNotes(note("2026-11-20T14:40:00.000Z", "systemctl restart ledger-reconciler")),
    expected: {
      symptom: ["Signs of trouble", false],
      diagnosis: ["Diagnosis", true],
      mitigation: ["Fixing it", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "crlf-endings.md",
    records: withNotes(
      note("2026-11-20T14:07:00.000Z", "Queue depth: `redis-cli -h search-queue LLEN index-jobs`"),
    ),
    expected: {
      symptom: ["Alerts", false],
      diagnosis: ["Troubleshooting", false],
      mitigation: ["Remediation", false],
      history: ["Incident history", false],
    },
    metadata: false,
  },
  {
    file: "no-trailing-newline.md",
    expected: {
      symptom: ["Symptoms", false],
      diagnosis: ["Diagnosis", true],
      mitigation: ["Mitigation", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "html-comments.md",
    expected: {
      symptom: ["When this alert fires", false],
      diagnosis: ["Investigate", false],
      mitigation: ["What to do", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "code-with-hash-lines.md",
    expected: {
      symptom: ["Symptoms", false],
      diagnosis: ["Diagnosis", false],
      mitigation: ["Mitigation", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "how-to-fix-steps.md",
    expected: {
      symptom: ["How to tell it is broken", false],
      diagnosis: ["Troubleshooting steps", false],
      mitigation: ["How to fix", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "multi-alert.md",
    records: {
      ...standard,
      alerts: [
        alert({
          summary: "PaymentsHighErrorRate: 7.2% of authorisations failing",
          createdAt: "2026-11-20T14:01:30.000Z",
          details: { alertname: "PaymentsHighErrorRate" },
        }),
      ],
    },
    expected: { diagnosis: ["Diagnosis", false], mitigation: ["Mitigation", true], history: NEW_HISTORY },
    metadata: true,
  },
  {
    file: "numbered-procedure.md",
    expected: {
      symptom: ["2. Detection", false],
      diagnosis: ["Diagnosis", true],
      mitigation: ["3. Remediation procedure", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "front-matter-without-date.md",
    expected: {
      symptom: ["Symptoms", false],
      diagnosis: ["Diagnosis", true],
      mitigation: ["Mitigation", false],
      history: NEW_HISTORY,
    },
    metadata: true,
  },
  {
    file: "table-history.md",
    expected: {
      symptom: ["Symptoms", false],
      diagnosis: ["Diagnosis", false],
      mitigation: ["Mitigation", false],
      history: ["Past incidents", false],
    },
    metadata: false,
  },
  {
    file: "nested-list-fences.md",
    expected: {
      symptom: ["Symptoms", true],
      diagnosis: ["Diagnosis", true],
      mitigation: ["Steps", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "prose-only.md",
    expected: {
      symptom: ["Symptoms", true],
      diagnosis: ["Diagnosis", true],
      mitigation: ["Mitigation", true],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "closing-hashes-emoji.md",
    expected: {
      symptom: ["🚨 Alerts", false],
      diagnosis: ["🔍 Debugging", false],
      mitigation: ["🛠️ Recovery", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
  {
    file: "tabs-indented-code.md",
    expected: {
      symptom: ["Symptoms", false],
      diagnosis: ["Diagnosis", true],
      mitigation: ["Mitigation", false],
      history: NEW_HISTORY,
    },
    metadata: false,
  },
];

function readFixture(file: string): string {
  return readFileSync(`${REPO_ROOT}test/fixtures/runbooks/${file}`, "utf8");
}

function draftFor(file: string, content: string, records: Records): RunbookDraft {
  return draftRunbookUpdate({
    ...records,
    runbook: runbookFile(content, { path: `runbooks/${file}` }),
    runbookPath: `runbooks/${file}`,
    service: SERVICE,
    now: NOW,
    // The fixtures check where lastReviewed is set; whether it is set at all is draft.test.ts's question.
    reviewed: true,
  });
}

/** Whether `base` lines appear in `proposed` in order, every one of them, with its own line ending. */
function keepsEveryLine(base: string, proposed: string, except: (text: string) => boolean): boolean {
  const before = splitLines(base);
  const after = splitLines(proposed);
  let cursor = 0;
  for (let line = 0; line < before.texts.length; line++) {
    const text = before.texts[line]!;
    if (except(text)) continue;
    while (cursor < after.texts.length && after.texts[cursor] !== text) cursor++;
    if (cursor === after.texts.length) return false;
    const lastOfBase = line === before.texts.length - 1;
    if (!lastOfBase && after.endings[cursor] !== before.endings[line]) return false;
    cursor++;
  }
  return true;
}

/** The innermost section holding the first line of `text` in the proposed runbook. */
function sectionHolding(proposed: string, text: string): string | null {
  const outline = readOutline(proposed);
  const firstLine = text.split("\n")[0]!;
  const line = outline.lines.texts.indexOf(firstLine);
  if (line < 0) return null;
  const holding = outline.sections.filter((section) => section.line < line && line < section.end);
  return holding.at(-1)?.heading ?? null;
}

describe("draftRunbookUpdate on runbooks of many shapes", () => {
  it("has a case for each of the (at least 12) runbooks in test/fixtures/runbooks", () => {
    const runbooks = readdirSync(`${REPO_ROOT}test/fixtures/runbooks`).filter((name) => name.endsWith(".md"));
    expect(runbooks.length).toBeGreaterThanOrEqual(12);
    expect(CASES.map((fixture) => fixture.file).sort()).toEqual(runbooks.sort());
  });

  for (const fixture of CASES) {
    describe(fixture.file, () => {
      const base = readFixture(fixture.file);
      const draft = draftFor(fixture.file, base, fixture.records ?? standard);

      it("puts each kind of change in the expected section", () => {
        const placed: Record<string, Placed> = {};
        for (const change of draft.changes)
          if (change.kind !== "metadata") placed[change.kind] = [change.section, change.newSection];
        expect(placed).toEqual(fixture.expected);
        expect(draft.changes.some((change) => change.kind === "metadata")).toBe(fixture.metadata);
      });

      it("produces a diff that git applies cleanly, giving exactly the proposed content", () => {
        expect(applyWithGit(`runbooks/${fixture.file}`, base, draft.diff)).toBe(draft.proposedContent);
      });

      it("only adds lines (and keeps their endings), apart from the lastReviewed field", () => {
        expect(keepsEveryLine(base, draft.proposedContent, (text) => /^lastReviewed:/.test(text))).toBe(true);
        const removed = draft.diff
          .split("\n")
          .filter((line) => line.startsWith("-") && !line.startsWith("---"));
        const lastLineLostNoNewline = !/\r?\n$/.test(base);
        for (const line of removed) {
          expect(
            /^-lastReviewed:/.test(line) ||
              (lastLineLostNoNewline && line === `-${splitLines(base).texts.at(-1)}`),
          ).toBe(true);
        }
      });

      it("places every added line under the section the change names, in a result that still parses", () => {
        for (const change of draft.changes.filter((item) => item.kind !== "metadata")) {
          expect(sectionHolding(draft.proposedContent, change.text)).toBe(change.section);
        }
        const headingsBefore = readOutline(base).sections.map((section) => section.heading);
        const headingsAfter = readOutline(draft.proposedContent).sections.map((section) => section.heading);
        let cursor = 0;
        for (const heading of headingsAfter) if (heading === headingsBefore[cursor]) cursor++;
        expect(cursor).toBe(headingsBefore.length);
        const added = draft.changes.filter((change) => change.newSection).map((change) => change.section);
        expect(headingsAfter.length).toBe(headingsBefore.length + new Set(added).size);
      });

      it("backs every change with evidence", () => {
        for (const change of draft.changes) {
          expect(change.evidence.length).toBeGreaterThan(0);
          for (const item of change.evidence) expect(item.excerpt.length).toBeGreaterThan(0);
        }
      });

      it("adds nothing when drafted again on its own result", () => {
        const again = draftFor(fixture.file, draft.proposedContent, fixture.records ?? standard);
        expect(again.changes).toEqual([]);
        expect(again.diff).toBe("");
        expect(again.proposedContent).toBe(draft.proposedContent);
      });
    });
  }

  it("has fixtures that keep their messy shapes (no formatter has tidied them)", () => {
    expect(
      readFixture("crlf-endings.md")
        .split("\n")
        .every((line, index, all) => index === all.length - 1 || line.endsWith("\r")),
    ).toBe(true);
    expect(readFixture("no-trailing-newline.md").endsWith("\n")).toBe(false);
    expect(readFixture("tabs-indented-code.md")).toContain("\n\t# indented with a tab");
    expect(readFixture("closing-hashes-emoji.md")).toContain("## 🛠️ Recovery #\n\n* Restart");
  });

  it("keeps CRLF endings on every added line", () => {
    const draft = draftFor("crlf-endings.md", readFixture("crlf-endings.md"), standard);
    expect(draft.proposedContent.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("keeps a file without a final newline without one", () => {
    const draft = draftFor("no-trailing-newline.md", readFixture("no-trailing-newline.md"), standard);
    expect(draft.proposedContent.endsWith("(resolved in 47 min)")).toBe(true);
    expect(draft.diff).toContain("\\ No newline at end of file");
  });

  it("puts the mitigation for one alert under that alert's own heading", () => {
    const draft = draftFor(
      "multi-alert.md",
      readFixture("multi-alert.md"),
      CASES.find((item) => item.file === "multi-alert.md")!.records!,
    );
    const lines = draft.proposedContent.split("\n");
    const mitigation = lines.indexOf("### Mitigation", lines.indexOf("## Alert: PaymentsHighErrorRate"));
    expect(mitigation).toBeGreaterThan(
      lines.indexOf("### Diagnosis", lines.indexOf("## Alert: PaymentsHighErrorRate")),
    );
    expect(mitigation).toBeLessThan(lines.indexOf("## Alert: PaymentsQueueBacklog"));
    expect(lines.slice(mitigation, mitigation + 4)).toEqual([
      "### Mitigation",
      "",
      "- From incident #4211:",
      "  ```sh",
    ]);
  });

  it("creates a runbook from the template when the service has none, as a new-file diff git applies", () => {
    const draft = draftRunbookUpdate({
      ...standard,
      runbook: null,
      runbookPath: "runbooks/payments-api.md",
      service: SERVICE,
      now: NOW,
    });
    expect(draft.created).toBe(true);
    expect(draft.baseVersion).toBeNull();
    expect(applyWithGit("runbooks/payments-api.md", null, draft.diff)).toBe(draft.proposedContent);
    expect(readOutline(draft.proposedContent).sections.map((section) => section.heading)).toEqual([
      "Payments API",
      "Symptoms",
      "Diagnosis",
      "Mitigation",
      "Incident history",
    ]);
  });

  it("handles a path with spaces", () => {
    const base = readFixture("prose-only.md");
    const draft = draftRunbookUpdate({
      ...standard,
      runbook: runbookFile(base, { path: "team runbooks/prose only.md" }),
      runbookPath: "team runbooks/prose only.md",
      service: SERVICE,
      now: NOW,
    });
    expect(applyWithGit("team runbooks/prose only.md", base, draft.diff)).toBe(draft.proposedContent);
  });

  it("records only log entries it was given: an incident without records drafts nothing", () => {
    const base = readFixture("prose-only.md");
    const draft = draftRunbookUpdate({
      incident: standard.incident,
      alerts: [],
      notes: [],
      logEntries: [logEntry("notify", "2026-11-20T14:03:00.000Z", { actor: alice })],
      runbook: runbookFile(base),
      runbookPath: "payments-api.md",
      service: SERVICE,
      now: NOW,
    });
    expect(draft.changes).toEqual([]);
    expect(draft.diff).toBe("");
    expect(draft.proposedContent).toBe(base);
  });
});
