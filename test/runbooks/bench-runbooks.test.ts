import { describe, expect, it } from "vitest";
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import { buildBenchIncident, buildBenchRunbook } from "../../tools/bench/runbooks.js";
import { applyWithGit } from "./git-apply.js";

describe("the runbook benchmark's inputs", () => {
  it("are a 3,000-line runbook and a 200-note incident whose draft git applies", () => {
    const content = buildBenchRunbook();
    const records = buildBenchIncident();
    expect(content.split("\n")).toHaveLength(3001);
    expect(records.notes).toHaveLength(200);
    expect(buildBenchRunbook()).toBe(content);
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
