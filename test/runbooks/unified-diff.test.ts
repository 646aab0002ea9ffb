import { describe, expect, it } from "vitest";
import { unifiedDiff } from "../../src/runbooks/markdown/unified-diff.js";
import { applyWithGit } from "./git-apply.js";

describe("unifiedDiff", () => {
  it("writes git-style headers and hunks for an insertion", () => {
    expect(unifiedDiff("db/pg.md", "a\nb\nc\nd\ne\n", "a\nb\nc\nnew\nd\ne\n")).toBe(
      "diff --git a/db/pg.md b/db/pg.md\n--- a/db/pg.md\n+++ b/db/pg.md\n@@ -1,5 +1,6 @@\n a\n b\n c\n+new\n d\n e\n",
    );
  });

  it("is empty when nothing changed", () => {
    expect(unifiedDiff("x.md", "a\n", "a\n")).toBe("");
  });

  it.each([
    ["CRLF endings", "# T\r\n\r\n## A\r\n\r\ntext\r\n", "# T\r\n\r\n## A\r\n\r\ntext\r\n- new\r\n"],
    ["no final newline", "# T\n\ntext", "# T\n\ntext\n\n- new"],
    ["no final newline, CRLF", "# T\r\n\r\ntext", "# T\r\n\r\ntext\r\n- new"],
    ["an empty file", "", "# New\n"],
  ])("gives a diff git applies to a file with %s", (_, before, after) => {
    expect(applyWithGit("runbooks/x.md", before, unifiedDiff("runbooks/x.md", before, after))).toBe(after);
  });

  it("creates a new file", () => {
    const diff = unifiedDiff("new dir/x.md", null, "# New\n\ntext\n");
    expect(diff.split("\n").slice(0, 5)).toEqual([
      "diff --git a/new dir/x.md b/new dir/x.md",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/new dir/x.md",
      "@@ -0,0 +1,3 @@",
    ]);
    expect(applyWithGit("new dir/x.md", null, diff)).toBe("# New\n\ntext\n");
  });
});
