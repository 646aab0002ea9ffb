// Holds the loopback fakes to the vendors' own API descriptions: every response (and, when asked, every request)
// is checked against the OpenAPI document. The document is parsed once per process; schemas compile on first use.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { OpenAPIRouter } from "openapi-backend";
import {
  isObject,
  type JsonObject,
  loadSpecDocument,
  pointerSegment,
  resolveLocalRef,
} from "./spec-document.js";
import { registerSpecFormats } from "./spec-formats.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** `../shared/specs` beside the repo root, or null in a fresh clone that has no copy of the vendor documents. */
export function findSpecsDir(): string | null {
  const dir = path.resolve(repoRoot, "../shared/specs");
  return existsSync(dir) ? dir : null;
}

export interface ResponseValidator {
  /** Human-readable violations, [] when the response is what the document describes. */
  validate(method: string, path: string, status: number, body: unknown): string[];
}

export interface RequestToValidate {
  method: string;
  /** The actual request path, e.g. /incidents/Q1/notes (no query string). */
  path: string;
  query: Record<string, string | string[]>;
  /** Lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  body?: unknown;
}

export interface RequestValidator {
  validate(request: RequestToValidate): string[];
}

export interface ValidatorOptions {
  /** e.g. ["get /incidents", "post /incidents/{id}/notes"]: only these operations are known; others are violations. */
  operations?: string[];
}

const SPEC_ID = "spec";
const MAX_MESSAGES = 10;
// Every PagerDuty operation declares these with one exact value that real clients do not send verbatim.
const IGNORED_HEADERS = new Set(["accept", "content-type"]);

interface SpecContext {
  document: JsonObject;
  responseAjv: Ajv;
  requestAjv: Ajv;
  compiled: Map<string, ValidateFunction>;
  /** By "get /incidents/{id}": operations, not paths, so every validator of the document shares them. */
  requestValidators: Map<string, OperationRequestValidators>;
}

interface OperationRequestValidators {
  parameters: ValidateFunction;
  body: ValidateFunction | null;
  commaSeparated: string[];
}

const contexts = new Map<string, SpecContext>();

function specContext(specFile: string): SpecContext {
  const key = path.resolve(specFile);
  let context = contexts.get(key);
  if (!context) {
    const document = loadSpecDocument(key);
    const makeAjv = (coerceTypes: false | "array") => {
      const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, validateSchema: false });
      registerSpecFormats(ajv);
      ajv.addSchema(document, SPEC_ID);
      return ajv;
    };
    context = {
      document,
      responseAjv: makeAjv(false),
      requestAjv: makeAjv("array"),
      compiled: new Map(),
      requestValidators: new Map(),
    };
    contexts.set(key, context);
  }
  return context;
}

type Operation = ReturnType<OpenAPIRouter["getOperations"]>[number];

function createRouter(document: JsonObject, operations: string[] | undefined): OpenAPIRouter {
  const allPaths = document["paths"] as Record<string, JsonObject>;
  if (!operations) return new OpenAPIRouter({ definition: document as never });
  const paths: Record<string, JsonObject> = {};
  for (const entry of operations) {
    const [method = "", template = ""] = entry.trim().split(/\s+/);
    const item = allPaths[template];
    const operation = item?.[method.toLowerCase()];
    if (!item || !operation) throw new Error(`The API description has no operation "${entry}".`);
    paths[template] = {
      ...paths[template],
      parameters: item["parameters"],
      [method.toLowerCase()]: operation,
    };
  }
  return new OpenAPIRouter({ definition: { ...document, paths } as never });
}

function matchOperation(router: OpenAPIRouter, method: string, requestPath: string): Operation | undefined {
  return router.matchOperation({ method: method.toLowerCase(), path: requestPath, headers: {} });
}

function operationPointer(operation: Operation): string {
  return `/paths/${pointerSegment(operation.path)}/${operation.method}`;
}

function compileRef(context: SpecContext, ajv: Ajv, pointer: string): ValidateFunction {
  const cacheKey = `${ajv === context.requestAjv ? "request" : "response"} ${pointer}`;
  let validate = context.compiled.get(cacheKey);
  if (!validate) {
    validate = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
    context.compiled.set(cacheKey, validate);
  }
  return validate;
}

