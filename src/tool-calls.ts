// tools/list and tools/call: schemas as flat JSON Schema, input errors as sentences, every output redacted.
import { type CallToolResult, ErrorCode, McpError, type Tool } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import { createCallContext } from "./call-context.js";
import type { AppContext } from "./context.js";
import { UpstreamError, UserInputError } from "./lib/errors.js";
import { failureSentence } from "./lib/failure-sentence.js";
import { advertiseIdTypes, numbersAsStrings } from "./lib/input-coercion.js";
import { scrubSecrets } from "./lib/log.js";
import { redactDeep, redactSecrets } from "./lib/redact.js";
import type { AnyToolDefinition, ToolContext } from "./lib/tool.js";
import { configuredSecrets } from "./protocol-call.js";
import { viewContextFor } from "./views/view-context.js";
import { VIEW_META_KEY, viewOfTool } from "./views/views.js";

export function toJsonSchema(schema: z.ZodObject, io: "input" | "output"): Tool["inputSchema"] {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    reused: "inline",
    override: advertiseIdTypes,
  }) as Record<string, unknown>;
  return compactSchema(rest, io) as Tool["inputSchema"];
}

const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/**
 * Every client reads every tool schema on every conversation (and all must fit a 24 KB budget), so schemas carry
 * only what informs a caller: zod's safe-integer bounds go, and on outputs so do `additionalProperties: false` and
 * `required`, which constrain the server (its answers always carry every field; the tests hold them to the full
 * schemas), not the client.
 */
function compactSchema(node: unknown, io: "input" | "output"): unknown {
  if (Array.isArray(node)) return node.map((item) => compactSchema(item, io));
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if ((key === "minimum" || key === "maximum") && SAFE_INTEGER_BOUNDS.has(value as number)) continue;
    if (io === "output" && ((key === "additionalProperties" && value === false) || key === "required"))
      continue;
    out[key] = key === "properties" || typeof value === "object" ? compactSchema(value, io) : value;
  }
  return out;
}

export function describeTools(tools: readonly AnyToolDefinition[]): Tool[] {
  return tools.map((tool) => ({
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: toJsonSchema(tool.input.strict(), "input"),
    outputSchema: toJsonSchema(tool.output, "output") as Tool["outputSchema"],
    annotations: { openWorldHint: false, ...tool.annotations },
    ...uiMeta(tool.name),
  }));
}

/** MCP Apps: the ui:// view a host with the extension renders beside the tool's result. */
function uiMeta(toolName: string): Pick<Tool, "_meta"> {
  const view = viewOfTool(toolName);
  return view ? { _meta: { ui: { resourceUri: view.uri } } } : {};
}

/** "since: … ; limit: …" — each problem with the field it concerns, in words a person can act on. */
export function describeInputProblems(error: z.ZodError): string {
  const problems = error.issues.slice(0, 5).map((issue) => {
    const field = issue.path.length ? issue.path.join(".") : "arguments";
    return `${field}: ${plainMessage(issue)}`;
  });
  return `Invalid input. ${problems.join("; ")}.`;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    // zod reports the input only when asked (`reportInput`); a missing field's is undefined.
    if (issue.input === undefined) return `is required (expected ${issue.expected})`;
    return `must be ${article(issue.expected)}, not ${typeName(issue.input)}`;
  }
  if (issue.code === "unrecognized_keys")
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}; remove ${issue.keys.length > 1 ? "them" : "it"}`;
  if (issue.code === "too_big")
    return `must be at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}`;
  if (issue.code === "too_small")
    return `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : issue.origin === "array" ? " items" : ""}`;
  if (issue.code === "invalid_value")
    return `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
  return issue.message.replace(/\.$/, "");
}

function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return article(typeof value);
}

/** Larger answers are refused: clients stall or drop them, and a model cannot read that much. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

function tooLargeSentence(toolName: string, bytes: number): string {
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  return `${toolName}'s answer is ${megabytes} MB, more than the ${MAX_ANSWER_BYTES / 1024 / 1024} MB a client can take; ask for less (a narrower window, a lower limit, or a smaller file).`;
}

/** An error a person reads in a glance: a value echoed from the input never makes it a wall of text. */
const ERROR_TEXT_LIMIT = 1_000;

