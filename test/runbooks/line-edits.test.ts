import { describe, expect, it } from "vitest";
import { applyEdits } from "../../src/runbooks/markdown/line-edits.js";
import { joinLines, splitLines } from "../../src/runbooks/markdown/markdown-lines.js";

const apply = (
  content: string,
  ...args: Parameters<typeof applyEdits> extends [unknown, ...infer Rest] ? Rest : never
) => joinLines(applyEdits(splitLines(content), ...args));

describe("applyEdits", () => {
  it("separates a block from text above and below with blank lines only where there are none", () => {
    expect(apply("## A\ntext\n## B\n", [{ at: 2, lines: ["- new"], join: "block" }], [])).toBe(
      "## A\ntext\n\n- new\n\n## B\n",
    );
    expect(apply("## A\ntext\n\n## B\n", [{ at: 2, lines: ["- new"], join: "block" }], [])).toBe(
      "## A\ntext\n\n- new\n\n## B\n",
    );
  });

  it("continues a list without a blank line, and puts two blocks at one place apart", () => {
    expect(
      apply(
        "- a\n\n## B\n",
        [
          { at: 1, lines: ["- b"], join: "continue" },
          { at: 1, lines: ["## New", "", "- c"], join: "block" },
        ],
        [],
      ),
    ).toBe("- a\n- b\n\n## New\n\n- c\n\n## B\n");
  });

  it("inserts a front matter line with no blank lines and replaces one line", () => {
    expect(
      apply(
        "---\ntitle: x\n---\n",
        [{ at: 2, lines: ["lastReviewed: 2026-11-24"], join: "line" }],
        [{ line: 1, text: "title: y" }],
      ),
    ).toBe("---\ntitle: y\nlastReviewed: 2026-11-24\n---\n");
  });

  it("keeps CRLF and a missing final newline", () => {
    expect(apply("# A\r\ntext", [{ at: 2, lines: ["- new"], join: "block" }], [])).toBe(
      "# A\r\ntext\r\n\r\n- new",
    );
  });
});
