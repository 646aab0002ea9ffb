// A runbook as sections: each top-level heading with its text, depth, line range and meaning. Headings come
// from micromark's parse; chunks the block scanner proves hold nothing but their first heading are not re-read.
import { type Chunk, scanChunks } from "./block-scanner.js";
import { type FrontMatter, readFrontMatter } from "./front-matter.js";
import { type SourceLines, splitLines } from "./markdown-lines.js";
import { type MarkdownRoot, parseBlocks } from "./markdown-parse.js";
import { classifyHeading, type SectionKind } from "./section-kinds.js";

export interface RunbookSection {
  /** The heading as plain text, inline markup removed. */
  heading: string;
  depth: number;
  setext: boolean;
  /** First line of the heading (0-based). */
  line: number;
  /** First line after the heading (after the underline of a setext heading). */
  bodyStart: number;
  /** Where the next heading of any depth starts (exclusive), or the end of the file. */
  bodyEnd: number;
  /** Where the next heading of the same or a shallower depth starts (exclusive), or the end of the file. */
  end: number;
  kind: SectionKind | null;
}

export interface RunbookOutline {
  lines: SourceLines;
  frontMatter: FrontMatter | null;
  /** Top-level headings only: a heading inside a list item or block quote does not start a section. */
  sections: RunbookSection[];
}

interface HeadingPosition {
  line: number;
  /** One past the last line. */
  endLine: number;
  depth: number;
  setext: boolean;
}

export function readOutline(content: string): RunbookOutline {
  const lines = splitLines(content);
  const frontMatter = readFrontMatter(lines.texts);
  const bodyStart = frontMatter ? frontMatter.closeLine + 1 : 0;
  const headings = findHeadings(lines.texts, scanChunks(lines.texts, bodyStart), frontMatter !== null);
  return { lines, frontMatter, sections: toSections(lines.texts, headings) };
}

// `frontMatter` only when the file has a closed block: micromark-extension-frontmatter misreads the lists after an
// unclosed "---" on line 1, which GitHub renders as a rule followed by ordinary Markdown.
function findHeadings(texts: readonly string[], chunks: Chunk[], frontMatter: boolean): HeadingPosition[] {
  const headings: HeadingPosition[] = [];
  let index = 0;
  while (index < chunks.length) {
    const chunk = chunks[index]!;
    if (!chunk.uncertain && !chunk.mayHoldHeadings) {
      if (chunk.startsWithHeading) headings.push(atxAt(texts, chunk.start));
      index++;
      continue;
    }
    // Parse until the heading that ends the chunk proves to be one; after two misses, read the rest whole.
    let next = index + 1;
    for (let misses = 0; ; misses++) {
      const end = chunks[next]?.start ?? texts.length;
      const sentinel = chunk.uncertain && end < texts.length ? 1 : 0;
      const tree = parseBlocks(texts.slice(chunk.start, end + sentinel).join("\n"), {
        frontMatter: frontMatter && chunk.start === 0,
      });
      const found = headingsOf(tree, chunk.start);
      if (sentinel === 0 || found.some((heading) => heading.line === end && heading.endLine === end + 1)) {
        headings.push(...found.filter((heading) => heading.line < end));
        index = next;
        break;
      }
      next = misses >= 1 ? chunks.length : next + 1;
    }
  }
  return headings;
}

function headingsOf(tree: MarkdownRoot, offset: number): HeadingPosition[] {
  const headings: HeadingPosition[] = [];
  for (const node of tree.children) {
    if (node.type !== "heading" || !node.position) continue;
    const line = node.position.start.line - 1 + offset;
    const endLine = node.position.end.line + offset;
    // An ATX heading is one line; a setext heading spans its text and its underline.
    headings.push({ line, endLine, depth: node.depth, setext: endLine - line > 1 });
  }
  return headings;
}

function atxAt(texts: readonly string[], line: number): HeadingPosition {
  const depth = /^#+/.exec(texts[line]!)![0].length;
  return { line, endLine: line + 1, depth, setext: false };
}

function toSections(texts: readonly string[], headings: HeadingPosition[]): RunbookSection[] {
  return headings.map((heading, index) => {
    const next = headings[index + 1];
    let end = texts.length;
    for (let later = index + 1; later < headings.length; later++) {
      if (headings[later]!.depth <= heading.depth) {
        end = headings[later]!.line;
        break;
      }
    }
    const text = headingText(texts, heading);
    return {
      heading: text,
      depth: heading.depth,
      setext: heading.setext,
      line: heading.line,
      bodyStart: heading.endLine,
      bodyEnd: next?.line ?? texts.length,
      end,
      kind: classifyHeading(text),
    };
  });
}

function headingText(texts: readonly string[], heading: HeadingPosition): string {
  if (!heading.setext) {
    const raw = texts[heading.line]!.trim().replace(/^#{1,6}(?=[ \t]|$)/, "");
    return plainInline(raw.replace(/(?:^|[ \t]+)#+[ \t]*$/, ""));
  }
  return plainInline(
    texts
      .slice(heading.line, heading.endLine - 1)
      .map((text) => text.trim())
      .join(" "),
  );
}

/** Inline Markdown to the words a reader sees: links keep their text, emphasis and code marks go. */
function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, "$1")
    .replace(/<[^>\n]+>/g, "")
    .replace(/(\*{1,3}|_{1,3}|~{1,2}|`+)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/[ \t]+/g, " ")
    .trim();
}
