// draftRunbookUpdate on large input (test/helpers/large-runbook.ts, which the runbook benchmark also times): the draft
// of a 3,000-line runbook from a 200-note incident is a diff git applies, with the secrets of the notes redacted.
import { describe, expect, it } from "vitest";
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import { buildLargeIncident, buildLargeRunbook } from "../helpers/large-runbook.js";
import { applyWithGit } from "./git-apply.js";

describe("draftRunbookUpdate on a 3,000-line runbook and a 200-note incident", () => {
  it("builds the same inputs on every run", () => {
    const content = buildLargeRunbook();
    expect(content.split("\n")).toHaveLength(3001);
    expect(buildLargeRunbook()).toBe(content);
    expect(buildLargeIncident().notes).toHaveLength(200);
  });

  it("drafts a history entry, redacts the notes' passwords, and gives a diff git applies", () => {
    const content = buildLargeRunbook();
    const records = buildLargeIncident();
    expect(records.notes.some((note) => note.content.includes("hunter2"))).toBe(true);
    const draft = draftRunbookUpdate({
      ...records,
      runbook: { path: "worker-platform.md", content, version: "bench" },
      runbookPath: "worker-platform.md",
      service: null,
      now: new Date("2026-11-24T12:00:00Z"),
    });
    expect(draft.changes.map((change) => change.kind)).toContain("history");
    expect(draft.proposedContent).not.toContain("hunter2");
    expect(applyWithGit("worker-platform.md", content, draft.diff)).toBe(draft.proposedContent);
  });
});
