// Appends entries to team.yaml's shadowHistory (and removes one-line entries) as a text splice: the yaml Document finds
// where the list ends and writes each entry, and every byte outside the inserted text stays as it was (comments,
// quoting, spacing).
// Re-serialising the whole document would reflow flow lists and move comments, so it is never done. Pure.
import YAML, { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, type YAMLSeq } from "yaml";
import { UserInputError, WorkspaceError } from "../../lib/errors.js";
import type { DrillRecord, ShadowRecord } from "../../model.js";

const KEY = "shadowHistory";
const LIST_NOUNS: Record<string, string> = { shadowHistory: "shadow shifts", drillHistory: "drills" };
/** Indentation of a shadowHistory list written where there was none. */
const NEW_LIST_INDENT = "  ";

/**
 * The file's bytes with `records` appended to shadowHistory. The splice is made on the bytes themselves (read one
 * character per byte), so a byte that is not UTF-8, such as a Latin-1 "é" in a comment, stays exactly as it was.
 */
export function appendShadowHistoryBytes(
  bytes: Uint8Array,
  records: readonly ShadowRecord[],
  fileName = "team.yaml",
): Buffer {
  return appendTeamListBytes(bytes, KEY, records.map(shadowEntryText), fileName);
}

/**
 * The file's bytes with one-line UTF-8 `entries` appended to the top-level list `key`, spliced on the bytes
 * themselves (read one character per byte), so a byte that is not UTF-8 stays exactly as it was.
 */
export function appendTeamListBytes(
  bytes: Uint8Array,
  key: string,
  entries: readonly string[],
  fileName = "team.yaml",
): Buffer {
  const buffer = Buffer.from(bytes);
  const bom = buffer.subarray(0, 3).equals(UTF8_BOM) ? UTF8_BOM : Buffer.alloc(0);
  const text = buffer.subarray(bom.length).toString("latin1");
  const encoded = entries.map((entry) => Buffer.from(entry, "utf8").toString("latin1"));
  const spliced = appendTeamList(text, key, encoded, fileName);
  return Buffer.concat([bom, Buffer.from(spliced, "latin1")]);
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The text with `records` appended to shadowHistory (the list is created at the end when absent). */
export function appendShadowHistory(
  text: string,
  records: readonly ShadowRecord[],
  fileName = "team.yaml",
): string {
  return appendTeamList(text, KEY, records.map(shadowEntryText), fileName);
}

/** The text with one-line `entries` appended to the top-level list `key` (created at the end when absent). */
export function appendTeamList(
  text: string,
  key: string,
  entries: readonly string[],
  fileName = "team.yaml",
): string {
  if (entries.length === 0) return text;
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    throw new WorkspaceError(
      `${fileName} does not parse as a YAML mapping; fix it before recording ${key === KEY ? "a rotation" : "to it"}.`,
    );
  }
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key) as
    | Pair<Node, Node | null>
    | undefined;
  if (!pair) return appendNewList(text, key, entries, eol);

  const value = pair.value;
  if (isSeq(value) && value.flow) return appendToFlowList(text, value, entries);
  if (isSeq(value) && value.items.length > 0) {
    const last = value.items[value.items.length - 1] as Node;
    const indent = " ".repeat(columnOf(text, value.range![0]));
    return insertLines(text, lineEndAfter(text, last.range![1]), entries, `${indent}- `, eol);
  }
  if (value === null || (isScalar(value) && value.value === null)) {
    // "shadowHistory:" with nothing after it, or an explicit null: the token goes, the list starts on the next line.
    const from = value?.range?.[0] ?? (pair.key as Node).range![1];
    const to = value?.range?.[1] ?? from;
    const cleared = text.slice(0, from) + text.slice(to);
    return insertLines(cleared, lineEndAfter(cleared, from), entries, `${NEW_LIST_INDENT}- `, eol);
  }
  const line = lines.linePos((pair.key as Node).range![0]).line;
  throw new WorkspaceError(
    `${fileName} line ${line}: ${key} must be a list of ${LIST_NOUNS[key] ?? "entries"}; fix it before recording ${key === KEY ? "a rotation" : "to it"}.`,
  );
}