function pickResponseKey(responses: JsonObject, status: number): string | undefined {
  const exact = String(status);
  if (exact in responses) return exact;
  const range = `${String(status)[0]}XX`;
  if (range in responses) return range;
  return "default" in responses ? "default" : undefined;
}

function parentPath(instancePath: string): string {
  return instancePath.slice(0, instancePath.lastIndexOf("/"));
}

/**
 * Drops the noise of a failed anyOf: "type must be one of (x)" from each variant meant for another type, and the
 * anyOf summary itself when the variant that fits the type says what is wrong.
 */
export function pruneVariantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const unionPaths = new Set(
    errors
      .filter((error) => error.keyword === "anyOf" || error.keyword === "oneOf")
      .map((e) => e.instancePath),
  );
  if (unionPaths.size === 0) return [...errors];
  const isOtherVariant = (error: ErrorObject) =>
    (error.keyword === "enum" || error.keyword === "const") &&
    error.instancePath.endsWith("/type") &&
    unionPaths.has(parentPath(error.instancePath));
  const kept = errors.filter((error) => !isOtherVariant(error));
  return kept.filter((error) => {
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") return true;
    const explained = kept.some(
      (other) =>
        other !== error &&
        other.keyword !== "anyOf" &&
        other.keyword !== "oneOf" &&
        (other.instancePath === error.instancePath ||
          other.instancePath.startsWith(`${error.instancePath}/`)),
    );
    return !explained;
  });
}

export function formatErrors(
  prefix: string,
  errors: ErrorObject[] | null | undefined,
  root: string,
): string[] {
  const messages = pruneVariantErrors(errors ?? []).map((error) => {
    const where = `${root}${error.instancePath}`;
    const params = error.params as Record<string, unknown>;
    let detail = error.message ?? "is invalid";
    if (error.keyword === "enum" && Array.isArray(params["allowedValues"])) {
      detail += ` (${params["allowedValues"].map((v) => JSON.stringify(v)).join(", ")})`;
    } else if (error.keyword === "additionalProperties") {
      detail += ` (${String(params["additionalProperty"])})`;
    }
    return `${prefix}: ${where} ${detail}`;
  });
  const unique = [...new Set(messages)];
  if (unique.length <= MAX_MESSAGES) return unique;
  return [...unique.slice(0, MAX_MESSAGES), `${prefix}: … and ${unique.length - MAX_MESSAGES} more`];
}

export function createResponseValidator(specFile: string, options: ValidatorOptions = {}): ResponseValidator {
  const context = specContext(specFile);
  const router = createRouter(context.document, options.operations);
  const specName = path.basename(specFile);
  return {
    validate(method, requestPath, status, body) {
      const prefix = `${method.toUpperCase()} ${requestPath} → ${status}`;
      const operation = matchOperation(router, method, requestPath);
      if (!operation) return [`${prefix}: no operation in ${specName} matches this request`];
      const responses = (operation.responses ?? {}) as JsonObject;
      const key = pickResponseKey(responses, status);
      if (key === undefined) {
        const documented = Object.keys(responses).join(", ");
        return [
          `${prefix}: status ${status} is not documented for ${operation.operationId} (documented: ${documented})`,
        ];
      }
      const opPointer = `${operationPointer(operation)}/responses/${pointerSegment(key)}`;
      const { value: response, pointer } = resolveLocalRef(context.document, responses[key]);
      const content = isObject(response) && isObject(response["content"]) ? response["content"] : undefined;
      const json = content?.["application/json"];
      if (!isObject(json) || json["schema"] === undefined) {
        const empty = body === undefined || body === null || body === "";
        return empty
          ? []
          : [`${prefix}: the document describes no JSON body for this status, but one was sent`];
      }
      const schemaPointer = `${pointer ?? opPointer}/content/application~1json/schema`;
      const validate = compileRef(context, context.responseAjv, schemaPointer);
      return validate(body) ? [] : formatErrors(prefix, validate.errors, "response");
    },
  };
}

interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  schema?: JsonObject;
  explode?: boolean;
}

