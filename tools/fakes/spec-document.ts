// Reads an OpenAPI document once per process and makes it usable by Ajv as it stands.
import { readFileSync } from "node:fs";
import path from "node:path";

export type JsonObject = { [key: string]: unknown };

const documents = new Map<string, JsonObject>();

/** The parsed, patched document; the same object for every caller in the process. */
export function loadSpecDocument(specFile: string): JsonObject {
  const key = path.resolve(specFile);
  let document = documents.get(key);
  if (!document) {
    const parsed: unknown = JSON.parse(readFileSync(key, "utf8"));
    if (!isObject(parsed) || !isObject(parsed["paths"])) {
      throw new Error(`${key} is not an OpenAPI document: it has no "paths" object.`);
    }
    patchExclusiveBounds(parsed);
    patchOneOfToAnyOf(parsed);
    patchDocumentedNulls(parsed);
    patchTypelessNullable(parsed);
    patchErrata(parsed);
    document = parsed;
    documents.set(key, document);
  }
  return document;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Rewrites OpenAPI 3.0 boolean `exclusiveMinimum/Maximum` (next to `minimum/maximum`) into the numeric form Ajv
 * understands; PagerDuty's /analytics/raw paths use them and Ajv refuses to compile a schema that does.
 */
export function patchExclusiveBounds(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) patchExclusiveBounds(item);
    return;
  }
  if (!isObject(node)) return;
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    const value = node[flag];
    if (typeof value !== "boolean") continue;
    if (value && typeof node[bound] === "number") {
      node[flag] = node[bound];
      delete node[bound];
    } else {
      delete node[flag];
    }
  }
  for (const child of Object.values(node)) patchExclusiveBounds(child);
}

/**
 * The vendors write `oneOf` for "one of these shapes" and tell the shapes apart only in prose (PagerDuty's
 * `Channel` lists nagios/api/email/… objects that all accept `{ "type": "api" }`), so real answers match several
 * branches and fail `oneOf`. `anyOf` states what the documents mean.
 */
export function patchOneOfToAnyOf(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) patchOneOfToAnyOf(item);
    return;
  }
  if (!isObject(node)) return;
  if (Array.isArray(node["oneOf"]) && node["anyOf"] === undefined) {
    node["anyOf"] = node["oneOf"];
    delete node["oneOf"];
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== "example" && key !== "examples") patchOneOfToAnyOf(child);
  }
}

// Properties whose own description says they may be null ("or `null` if the incident is not resolved") but which
// lack `nullable: true`, plus references PagerDuty's own examples show as null (`"priority": null`).
const NULLABLE_REFERENCES = new Set(["#/components/schemas/Priority", "#/components/schemas/ResolveReason"]);

export function patchDocumentedNulls(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) patchDocumentedNulls(item);
    return;
  }
  if (!isObject(node)) return;
  const properties = node["properties"];
  if (isObject(properties)) {
    for (const [name, schema] of Object.entries(properties)) {
      if (!isObject(schema) || schema["nullable"] === true) continue;
      const saysNull = typeof schema["description"] === "string" && /\bnull\b/i.test(schema["description"]);
      if (typeof schema["$ref"] === "string" && (saysNull || NULLABLE_REFERENCES.has(schema["$ref"]))) {
        properties[name] = { anyOf: [schema, { type: "null" }] };
      } else if (saysNull && typeof schema["type"] === "string") {
        schema["nullable"] = true;
      }
    }
  }
  for (const [key, child] of Object.entries(node)) {
    if (key !== "example" && key !== "examples") patchDocumentedNulls(child);
  }
}

/**
 * OpenAPI 3.0 allows `nullable: true` beside `anyOf`/`allOf` with no `type` (GitHub's commit `author` does this);
 * Ajv refuses to compile it, so it becomes `anyOf: [the schema, { type: "null" }]`.
 */
export function patchTypelessNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) patchTypelessNullable(item);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, child] of Object.entries(node)) {
    if (key !== "example" && key !== "examples") patchTypelessNullable(child);
  }
  if (node["nullable"] === true && node["type"] === undefined) {
    const { nullable: _nullable, ...inner } = node;
    for (const key of Object.keys(node)) delete node[key];
    node["anyOf"] = [inner, { type: "null" }];
  }
}

interface Erratum {
  pointer: string;
  /** The value the document has there; the erratum applies only to that exact text. */
  expected: unknown;
  corrected: unknown;
  why: string;
}

const ERRATA: Erratum[] = [
  {
    pointer: "/components/schemas/AcknowledgeLogEntry/allOf/1/properties/type/enum",
    expected: ["acknowledgement_log_entry"],
    corrected: ["acknowledge_log_entry", "acknowledgement_log_entry"],
    why: "LogEntry.type in the same document, and the live API, spell it acknowledge_log_entry",
  },
];

/** Corrects places where a vendor document contradicts itself; each erratum says why. */
export function patchErrata(document: JsonObject): void {
  for (const erratum of ERRATA) {
    const segments = erratum.pointer.split("/").slice(1);
    const last = segments.pop();
    const parent = valueAtPointer(document, `/${segments.join("/")}`);
    if (last === undefined || !isObject(parent)) continue;
    if (JSON.stringify(parent[last]) === JSON.stringify(erratum.expected)) parent[last] = erratum.corrected;
  }
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function pointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Follows `$ref` chains inside the document (local refs only) until a non-ref object. */
export function resolveLocalRef(
  document: JsonObject,
  node: unknown,
): { value: unknown; pointer: string | null } {
  let current = node;
  let pointer: string | null = null;
  for (let hops = 0; isObject(current) && typeof current["$ref"] === "string"; hops++) {
    const ref = current["$ref"];
    if (!ref.startsWith("#/") || hops > 20) throw new Error(`Cannot resolve $ref ${ref}.`);
    pointer = ref.slice(1);
    current = valueAtPointer(document, pointer);
  }
  return { value: current, pointer };
}

export function valueAtPointer(document: JsonObject, pointer: string): unknown {
  let current: unknown = document;
  for (const raw of pointer.split("/").slice(1)) {
    const segment = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