/** One entry as a one-line flow mapping, in the style of docs/workspace.md. */
export function shadowEntryText(record: ShadowRecord): string {
  const entry = {
    mentee: record.mentee,
    mentor: record.mentor,
    schedule: record.schedule,
    start: compactInstant(record.start),
    end: compactInstant(record.end),
    ...(record.role && record.role !== "shadow" ? { role: record.role } : {}),
  };
  return YAML.stringify(entry, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
}

/** One drillHistory entry as a one-line flow mapping, in the style of docs/workspace.md. */
export function drillEntryText(record: DrillRecord): string {
  const entry = {
    mentee: record.mentee,
    incident: record.incident,
    service: record.service,
    at: compactInstant(record.at),
    ...(record.runBy ? { runBy: record.runBy } : {}),
    ...(record.notes ? { notes: record.notes } : {}),
  };
  return YAML.stringify(entry, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
}

/** "2026-10-05T16:00:00.000Z" → "2026-10-05T16:00:00Z", as people write them. */
function compactInstant(instant: string): string {
  return new Date(instant).toISOString().replace(".000Z", "Z");
}

function appendNewList(text: string, key: string, entries: readonly string[], eol: string): string {
  const separator = text.length === 0 || text.endsWith("\n") ? "" : eol;
  const list = entries.map((entry) => `${NEW_LIST_INDENT}- ${entry}${eol}`).join("");
  return `${text}${separator}${key}:${eol}${list}`;
}

/** "[a]" → "[a, new]" right after the last item; "[]" → "[new]". */
function appendToFlowList(text: string, list: YAMLSeq, entries: readonly string[]): string {
  const last = list.items[list.items.length - 1] as Node | undefined;
  const at = last ? last.range![1] : text.lastIndexOf("]", list.range![1] - 1);
  const added = `${last ? ", " : ""}${entries.join(", ")}`;
  return text.slice(0, at) + added + text.slice(at);
}

/** Inserts one line per entry at `at` (the start of a line, or the end of the text). */
function insertLines(
  text: string,
  at: number,
  entries: readonly string[],
  prefix: string,
  eol: string,
): string {
  const lead = at === text.length && at > 0 && !text.endsWith("\n") ? eol : "";
  const block = entries.map((entry) => `${prefix}${entry}${eol}`).join("");
  return text.slice(0, at) + lead + block + text.slice(at);
}

/** The start of the line after the one holding offset − 1 (a node's end): past its trailing comment. */
function lineEndAfter(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const newline = text.indexOf("\n", offset);
  return newline === -1 ? text.length : newline + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/**
 * The file's bytes without the shadowHistory entries at `indexes` (positions in the list, which holds `count`
 * entries), spliced on the bytes like the append. Only an entry written on a line of its own in a block list
 * (`  - { mentee: … }`, as the append writes them) is removed, with its line; any other is refused, naming the line
 * to remove by hand.
 */
export function removeShadowHistoryBytes(
  bytes: Uint8Array,
  indexes: readonly number[],
  count: number,
  fileName = "team.yaml",
): Buffer {
  const buffer = Buffer.from(bytes);
  const bom = buffer.subarray(0, 3).equals(UTF8_BOM) ? UTF8_BOM : Buffer.alloc(0);
  const text = buffer.subarray(bom.length).toString("latin1");
  return Buffer.concat([bom, Buffer.from(removeShadowHistory(text, indexes, count, fileName), "latin1")]);
}

export function removeShadowHistory(
  text: string,
  indexes: readonly number[],
  count: number,
  fileName = "team.yaml",
): string {
  if (indexes.length === 0) return text;
  const lines = new LineCounter();
  const doc = YAML.parseDocument(text, { lineCounter: lines });
  const pair =
    doc.errors.length === 0 && isMap(doc.contents)
      ? (doc.contents.items.find((item) => isScalar(item.key) && item.key.value === KEY) as
          | Pair<Node, Node | null>
          | undefined)
      : undefined;
  const list = pair?.value;
  if (!isSeq(list) || list.items.length !== count) {
    throw new WorkspaceError(
      `${fileName}: its ${KEY} is not the list this server read; check the file, then undo again.`,
    );
  }
  const handEdit = (node: Node) =>
    new UserInputError(
      `${fileName} line ${lines.linePos(node.range![0]).line}: this ${KEY} entry is not on a line of its own in a block list, so it is not removed automatically; delete it by hand, then undo again for the rest.`,
    );
  const cuts = [...new Set(indexes)]
    .sort((a, b) => b - a)
    .map((index) => {
      const node = list.items[index] as Node;
      const [from, to] = node.range!;
      const lineStart = text.lastIndexOf("\n", from - 1) + 1;
      const newline = text.indexOf("\n", to);
      const lineEnd = newline === -1 ? text.length : newline + 1;
      const oneLine =
        !list.flow &&
        /^[ \t]*-[ \t]+$/.test(text.slice(lineStart, from)) &&
        !text.slice(from, to).includes("\n") &&
        /^[ \t]*(#.*)?\r?\n?$/.test(text.slice(to, lineEnd));
      if (!oneLine) throw handEdit(node);
      return [lineStart, lineEnd] as const;
    });
  let result = text;
  for (const [from, to] of cuts) result = result.slice(0, from) + result.slice(to);
  return result;
}
