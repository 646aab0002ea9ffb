// The one place Markdown is parsed: micromark via mdast-util-from-markdown, with GFM and YAML front matter,
// so every position agrees with what GitHub and the rest of the unified family see.
import { fromMarkdown } from "mdast-util-from-markdown";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { frontmatter } from "micromark-extension-frontmatter";
import { gfm } from "micromark-extension-gfm";

// Block structure is all the runbook code reads; inline constructs are switched off because they cost
// most of the parse and cannot change where a block starts or ends.
const blockStructureOnly = {
  disable: {
    null: [
      "attention",
      "autolink",
      "characterReference",
      "codeText",
      "hardBreakEscape",
      "htmlText",
      "labelStartImage",
      "labelStartLink",
      "labelEnd",
    ],
  },
};

const withFrontMatter = {
  extensions: [frontmatter(["yaml"]), gfm(), blockStructureOnly],
  mdastExtensions: [frontmatterFromMarkdown(["yaml"]), gfmFromMarkdown()],
};
const withoutFrontMatter = {
  extensions: [gfm(), blockStructureOnly],
  mdastExtensions: [gfmFromMarkdown()],
};

export type MarkdownRoot = ReturnType<typeof fromMarkdown>;
export type MarkdownBlock = MarkdownRoot["children"][number];

/** `frontMatter`: whether the text starts the file, where a YAML front matter block may open it. */
export function parseBlocks(text: string, options: { frontMatter: boolean }): MarkdownRoot {
  return fromMarkdown(text, options.frontMatter ? withFrontMatter : withoutFrontMatter);
}
