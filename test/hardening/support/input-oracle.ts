// What a tool's advertised input schema says about some arguments, independently of the server's own zod
// check: valid or not, and which top-level fields are wrong. The bad-input test compares the server against it.
import type { Tool } from "@modelcontextprotocol/sdk/types.js";
import type { ErrorObject } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  format?: string;
  pattern?: string;
}

export interface InputVerdict {
  valid: boolean;
  /** Top-level argument names the schema finds fault with (missing, unknown or ill-typed). */
  badFields: string[];
}

// ajv-formats is CommonJS with its function on `default`; under NodeNext the import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

function topLevelField(error: ErrorObject): string | null {
  const params = error.params as Record<string, unknown>;
  if (error.instancePath === "") {
    if (typeof params["missingProperty"] === "string") return params["missingProperty"];
    if (typeof params["additionalProperty"] === "string") return params["additionalProperty"];
    return null;
  }
  const first = error.instancePath.split("/")[1];
  return first === undefined ? null : first.replaceAll("~1", "/").replaceAll("~0", "~");
}

export function createInputOracle(tool: Tool): (args: Record<string, unknown>) => InputVerdict {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
  addFormats(ajv);
  const validate = ajv.compile(tool.inputSchema);
  return (args) => {
    if (validate(args)) return { valid: true, badFields: [] };
    const fields = (validate.errors ?? []).flatMap((error) => topLevelField(error) ?? []);
    return { valid: false, badFields: [...new Set(fields)] };
  };
}
