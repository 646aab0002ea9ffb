// Where new lines go at the end of a section's own text (before its first subsection), and whether they can
// join the list already there.

import type { SourceLines } from "./markdown-lines.js";
import { type MarkdownBlock, parseBlocks } from "./markdown-parse.js";
import type { RunbookSection } from "./markdown-sections.js";

export interface InsertionPoint {
  /** New lines go after this line (the heading's last line when the section has no text of its own). */
  afterLine: number;
  /** The bullet of a tight bullet list that ends the section: new items can join it without a blank line. */
  joinList: "-" | "*" | "+" | null;
  /** The header cells of a table that ends the section (a history kept as a table can take a row). */
  tableColumns: string[] | null;
}

export function insertionPoint(lines: SourceLines, section: RunbookSection): InsertionPoint {
  const { texts } = lines;
  const blocks = parseBlocks(texts.slice(section.bodyStart, section.bodyEnd).join("\n"), {
    frontMatter: false,
  }).children;
  // A fence or comment left open runs to the end of the file: text put after it would land inside it.
  while (blocks.length > 0 && isLeftOpen(blocks.at(-1)!, texts, section.bodyStart)) blocks.pop();
  // Link definitions, footnotes and "See [x](…)" lines close a section: new lines go above them.
  while (blocks.length > 1 && isReferenceBlock(blocks.at(-1)!, texts, section.bodyStart)) blocks.pop();
  const last = blocks.at(-1);
  if (!last?.position) return { afterLine: section.bodyStart - 1, joinList: null, tableColumns: null };
  const afterLine = section.bodyStart + last.position.end.line - 1;
  const firstLine = texts[section.bodyStart + last.position.start.line - 1]!;
  if (last.type === "table") return { afterLine, joinList: null, tableColumns: tableCells(firstLine) };
  if (last.type !== "list" || last.ordered || last.spread)
    return { afterLine, joinList: null, tableColumns: null };
  const bullet = firstLine.trimStart()[0];
  const joinList = bullet === "-" || bullet === "*" || bullet === "+" ? bullet : null;
  return { afterLine, joinList, tableColumns: null };
}

/** "| Date | Incident |" → ["Date", "Incident"]. */
export function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

const REFERENCE_LINE =
  /^\s*(?:\[\^?[^\]]+\]:\s*\S|(?:see(?: also)?:?\s+)?(?:\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?|\[[^\]]+\]\[[^\]]*\])[\s.,;]*$)/i;

/** The first line of the link definitions and "See [x](…)" lines that close a section's own text, or null. */
export function trailingReferencesStart(lines: SourceLines, section: RunbookSection): number | null {
  const { texts } = lines;
  const blocks = parseBlocks(texts.slice(section.bodyStart, section.bodyEnd).join("\n"), {
    frontMatter: false,
  }).children;
  let start: number | null = null;
  while (blocks.length > 1 && isReferenceBlock(blocks.at(-1)!, texts, section.bodyStart)) {
    start = section.bodyStart + blocks.pop()!.position!.start.line - 1;
  }
  return start;
}

/**
 * The first line of a fence or HTML block the section leaves open (running to the end of the file), or null: a
 * section appended after it would be code, and not seen as a section when the runbook is read again.
 */
export function leftOpenStart(lines: SourceLines, section: RunbookSection): number | null {
  const { texts } = lines;
  const blocks = parseBlocks(texts.slice(section.bodyStart, section.bodyEnd).join("\n"), {
    frontMatter: false,
  }).children;
  const last = blocks.at(-1);
  if (!last?.position || !isLeftOpen(last, texts, section.bodyStart)) return null;
  return section.bodyStart + last.position.start.line - 1;
}

function isReferenceBlock(block: MarkdownBlock, texts: readonly string[], offset: number): boolean {
  if (block.type === "definition") return true;
  if (block.type !== "paragraph" || !block.position) return false;
  const lines = texts.slice(offset + block.position.start.line - 1, offset + block.position.end.line);
  return lines.every((line) => REFERENCE_LINE.test(line));
}

function isLeftOpen(block: MarkdownBlock, texts: readonly string[], offset: number): boolean {
  if (!block.position) return false;
  const first = texts[offset + block.position.start.line - 1]?.trimStart() ?? "";
  const last = texts[offset + block.position.end.line - 1]?.trim() ?? "";
  if (block.type === "code") {
    const fence = /^(`{3,}|~{3,})/.exec(first)?.[1];
    if (!fence) return false;
    const closing = new RegExp(`^${fence[0] === "`" ? "`" : "~"}{${fence.length},}$`);
    return block.position.end.line === block.position.start.line || !closing.test(last);
  }
  if (block.type === "html") {
    const ends: [RegExp, RegExp][] = [
      [/^<!--/, /-->/],
      [/^<\?/, /\?>/],
      [/^<!\[CDATA\[/, /\]\]>/],
      [/^<![A-Za-z]/, />/],
      [/^<(?:script|pre|style|textarea)(?=[ \t>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
    ];
    const kind = ends.find(([opener]) => opener.test(first));
    return kind !== undefined && !kind[1].test(last);
  }
  return false;
}