export function errorResult(message: string): CallToolResult {
  const text = message.length > ERROR_TEXT_LIMIT ? `${message.slice(0, ERROR_TEXT_LIMIT - 1)}…` : message;
  return { content: [{ type: "text", text }], isError: true };
}

export interface CallExtras {
  signal: AbortSignal;
  progress: ToolContext["progress"];
  sample: ToolContext["sample"];
}

export async function callTool(
  app: AppContext,
  tools: ReadonlyMap<string, AnyToolDefinition>,
  name: string,
  args: unknown,
  extras: CallExtras,
): Promise<CallToolResult> {
  const tool = tools.get(name);
  if (!tool) {
    throw new McpError(
      ErrorCode.InvalidParams,
      `Unknown tool ${name}; tools/list shows the tools this server offers.`,
    );
  }
  const schema = tool.input.strict();
  const input = schema.safeParse(numbersAsStrings(schema, args ?? {}), { reportInput: true });
  if (!input.success) return errorResult(`${tool.name}: ${describeInputProblems(input.error)}`);

  const deadline = AbortSignal.timeout(app.config.toolTimeoutMs);
  // Aborted once the call has its answer: requests still running then (the retries of a parallel read after
  // another read failed) would only spend the upstream's quota on an answer nobody waits for.
  const finished = new AbortController();
  const signal = AbortSignal.any([extras.signal, deadline, finished.signal]);
  const secrets = configuredSecrets(app);
  try {
    const ctx = await createCallContext(app, { signal, progress: extras.progress, sample: extras.sample });
    const answer = await abortable(tool.handler(input.data, ctx), signal);
    const structured = scrubSecrets(
      JSON.stringify(redactExcept(answer.structured, tool.verbatimFields ?? [])),
      secrets,
    );
    const text = scrubSecrets(redactSecrets(answer.markdown), secrets);
    const viewContext = viewContextFor(tool.name, answer.structured, ctx);
    const view = viewContext && scrubSecrets(JSON.stringify(redactDeep(viewContext)), secrets);
    const bytes = Buffer.byteLength(structured) + Buffer.byteLength(text) + Buffer.byteLength(view ?? "");
    if (bytes > MAX_ANSWER_BYTES) return errorResult(tooLargeSentence(tool.name, bytes));
    return {
      content: [{ type: "text", text }],
      structuredContent: JSON.parse(structured) as Record<string, unknown>,
      ...(view ? { _meta: { [VIEW_META_KEY]: JSON.parse(view) as unknown } } : {}),
    };
  } catch (error) {
    const sentence = failureSentence(
      tool.name,
      error,
      deadline.aborted,
      app.config.toolTimeoutMs,
      configuredUpstreams(app),
    );
    if (!(error instanceof UserInputError) && !(error instanceof UpstreamError))
      app.log.warn(`${tool.name}: ${sentence}`);
    return errorResult(scrubSecrets(redactSecrets(sentence), secrets));
  } finally {
    finished.abort();
  }
}

/** The upstream services a tool call may wait for in this configuration. */
export function configuredUpstreams(app: Pick<AppContext, "config">): string[] {
  return [app.config.pagerduty ? "PagerDuty" : null, app.config.github ? "GitHub" : null].filter(
    (name): name is string => name !== null,
  );
}

/** Settles when the work does, or rejects as soon as the signal aborts (the work's own fetches see the same signal). */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** Every field redacted but the named top-level ones, which hold a file's own bytes. */
function redactExcept(structured: unknown, verbatim: readonly string[]): unknown {
  if (verbatim.length === 0 || typeof structured !== "object" || structured === null)
    return redactDeep(structured);
  const record = structured as Record<string, unknown>;
  const redacted = redactDeep(
    Object.fromEntries(Object.entries(record).filter(([key]) => !verbatim.includes(key))),
  );
  return Object.fromEntries(
    Object.keys(record).map((key) => [key, verbatim.includes(key) ? record[key] : redacted[key]]),
  );
}
