import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBlocks } from "../../src/runbooks/markdown/markdown-parse.js";
import { readOutline } from "../../src/runbooks/markdown/markdown-sections.js";

/** Top-level headings as one whole-file parse sees them: [0-based line, depth]. */
function headingsByFullParse(content: string): [number, number][] {
  const frontMatter = /^---\r?\n(?:.*\r?\n)*?---(?:\r?\n|$)/.test(content);
  return parseBlocks(content, { frontMatter })
    .children.filter((node) => node.type === "heading")
    .map((node) => [node.position!.start.line - 1, node.type === "heading" ? node.depth : 0]);
}

function headingsByOutline(content: string): [number, number][] {
  return readOutline(content).sections.map((section) => [section.line, section.depth]);
}

// Shapes that decide where blocks start and end, including the ones that fool a line scanner.
const FRAGMENTS = [
  "# Title",
  "## Mitigation",
  "### Deeper",
  "  ## Indented heading",
  "Setext title\n============",
  "Paragraph line\n---",
  "Some text",
  "",
  "",
  "---",
  "- item",
  "  - nested item",
  "1. step",
  "- a list item\n\n  ```sh\n  # a comment in a list fence\n  ```",
  "  ```",
  "```",
  "```sh\n# shell comment\nkubectl get pods\n```",
  "~~~\n## not a heading\n~~~",
  "````\n```\n# still code\n````",
  "<!-- a comment\n# not a heading\n-->",
  "<!-- one line -->",
  "<!--",
  "-->",
  "<!-->",
  "<details>\n# inside html\n</details>",
  "<span>",
  '<custom-tag attr="x">',
  "<script>\n# x\n</script>",
  "| a | b |\n| - | - |\n| 1 | 2 |",
  "> quote\n> # quoted heading",
  "    # indented code",
  "\t# tab indented code",
  "[ref]: https://example.com",
  "```not`a fence",
  "Term\n: definition",
  "> ```",
  "- ```",
  "  <div>",
  "  <!--",
  " ~~~",
  "* item\n  ```",
  "2) ordered",
  "Underlined\n  ---",
  "[^note]: a footnote\n    # in the footnote",
  "<?php\n# x\n?>",
  "<![CDATA[\n# x\n]]>",
  "<!DOCTYPE html>",
  "1. step\n   ```\n   # code\n   ```",
  "- item\n  ```\n# column zero inside?\n  ```",
  "- item\n  ```\n```",
  "  <details>\n# after an indented html line",
  "- item\n  <!--\n  # in a comment\n  -->",
  "   ~~~~\n   ~~~\n    ~~~~",
];

describe("readOutline", () => {
  it("finds the same top-level headings as a whole-file parse, on random arrangements of tricky blocks", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 25 }),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        (fragments, eol, frontMatter) => {
          const body = fragments.join("\n");
          const content = (frontMatter ? "---\ntitle: x\n# yaml comment\n---\n" + body : body).replace(
            /\n/g,
            eol,
          );
          expect(headingsByOutline(content)).toEqual(headingsByFullParse(content));
        },
      ),
      { numRuns: 600 },
    );
  });
});
