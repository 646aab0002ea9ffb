import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  external_exports
} from "./chunk-GCCA2YSU.js";

// src/lib/input-coercion.ts
var ids = external_exports.registry();
function idField(schema) {
  return ids.add(schema, {}), schema;
}
function advertiseIdTypes(ctx) {
  ids.has(ctx.zodSchema) && ctx.jsonSchema.type === "string" && (ctx.jsonSchema.type = ["string", "integer"]);
}
function numbersAsStrings(schema, value) {
  if (ids.has(schema)) return Number.isSafeInteger(value) ? String(value) : value;
  let def = schema._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return numbersAsStrings(def.innerType, value);
    case "pipe":
      return numbersAsStrings(def.in, value);
    case "array":
      return Array.isArray(value) ? value.map((item) => numbersAsStrings(def.element, item)) : value;
    case "object": {
      if (typeof value != "object" || value === null || Array.isArray(value)) return value;
      let shape = def.shape;
      return Object.fromEntries(
        Object.entries(value).map(([key, field]) => [
          key,
          Object.hasOwn(shape, key) ? numbersAsStrings(shape[key], field) : field
        ])
      );
    }
    default:
      return value;
  }
}

export {
  idField,
  advertiseIdTypes,
  numbersAsStrings
};
