// YAML front matter: read the fields runbook code uses, and compute the one-line edit that sets lastReviewed
// while every other byte of the block stays as it was (comments, quoting, key order).
import { type Document, isMap, isScalar, parseDocument, type Scalar } from "yaml";
import { WorkspaceError } from "../../lib/errors.js";

export interface FrontMatter {
  /** Line of the closing "---" (the opening one is line 0). */
  closeLine: number;
  /** Null when the block is not valid YAML; `error` says why. */
  document: Document.Parsed | null;
  error: { line: number; reason: string } | null;
}

/** A change to one line of the file: replace it, or insert a new line before it. */
export type LineEdit =
  | { kind: "replace"; line: number; text: string }
  | { kind: "insert"; before: number; text: string };

const FENCE = /^(?:\uFEFF)?---[ \t]*$/;

/** The front matter block, as micromark-extension-frontmatter finds it: "---" on line 0 up to the next "---". */
export function readFrontMatter(texts: readonly string[]): FrontMatter | null {
  if (texts.length === 0 || !FENCE.test(texts[0]!)) return null;
  let closeLine = 1;
  while (closeLine < texts.length && !/^---[ \t]*$/.test(texts[closeLine]!)) closeLine++;
  if (closeLine >= texts.length) return null;
  const document = parseDocument(texts.slice(1, closeLine).join("\n"));
  const error = document.errors[0];
  if (!error) return { closeLine, document, error: null };
  const reason = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return { closeLine, document: null, error: { line: (error.linePos?.[0].line ?? 1) + 1, reason } };
}

/** A sentence naming the file and line of a front matter block that is not valid YAML. */
export function frontMatterProblem(path: string, frontMatter: FrontMatter): string | null {
  if (!frontMatter.error) return null;
  const { line, reason } = frontMatter.error;
  return `${path} line ${line}: the front matter is not valid YAML (${reason}); fix that line or remove the front matter.`;
}

export function assertValidFrontMatter(path: string, frontMatter: FrontMatter | null): void {
  const problem = frontMatter && frontMatterProblem(path, frontMatter);
  if (problem) throw new WorkspaceError(problem);
}

export function frontMatterString(frontMatter: FrontMatter | null, key: string): string | null {
  const value = frontMatter?.document?.get(key);
  if (typeof value === "string") return value.trim() || null;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return String(value);
  return null;
}

/** `services: [a, b]` or `services: a`. */
export function frontMatterList(frontMatter: FrontMatter | null, key: string): string[] {
  const value = frontMatter?.document?.toJS()?.[key] as unknown;
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === "string");
  return [];
}

/**
 * The edit that makes lastReviewed equal `date` (YYYY-MM-DD), or null when it already does or when the block
 * is not a plain mapping it could change without rewriting other lines.
 */
export function lastReviewedEdit(
  frontMatter: FrontMatter,
  texts: readonly string[],
  date: string,
): LineEdit | null {
  const { document, closeLine } = frontMatter;
  if (!document) return null;
  const contents = document.contents;
  if (contents === null) return { kind: "insert", before: closeLine, text: `lastReviewed: ${date}` };
  if (!isMap(contents) || contents.flow) return null;
  const yamlText = texts.slice(1, closeLine).join("\n");
  const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === "lastReviewed");
  if (!pair) {
    const firstKey = contents.items[0]?.key;
    const indent =
      isScalar(firstKey) && firstKey.range ? firstKey.range[0] - lineStartOf(yamlText, firstKey.range[0]) : 0;
    return { kind: "insert", before: closeLine, text: `${" ".repeat(indent)}lastReviewed: ${date}` };
  }
  const value = pair.value;
  if (value !== null && !isScalar(value)) return null;
  const current = value?.value instanceof Date ? value.value.toISOString().slice(0, 10) : value?.value;
  if (current === date) return null;

  const keyEnd = (pair.key as Scalar).range![1];
  const lineStart = lineStartOf(yamlText, keyEnd);
  const line = lineNumberOf(yamlText, keyEnd) + 1;
  const lineText = texts[line]!;
  if (value?.range && value.range[1] > value.range[0]) {
    const [start, end] = value.range;
    if (lineNumberOf(yamlText, end) + 1 !== line) return null;
    const quote = value.type === "QUOTE_DOUBLE" ? '"' : value.type === "QUOTE_SINGLE" ? "'" : "";
    return {
      kind: "replace",
      line,
      text: lineText.slice(0, start - lineStart) + quote + date + quote + lineText.slice(end - lineStart),
    };
  }
  // "lastReviewed:" with nothing after the colon but perhaps a comment.
  const colon = lineText.indexOf(":", keyEnd - lineStart);
  if (colon < 0) return null;
  const rest = lineText.slice(colon + 1).trim();
  return { kind: "replace", line, text: `${lineText.slice(0, colon + 1)} ${date}${rest ? ` ${rest}` : ""}` };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** 0-based line of an offset in the YAML text (line 0 of the YAML is line 1 of the file). */
function lineNumberOf(text: string, offset: number): number {
  let line = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1))
    line++;
  return line;
}
