// Turns problems found in a YAML file into one WorkspaceError sentence naming the file, line and field.
import { type Document, isMap, isPair, isScalar, type LineCounter } from "yaml";
import type { z } from "zod";
import { WorkspaceError } from "../../lib/errors.js";

export type FieldPath = readonly (string | number)[];

/** "engineers[2].timeZone" */
export function formatFieldPath(path: FieldPath): string {
  let out = "";
  for (const key of path) out += typeof key === "number" ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

export class YamlLocator {
  constructor(
    private readonly fileName: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The line of the value at `path`, or of the nearest ancestor that exists; with `key`, the line of that key. */
  lineOf(path: FieldPath, key?: string): number | null {
    if (key !== undefined) {
      const parent = this.doc.getIn(path, true);
      if (isMap(parent)) {
        const pair = parent.items.find(
          (item) => isPair(item) && isScalar(item.key) && item.key.value === key,
        );
        const keyNode = pair && isScalar(pair.key) ? pair.key : null;
        if (keyNode?.range) return this.lines.linePos(keyNode.range[0]).line;
      }
    }
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.doc.getIn(path.slice(0, depth), true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && typeof node === "object" && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return null;
  }

  /** `sentence` starts with the field name and ends with what to change. */
  error(path: FieldPath, sentence: string, key?: string): WorkspaceError {
    const line = this.lineOf(path, key);
    return new WorkspaceError(`${this.fileName}${line === null ? "" : ` line ${line}`}: ${sentence}`);
  }
}

export function describeValue(value: unknown): string {
  if (value === null) return "empty";
  if (typeof value === "string") return `"${value}"`;
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const EXPECTED_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
};

/** The fields a strict object at `path` allows, read from the schema. */
function knownFields(schema: z.ZodType, path: FieldPath): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    let inner = s;
    while (["optional", "nullable", "default"].includes(inner.def.type)) {
      inner = (inner as unknown as { unwrap(): z.ZodType }).unwrap();
    }
    return inner;
  };
  for (const key of path) {
    if (!current) return [];
    const inner = unwrap(current);
    if (typeof key === "number") current = "element" in inner ? (inner.element as z.ZodType) : undefined;
    else current = "shape" in inner ? (inner.shape as Record<string, z.ZodType>)[key] : undefined;
  }
  const target = current ? unwrap(current) : undefined;
  return target && "shape" in target ? Object.keys(target.shape as object) : [];
}

function closest(word: string, candidates: string[]): string | null {
  const lower = word.toLowerCase();
  let best: { candidate: string; distance: number } | null = null;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** One zod issue → a WorkspaceError naming file, line and field. */
export function issueToError(
  issue: z.core.$ZodIssue,
  data: unknown,
  schema: z.ZodType,
  locator: YamlLocator,
  hints: Record<string, string>,
): WorkspaceError {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  const field = formatFieldPath(path) || "the file";
  const hint = hints[path.filter((key) => typeof key === "string").join(".")];
  const value = valueAt(data, path);
  const withHint = (sentence: string) => `${sentence}${hint ? `; ${hint}` : ""}.`;
  switch (issue.code) {
    case "unrecognized_keys": {
      const key = issue.keys[0] ?? "";
      const known = knownFields(schema, path);
      const suggestion = closest(key, known);
      const where = path.length ? `${field} has` : "The file has";
      const advice = suggestion
        ? `did you mean ${suggestion}?`
        : `remove it or use one of ${known.join(", ")}.`;
      return locator.error(path, `${where} an unknown field "${key}"; ${advice}`, key);
    }
    case "invalid_type":
      if (value === undefined) {
        return locator.error(path, `${field} is missing; add it${hint ? ` (${hint})` : ""}.`);
      }
      if (issue.expected === "string" && (typeof value === "number" || typeof value === "boolean")) {
        return locator.error(path, `${field} must be text; put ${String(value)} in quotes.`);
      }
      return locator.error(
        path,
        withHint(
          `${field} must be ${EXPECTED_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(value)}`,
        ),
      );
    case "invalid_value":
      return locator.error(
        path,
        `${field} is ${describeValue(value)}; use ${issue.values.map((v) => String(v)).join(", ")}.`,
      );
    case "too_small":
      return locator.error(path, withHint(`${field} is empty`));
    default:
      return locator.error(
        path,
        hint
          ? `${field} is ${describeValue(value)}; ${hint}.`
          : `${field} is ${describeValue(value)}, which is not allowed here; see docs/workspace.md.`,
      );
  }
}
