import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { WorkspaceError } from "../../src/lib/errors.js";
import { summarizeRunbook } from "../../src/runbooks/catalog/summarize-runbook.js";
import { REPO_ROOT } from "../helpers/paths.js";

const fixture = (file: string) => readFileSync(`${REPO_ROOT}test/fixtures/runbooks/${file}`, "utf8");

describe("summarizeRunbook", () => {
  it("reads title, services and lastReviewed from the front matter", () => {
    expect(summarizeRunbook("k8s.md", fixture("k8s-mixin-alert.md"))).toEqual({
      path: "k8s.md",
      title: "PaymentsPodCrashLooping",
      services: ["payments-api"],
      lastReviewed: "2026-06-02",
      sections: ["Meaning", "Impact", "Diagnosis", "Mitigation"],
    });
  });

  it("reads a quoted date and a block list of services", () => {
    const summary = summarizeRunbook("multi.md", fixture("multi-alert.md"));
    expect([summary.services, summary.lastReviewed]).toEqual([["payments-api"], "2026-08-30"]);
  });

  it("takes the first level-1 heading as the title without front matter, setext included", () => {
    expect(summarizeRunbook("ledger.md", fixture("setext-headings.md"))).toEqual({
      path: "ledger.md",
      title: "Ledger service",
      services: [],
      lastReviewed: null,
      sections: ["What it does", "Signs of trouble", "Fixing it", "Contacts"],
    });
  });

  it("strips closing hashes and inline marks from headings", () => {
    expect(summarizeRunbook("flags.md", fixture("closing-hashes-emoji.md")).sections).toEqual([
      "🚨 Alerts",
      "🔍 Debugging",
      "🛠️ Recovery",
      "📞 On-call contacts",
    ]);
  });

  it("falls back to the file name when there is no heading at all", () => {
    expect(summarizeRunbook("team/reporting.md", fixture("prose-only.md")).title).toBe("reporting");
  });

  it("throws a WorkspaceError naming the file and line for invalid front matter", () => {
    expect(() => summarizeRunbook("bad.md", "---\ntitle: [x\n---\n# Bad\n")).toThrow(WorkspaceError);
    expect(() => summarizeRunbook("bad.md", "---\ntitle: [x\n---\n# Bad\n")).toThrow(/^bad\.md line 2: /);
  });
});
