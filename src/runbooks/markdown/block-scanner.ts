// Cuts a Markdown body into chunks at column-0 ATX headings, so the parser only has to read the chunks that
// need it. Parsing a 3,000-line runbook whole with micromark costs more than the draft's whole CPU budget.
//
// Why a cut is safe: a line such as "## Mitigation" at column 0 closes every open list, block quote, paragraph
// and table, so it is a top-level heading unless a top-level fenced code block or HTML block (or the front
// matter) is still open. The scanner tracks exactly those. A fence or HTML opener at column 0 is always
// top-level, so its tracking is exact. An opener indented by 1-3 spaces may instead belong to a list item; the
// two readings agree on everything outside the block as long as no line of the block, closing line included,
// is indented less than the opener, which is the common case (a fence inside a list step). Otherwise, and for
// an HTML line of CommonMark's 7th kind (which depends on the paragraph before it), the chunk is marked
// `uncertain`: the caller parses it and checks that the heading that ends it really is one.
import { indentWidth, isBlank } from "./markdown-lines.js";

export interface Chunk {
  /** First line (0-based). */
  start: number;
  /** One past the last line. */
  end: number;
  /** Whether the chunk begins with a column-0 ATX heading (false for the text before the first one). */
  startsWithHeading: boolean;
  /** Holds an opener the scanner cannot settle alone; the heading ending the chunk must be verified by parsing. */
  uncertain: boolean;
  /** May hold top-level headings besides its first line (setext or indented ATX): it must be parsed to list them. */
  mayHoldHeadings: boolean;
}

/** An open block remembers the indentation of its opener. */
type ScanState =
  | { kind: "none" }
  | { kind: "fence"; marker: "`" | "~"; length: number; indent: number }
  | { kind: "html"; endsAt: RegExp | "blank"; indent: number };

const COLUMN_ZERO_ATX = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^(?:(`{3,})[^`]*|(~{3,}).*)$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;

// CommonMark's HTML block start conditions 1-6, as micromark implements them (micromark-util-html-tag-name).
const HTML_BLOCK_NAMES =
  "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
const HTML_STARTS: { opener: RegExp; endsAt: RegExp | "blank" }[] = [
  { opener: /^<(?:script|pre|style|textarea)(?=[ \t>]|$)/i, endsAt: /<\/(?:script|pre|style|textarea)>/i },
  { opener: /^<!--/, endsAt: /-->/ },
  { opener: /^<\?/, endsAt: /\?>/ },
  { opener: /^<!\[CDATA\[/, endsAt: /\]\]>/ },
  { opener: /^<![A-Za-z]/, endsAt: />/ },
  { opener: new RegExp(`^</?(?:${HTML_BLOCK_NAMES})(?=[ \\t>]|/>|$)`, "i"), endsAt: "blank" },
];
// The 7th kind (any other complete tag alone on its line) cannot interrupt a paragraph: only a parse can tell.
const HTML_OTHER_TAG = /^<\/?[A-Za-z][A-Za-z0-9-]*/;

export function scanChunks(texts: readonly string[], bodyStart: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = {
    start: 0,
    end: 0,
    startsWithHeading: false,
    uncertain: false,
    mayHoldHeadings: false,
  };
  let state: ScanState = NONE;
  let previousBlank = true;

  for (let index = bodyStart; index < texts.length; index++) {
    const text = texts[index]!;
    const blank = isBlank(text);
    if (state.kind !== "none" || blank) {
      if (state.kind !== "none") {
        if (!blank && indentWidth(text) < state.indent) current.uncertain = true;
        state = continueBlock(state, text, blank);
      }
      previousBlank = blank;
      continue;
    }
    if (COLUMN_ZERO_ATX.test(text)) {
      current.end = index;
      if (current.end > current.start) chunks.push(current);
      current = {
        start: index,
        end: index,
        startsWithHeading: true,
        uncertain: false,
        mayHoldHeadings: false,
      };
      previousBlank = false;
      continue;
    }
    const indent = indentWidth(text);
    if (indent < 4) {
      const trimmed = text.trimStart();
      const afterHeading = current.startsWithHeading && index === current.start + 1;
      const opened = openerOf(trimmed, indent, previousBlank || afterHeading);
      if (opened) {
        if (opened.uncertain) current.uncertain = true;
        state = opened.state;
      } else if (indent > 0 && COLUMN_ZERO_ATX.test(trimmed)) {
        current.mayHoldHeadings = true;
      } else if (!previousBlank && SETEXT_UNDERLINE.test(trimmed)) {
        current.mayHoldHeadings = true;
      }
    }
    previousBlank = false;
  }
  current.end = texts.length;
  if (current.end > current.start) chunks.push(current);
  return chunks;
}

const NONE: ScanState = { kind: "none" };

/** The state after one more line inside an open fence or HTML block. */
function continueBlock(state: Exclude<ScanState, { kind: "none" }>, text: string, blank: boolean): ScanState {
  if (state.kind === "fence") {
    const run = /^ {0,3}(`+|~+)[ \t]*$/.exec(text)?.[1];
    return run !== undefined && run[0] === state.marker && run.length >= state.length ? NONE : state;
  }
  if (state.endsAt === "blank") return blank ? NONE : state;
  return state.endsAt.test(text) ? NONE : state;
}

/** What a line opens when no block is open; `afterBreak`: the line before was blank or a heading. */
function openerOf(
  trimmed: string,
  indent: number,
  afterBreak: boolean,
): { state: ScanState; uncertain: boolean } | null {
  const fence = FENCE_OPEN.exec(trimmed);
  if (fence) {
    const run = fence[1] ?? fence[2]!;
    return {
      state: { kind: "fence", marker: run[0] as "`" | "~", length: run.length, indent },
      uncertain: false,
    };
  }
  for (const { opener, endsAt } of HTML_STARTS) {
    if (!opener.test(trimmed)) continue;
    const closedOnSameLine = endsAt !== "blank" && endsAt.test(trimmed);
    return { state: closedOnSameLine ? NONE : { kind: "html", endsAt, indent }, uncertain: false };
  }
  if (HTML_OTHER_TAG.test(trimmed)) {
    return { state: afterBreak ? { kind: "html", endsAt: "blank", indent } : NONE, uncertain: true };
  }
  return null;
}
