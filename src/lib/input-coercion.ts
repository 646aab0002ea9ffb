// Ids as assistants send them: models and the Inspector CLI send an incident number or an id as a JSON number
// (`"incidentId": 1243`). An id field is a string field marked with `idField`; its advertised JSON Schema type is
// string or integer, and `numbersAsStrings`, applied once to every tool's arguments before validation, turns an
// integer there into its decimal text, so handlers only ever see strings.
import { z } from "zod";

type AnySchema = z.core.$ZodType;

const ids = z.registry<Record<string, never>>();

/** Marks a string schema as an id that may arrive as an integer. */
export function idField<T extends z.ZodString>(schema: T): T {
  ids.add(schema, {});
  return schema;
}

/** For z.toJSONSchema's `override`: an id field is advertised as string or integer. */
export function advertiseIdTypes(ctx: { zodSchema: AnySchema; jsonSchema: Record<string, unknown> }): void {
  if (ids.has(ctx.zodSchema) && ctx.jsonSchema["type"] === "string")
    ctx.jsonSchema["type"] = ["string", "integer"];
}

/** Returns `value` with integers replaced by their text wherever `schema` has an id field; everything else as given. */
export function numbersAsStrings(schema: AnySchema, value: unknown): unknown {
  if (ids.has(schema)) return Number.isSafeInteger(value) ? String(value) : value;
  const def = schema._zod.def as { type: string } & Record<string, unknown>;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return numbersAsStrings(def["innerType"] as AnySchema, value);
    case "pipe":
      return numbersAsStrings(def["in"] as AnySchema, value);
    case "array":
      return Array.isArray(value)
        ? value.map((item) => numbersAsStrings(def["element"] as AnySchema, item))
        : value;
    case "object": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
      const shape = def["shape"] as Record<string, AnySchema>;
      return Object.fromEntries(
        Object.entries(value).map(([key, field]) => [
          key,
          Object.hasOwn(shape, key) ? numbersAsStrings(shape[key]!, field) : field,
        ]),
      );
    }
    default:
      return value;
  }
}
