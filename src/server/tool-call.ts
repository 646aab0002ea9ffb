// tools/call: input checked and its problems put in a sentence, the handler run under the deadline, every output
// redacted, failures turned into one sentence.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { UpstreamError, UserInputError } from "../lib/errors.js";
import { failureSentence } from "../lib/failure-sentence.js";
import { numbersAsStrings } from "../lib/input-coercion.js";
import { describeInputProblems } from "../lib/input-problems.js";
import { scrubSecrets } from "../lib/log.js";
import { redactDeep, redactSecrets } from "../lib/redact.js";
import type { CallContext } from "../ports/call-context.js";
import type { AnyToolDefinition } from "../ports/tool.js";
import { VIEW_META_KEY } from "../views/views.js";
import type { AppContext } from "./app-context.js";
import { createCallContext } from "./call-context.js";
import { configuredSecrets } from "./protocol-call.js";

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
  progress: CallContext["progress"];
  sample: CallContext["sample"];
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
    // Loaded with the first answer: the views' extra data needs the time-zone code, which listing does not.
    const { viewContextFor } = await import("../views/view-context.js");
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
  if (signal.aborted) {
    // The work still settles later; its failure is already answered by the abort.
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
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
