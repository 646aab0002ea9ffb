import { describe, expect, it } from "vitest";
import { findScope, placeSection } from "../../src/runbooks/draft/section-placement.js";
import { insertionPoint } from "../../src/runbooks/markdown/insertion-point.js";
import { readOutline } from "../../src/runbooks/markdown/markdown-sections.js";

describe("placeSection", () => {
  it("creates a missing section before the first later one, at the depth and in the style of its siblings", () => {
    const outline = readOutline("Title\n=====\n\nSymptoms\n--------\n\ntext\n\nFix\n---\n\nsteps\n");
    expect(placeSection(outline, "diagnosis", null)).toEqual({
      kind: "new",
      heading: "Diagnosis",
      depth: 2,
      setext: true,
      before: 8,
    });
  });

  it("creates a section after the last earlier one when none comes later, and history at the very end", () => {
    const outline = readOutline("# T\n\n## Symptoms\n\nx\n\n### Details\n\ny\n\n## Notes\n\nz\n");
    expect(placeSection(outline, "mitigation", null)).toMatchObject({ kind: "new", depth: 2, before: 10 });
    expect(placeSection(outline, "history", null)).toMatchObject({ kind: "new", depth: 2, before: 13 });
  });

  it("puts new sections, history too, before the references that end a document", () => {
    const outline = readOutline(
      "# T\n\n## Risk of DB shutdown\n\nx\n\n## Finding and terminating old transactions\n\ny\n\n## More Reading\n\n1. z\n",
    );
    expect(outline.sections.map((section) => section.kind)).toEqual([
      null,
      "symptom",
      "mitigation",
      "references",
    ]);
    expect(placeSection(outline, "history", null)).toMatchObject({ kind: "new", before: 10 });
    expect(placeSection(outline, "diagnosis", null)).toMatchObject({ kind: "new", before: 6 });
    expect(placeSection(outline, "mitigation", null)).toMatchObject({
      kind: "existing",
      section: { line: 6 },
    });
  });

  it("edits an alert catalogue only inside the incident's alert's block", () => {
    const outline = readOutline(
      '# Alerts\n\n### Group Name: "absent"\n\n##### Alert Name: "KubeAPIDown"\n+ *Severity*: critical\n\n##### Alert Name: KubeletDown\n+ *Severity*: critical\n',
    );
    // The title aside, no heading of the catalogue is a symptoms section although each names an alert.
    expect(outline.sections.slice(1).map((section) => section.kind)).toEqual([null, null, null]);
    const scope = findScope(outline, ["KubeletDown"]);
    expect(scope?.heading).toBe("Alert Name: KubeletDown");
    expect(placeSection(outline, "symptom", scope)).toMatchObject({ kind: "existing", section: { line: 7 } });
    expect(placeSection(outline, "mitigation", scope)).toMatchObject({
      kind: "existing",
      section: { line: 7 },
    });
    // Without the incident's alert in it, nothing lands in another alert's block.
    const placed = placeSection(outline, "symptom", findScope(outline, ["PostgresDown"]));
    expect(placed.kind).toBe("new");
  });

  it("keeps a new section after the earlier kinds when a later kind (Dashboards) comes first", () => {
    const outline = readOutline("# T\n\n## Dashboards\n\nx\n\n## Alerts\n\ny\n\n## Mitigation\n\nz\n");
    // Line 10 is "## Mitigation": Diagnosis goes between Alerts and Mitigation, not above Alerts at line 2.
    expect(placeSection(outline, "diagnosis", null)).toMatchObject({ kind: "new", depth: 2, before: 10 });
  });

  it("uses the shallowest section of the kind when there is no alert scope", () => {
    const outline = readOutline("# T\n\n## Alert A\n\n### Mitigation\n\n## Mitigation\n\nx\n");
    expect(placeSection(outline, "mitigation", null)).toMatchObject({
      kind: "existing",
      section: { line: 6 },
    });
  });
});

describe("findScope", () => {
  const outline = readOutline(
    "# Platform\n\n## Pool 1\n\n### Symptoms\n\n- `Pool1Backlog` fires\n\n### Mitigation\n\nx\n\n## Pool 2\n\n### Symptoms\n\n- `Pool2Backlog` fires\n",
  );

  it("finds the part of the runbook around the first line that names the alert", () => {
    expect(findScope(outline, ["Pool2Backlog"])?.heading).toBe("Pool 2");
  });

  it("is null when the alert is not named anywhere", () => {
    expect(findScope(outline, ["Pool3Backlog"])).toBeNull();
  });
});

describe("insertionPoint", () => {
  it("goes after the last block of the section's own text, before its subsections", () => {
    const outline = readOutline("## Steps\n\n* one\n* two\n\n### Details\n\nmore\n");
    expect(insertionPoint(outline.lines, outline.sections[0]!)).toEqual({
      afterLine: 3,
      joinList: "*",
      tableColumns: null,
    });
  });

  it("does not join a loose or ordered list, and reports a table's columns", () => {
    const loose = readOutline("## Steps\n\n- one\n\n- two\n");
    expect(insertionPoint(loose.lines, loose.sections[0]!).joinList).toBeNull();
    const table = readOutline("## History\n\n| Date | Incident |\n| --- | --- |\n| 2026-01-01 | #1 |\n");
    expect(insertionPoint(table.lines, table.sections[0]!)).toEqual({
      afterLine: 4,
      joinList: null,
      tableColumns: ["Date", "Incident"],
    });
  });

  it("stays out of a fence left open at the end of the file", () => {
    const outline = readOutline("## Steps\n\ntext\n\n```sh\nkubectl get pods\n");
    expect(insertionPoint(outline.lines, outline.sections[0]!).afterLine).toBe(2);
  });
});
