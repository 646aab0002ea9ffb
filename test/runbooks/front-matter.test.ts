import { describe, expect, it } from "vitest";
import { WorkspaceError } from "../../src/lib/errors.js";
import {
  assertValidFrontMatter,
  type LineEdit,
  lastReviewedEdit,
  readFrontMatter,
} from "../../src/runbooks/markdown/front-matter.js";

function editFor(content: string, date = "2026-11-24"): LineEdit | null {
  const texts = content.split("\n");
  return lastReviewedEdit(readFrontMatter(texts)!, texts, date);
}

describe("lastReviewedEdit", () => {
  it("replaces only the value, keeping a trailing comment", () => {
    expect(editFor("---\ntitle: x\nlastReviewed: 2026-01-02   # every quarter\n---")).toEqual({
      kind: "replace",
      line: 2,
      text: "lastReviewed: 2026-11-24   # every quarter",
    });
  });

  it("keeps the quoting style", () => {
    expect(editFor('---\nlastReviewed: "2026-01-02"\n---')).toEqual({
      kind: "replace",
      line: 1,
      text: 'lastReviewed: "2026-11-24"',
    });
    expect(editFor("---\nlastReviewed: '2026-01-02'\n---")).toEqual({
      kind: "replace",
      line: 1,
      text: "lastReviewed: '2026-11-24'",
    });
  });

  it("fills an empty value", () => {
    expect(editFor("---\nlastReviewed:\ntitle: x\n---")).toEqual({
      kind: "replace",
      line: 1,
      text: "lastReviewed: 2026-11-24",
    });
  });

  it("adds the field before the closing fence when it is missing", () => {
    expect(editFor("---\n# kept by hand\ntitle: x\ntags:\n  - a\n---")).toEqual({
      kind: "insert",
      before: 5,
      text: "lastReviewed: 2026-11-24",
    });
    expect(editFor("---\n---")).toEqual({ kind: "insert", before: 1, text: "lastReviewed: 2026-11-24" });
  });

  it("changes nothing when the date is already today's, or when the block is not a plain mapping", () => {
    expect(editFor("---\nlastReviewed: 2026-11-24\n---")).toBeNull();
    expect(editFor("---\n{ title: x }\n---")).toBeNull();
    expect(editFor("---\nlastReviewed:\n  when: 2026-01-01\n---")).toBeNull();
  });
});

describe("readFrontMatter", () => {
  it("needs a closing fence", () => {
    expect(readFrontMatter(["---", "title: x", "# Heading"])).toBeNull();
  });

  it("reports invalid YAML with the file line, and assertValidFrontMatter throws it as a WorkspaceError", () => {
    const frontMatter = readFrontMatter(["---", "title: x", "services: [a", "---"]);
    expect(frontMatter?.document).toBeNull();
    expect(() => assertValidFrontMatter("db/postgres.md", frontMatter)).toThrow(WorkspaceError);
    expect(() => assertValidFrontMatter("db/postgres.md", frontMatter)).toThrow(
      /^db\/postgres\.md line 3: the front matter is not valid YAML \(.+\); fix that line or remove the front matter\.$/,
    );
  });
});
