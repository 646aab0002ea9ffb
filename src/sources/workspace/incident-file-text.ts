// Appends items to the top-level lists of an incident file by inserting text, never by re-serialising: JSON.parse
// and JSON.stringify would round big integers (event ids), turn 1.10 into 1.1 and drop duplicate keys. The
// insertion follows the file's own layout (indentation, line ends, one line or many). Pure.
import { WorkspaceError } from "../../lib/errors.js";

interface Member {
  key: string;
  /** Where the key's opening quote is, and where its value starts and ends (exclusive). */
  keyStart: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * `text` with each list in `additions` extended at its end (a missing list is added as the last member), and
 * every other character kept. `text` must already parse as a JSON object; the result is checked to parse to the
 * same value plus the additions, and refused with a sentence naming `file` otherwise.
 */
export function insertIntoIncidentText(
  text: string,
  additions: Record<string, readonly unknown[]>,
  file: string,
): string {
  const scanner = new JsonScanner(text);
  const { members, close } = scanner.topLevel();
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const unit = indentUnit(text);
  const edits: { at: number; insert: string }[] = [];
  const missing: string[] = [];
  for (const [key, items] of Object.entries(additions)) {
    if (items.length === 0) continue;
    // JSON.parse keeps the last of duplicate keys, so that is the list a reader sees.
    const member = members.filter((m) => m.key === key).at(-1);
    if (!member) {
      missing.push(key);
      continue;
    }
    if (text[member.valueStart] !== "[") {
      throw new WorkspaceError(`${file}: ${key} is not a list; make it a list before adding to it.`);
    }
    edits.push(listInsertion(text, scanner, member, items, unit, eol));
  }
  if (missing.length > 0) {
    const last = members.at(-1);
    const multiline = text.includes("\n");
    const keyIndent = last ? columnText(text, last.keyStart) : unit;
    const lists = missing.map((key) => {
      const value = serialise(additions[key]!, multiline ? keyIndent : "", unit, eol, multiline, true);
      return `${JSON.stringify(key)}:${multiline ? " " : ""}${value}`;
    });
    const joiner = multiline ? `,${eol}${keyIndent}` : ",";
    const insert = `${last ? "," : ""}${multiline ? `${eol}${keyIndent}` : ""}${lists.join(joiner)}`;
    edits.push({ at: last ? last.valueEnd : close, insert });
  }
  edits.sort((a, b) => b.at - a.at);
  let result = text;
  for (const edit of edits) result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at);
  checkSameWithAdditions(text, result, additions, file);
  return result;
}

function listInsertion(
  text: string,
  scanner: JsonScanner,
  member: Member,
  items: readonly unknown[],
  unit: string,
  eol: string,
): { at: number; insert: string } {
  const ends = scanner.itemEnds(member.valueStart);
  const inner = text.slice(member.valueStart + 1, member.valueEnd - 1);
  const multiline = inner.includes("\n") || (ends.length === 0 && text.includes("\n"));
  const keyIndent = columnText(text, member.keyStart);
  if (ends.length === 0) {
    const body = serialise(items, keyIndent, unit, eol, multiline, false);
    // "[]" or "[ \n ]": the items go right after "[", the whitespace before "]" is kept.
    const trailing = multiline && !inner.includes("\n") ? `${eol}${keyIndent}` : "";
    return { at: member.valueStart + 1, insert: body + trailing };
  }
  const lastEnd = ends.at(-1)!;
  const lastStart = scanner.itemStart(lastEnd, member.valueStart);
  const itemIndent = multiline ? columnText(text, lastStart) : "";
  const written = items.map((item) =>
    indentLines(JSON.stringify(item, null, multiline ? unit : undefined), itemIndent, eol),
  );
  const separator = multiline ? `,${eol}${itemIndent}` : ",";
  return { at: lastEnd, insert: separator + written.join(separator) };
}

/** The items as the inside of a list whose key is indented by `keyIndent`, or as a whole list when `brackets`. */
function serialise(
  items: readonly unknown[],
  keyIndent: string,
  unit: string,
  eol: string,
  multiline: boolean,
  brackets: boolean,
): string {
  if (!multiline) {
    const body = items.map((item) => JSON.stringify(item)).join(",");
    return brackets ? `[${body}]` : body;
  }
  const itemIndent = keyIndent + unit;
  const body = items
    .map((item) => `${itemIndent}${indentLines(JSON.stringify(item, null, unit), itemIndent, eol)}`)
    .join(`,${eol}`);
  return brackets ? `[${eol}${body}${eol}${keyIndent}]` : `${eol}${body}`;
}