/** Schemas for { path, query, headers } (validated with coercion, as the wire carries strings) and for the body. */
function requestSchemas(
  context: SpecContext,
  operation: Operation,
): { parameters: JsonObject; body: JsonObject | null; commaSeparated: string[] } {
  const groups: Record<string, { properties: JsonObject; required: string[] }> = {
    path: { properties: {}, required: [] },
    query: { properties: {}, required: [] },
    header: { properties: {}, required: [] },
  };
  const commaSeparated: string[] = [];
  for (const raw of (operation.parameters ?? []) as unknown[]) {
    const { value, pointer } = resolveLocalRef(context.document, raw);
    if (!isObject(value) || !pointer) continue;
    const parameter = value as unknown as ParameterObject;
    const group = groups[parameter.in];
    if (!group || !parameter.schema) continue;
    const name = parameter.in === "header" ? parameter.name.toLowerCase() : parameter.name;
    if (parameter.in === "header" && IGNORED_HEADERS.has(name)) continue;
    const schemaRef = { $ref: `${SPEC_ID}#${pointer}/schema` };
    // PagerDuty declares `statuses[]` and friends as a string with explode: the wire carries an array of them.
    const isArrayParameter = name.endsWith("[]") && parameter.schema["type"] !== "array";
    group.properties[name] = isArrayParameter ? { type: "array", items: schemaRef } : schemaRef;
    // `style: form, explode: false` arrays travel as one comma-separated value: sort_by=created_at:desc,urgency.
    if (parameter.in === "query" && parameter.schema["type"] === "array" && parameter.explode === false) {
      commaSeparated.push(name);
    }
    if (parameter.required || parameter.in === "path") group.required.push(name);
  }
  const parameters: JsonObject = {
    type: "object",
    properties: {
      path: { type: "object", ...groups["path"] },
      query: { type: "object", ...groups["query"] },
      headers: { type: "object", ...groups["header"] },
    },
  };
  const { value: body, pointer: bodyPointer } = resolveLocalRef(context.document, operation.requestBody);
  if (!isObject(body) || !isObject(body["content"]) || !isObject(body["content"]["application/json"])) {
    return { parameters, body: null, commaSeparated };
  }
  const base = bodyPointer ?? `${operationPointer(operation)}/requestBody`;
  return {
    parameters,
    body: { $ref: `${SPEC_ID}#${base}/content/application~1json/schema` },
    commaSeparated,
  };
}

function pathParameters(template: string, actual: string): Record<string, string> {
  const names: string[] = [];
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\{([^}]+)\}/g, (_match, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
  const match = new RegExp(`^${pattern}/?$`).exec(actual);
  const values: Record<string, string> = {};
  names.forEach((name, index) => {
    values[name] = decodeURIComponent(match?.[index + 1] ?? "");
  });
  return values;
}

export function createRequestValidator(specFile: string, options: ValidatorOptions = {}): RequestValidator {
  const context = specContext(specFile);
  const router = createRouter(context.document, options.operations);
  const specName = path.basename(specFile);
  return {
    validate(request) {
      const prefix = `${request.method.toUpperCase()} ${request.path}`;
      const operation = matchOperation(router, request.method, request.path);
      if (!operation) return [`${prefix}: no operation in ${specName} matches this request`];
      const key = `${operation.method} ${operation.path}`;
      let validators = context.requestValidators.get(key);
      if (!validators) {
        const schemas = requestSchemas(context, operation);
        validators = {
          parameters: context.requestAjv.compile(schemas.parameters),
          body: schemas.body ? context.responseAjv.compile(schemas.body) : null,
          commaSeparated: schemas.commaSeparated,
        };
        context.requestValidators.set(key, validators);
      }
      // Copies: coercion rewrites values in place ("25" → 25, "x" → ["x"]).
      const query: Record<string, string | string[]> = structuredClone(request.query);
      for (const name of validators.commaSeparated) {
        const value = query[name];
        if (typeof value === "string") query[name] = value.split(",");
      }
      const parameters = {
        path: pathParameters(operation.path, request.path),
        query,
        headers: Object.fromEntries(
          Object.entries(request.headers).filter(([, value]) => value !== undefined),
        ),
      };
      const violations = validators.parameters(parameters)
        ? []
        : formatErrors(prefix, validators.parameters.errors, "request");
      if (validators.body) {
        if (request.body === undefined) violations.push(`${prefix}: the request has no JSON body`);
        else if (!validators.body(request.body)) {
          violations.push(...formatErrors(prefix, validators.body.errors, "body"));
        }
      }
      return violations;
    },
  };
}
