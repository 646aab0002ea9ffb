import { describe, expect, it } from "vitest";
import { scanChunks } from "../../src/runbooks/markdown/block-scanner.js";

const scan = (markdown: string) =>
  scanChunks(markdown.split("\n"), 0).map(({ start, end, uncertain, mayHoldHeadings }) => ({
    start,
    end,
    uncertain,
    mayHoldHeadings,
  }));

describe("scanChunks", () => {
  it("cuts at column-0 ATX headings but not inside fences or HTML comments", () => {
    expect(scan("# A\ntext\n```\n# code\n```\n<!--\n## comment\n-->\n## B\nmore")).toEqual([
      { start: 0, end: 8, uncertain: false, mayHoldHeadings: false },
      { start: 8, end: 10, uncertain: false, mayHoldHeadings: false },
    ]);
  });

  it("trusts a fence inside a list step when nothing in it is less indented than its opener", () => {
    expect(scan("## A\n1. step\n   ```sh\n   # comment\n   ```\n## B")[0]!.uncertain).toBe(false);
  });

  it("marks a chunk uncertain when a line inside an indented fence is less indented than the fence", () => {
    expect(scan("## A\n- step\n  ```\n# list item closed here, or code?\n  ```\n## B")[0]!.uncertain).toBe(
      true,
    );
  });

  it("marks a chunk uncertain for an HTML line of the 7th kind", () => {
    expect(scan("## A\n\n<custom-tag>\n## B")[0]!.uncertain).toBe(true);
  });

  it("marks a chunk that may hold a setext or indented heading", () => {
    expect(scan("## A\nTitle\n-----\n## B")[0]!.mayHoldHeadings).toBe(true);
    expect(scan("## A\n  ### indented\n## B")[0]!.mayHoldHeadings).toBe(true);
    expect(scan("## A\n\n---\n## B")[0]!.mayHoldHeadings).toBe(false);
  });
});