function indentLines(json: string, indent: string, eol: string): string {
  return json.split("\n").join(`${eol}${indent}`);
}

/** The whitespace between the start of the line and `offset`, or "" when something else precedes it there. */
function columnText(text: string, offset: number): string {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  return /^[ \t]*$/.test(before) ? before : "";
}

/** The file's indentation step: the first indented line's leading whitespace, or two spaces. */
function indentUnit(text: string): string {
  const match = /\n([ \t]+)"/.exec(text);
  return match ? match[1]! : "  ";
}

function checkSameWithAdditions(
  before: string,
  after: string,
  additions: Record<string, readonly unknown[]>,
  file: string,
): void {
  let expected: Record<string, unknown>;
  let actual: unknown;
  try {
    expected = JSON.parse(before) as Record<string, unknown>;
    actual = JSON.parse(after);
  } catch {
    actual = undefined;
    expected = {};
  }
  for (const [key, items] of Object.entries(additions)) {
    if (items.length === 0) continue;
    const current = expected[key];
    expected[key] = [...(Array.isArray(current) ? current : []), ...items];
  }
  // Key order differs when a list was added at the end; compare as sorted top-level entries.
  const canonical = (value: unknown) =>
    JSON.stringify(
      Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  if (actual === undefined || canonical(actual) !== canonical(expected)) {
    throw new WorkspaceError(
      `${file}: its layout could not be extended without changing other bytes, so nothing was written; format it as plain JSON (as PagerDuty's API returns it) and try again.`,
    );
  }
}

/** Positions in JSON text that is known to parse; no recursion, so deep nesting cannot exhaust the stack. */
class JsonScanner {
  constructor(private readonly text: string) {}

  private space(at: number): number {
    while (at < this.text.length && " \t\n\r".includes(this.text.charAt(at))) at++;
    return at;
  }

  /** The end (exclusive) of the string starting at `at` (its opening quote). */
  private stringEnd(at: number): number {
    for (let i = at + 1; i < this.text.length; i++) {
      const char = this.text.charAt(i);
      if (char === "\\") i++;
      else if (char === '"') return i + 1;
    }
    return this.text.length;
  }

  /** The end (exclusive) of the value starting at `at`. */
  valueEnd(at: number): number {
    const first = this.text.charAt(at);
    if (first === '"') return this.stringEnd(at);
    if (first !== "{" && first !== "[") {
      let i = at;
      while (i < this.text.length && !",]} \t\r\n".includes(this.text.charAt(i))) i++;
      return i;
    }
    let depth = 0;
    for (let i = at; i < this.text.length; i++) {
      const char = this.text.charAt(i);
      if (char === '"') i = this.stringEnd(i) - 1;
      else if (char === "{" || char === "[") depth++;
      else if (char === "}" || char === "]") {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return this.text.length;
  }

  /** The members of the top-level object, and where its closing brace is. */
  topLevel(): { members: Member[]; close: number } {
    const members: Member[] = [];
    let at = this.space(0) + 1;
    for (;;) {
      at = this.space(at);
      if (this.text.charAt(at) === "}") return { members, close: at };
      if (this.text.charAt(at) === ",") at = this.space(at + 1);
      const keyStart = at;
      const keyEnd = this.stringEnd(at);
      const key = JSON.parse(this.text.slice(keyStart, keyEnd)) as string;
      const valueStart = this.space(this.space(keyEnd) + 1);
      const valueEnd = this.valueEnd(valueStart);
      members.push({ key, keyStart, valueStart, valueEnd });
      at = valueEnd;
    }
  }

  /** The ends of the items of the list starting at `open` (its "["). */
  itemEnds(open: number): number[] {
    const ends: number[] = [];
    let at = this.space(open + 1);
    while (this.text.charAt(at) !== "]") {
      if (this.text.charAt(at) === ",") at = this.space(at + 1);
      const end = this.valueEnd(at);
      ends.push(end);
      at = this.space(end);
    }
    return ends;
  }

  /** Where the item that ends at `end` starts: after the comma or "[" before it. */
  itemStart(end: number, open: number): number {
    const starts: number[] = [];
    let at = this.space(open + 1);
    while (this.text.charAt(at) !== "]") {
      if (this.text.charAt(at) === ",") at = this.space(at + 1);
      starts.push(at);
      const itemEnd = this.valueEnd(at);
      if (itemEnd === end) return at;
      at = this.space(itemEnd);
    }
    return starts.at(-1) ?? open + 1;
  }
}
