// Runs a prompt, resource or completion handler the way tool calls run: a call context, the tool deadline, and
// failures turned into one redacted sentence (an McpError) instead of a stack.
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import { UserInputError } from "../lib/errors.js";
import { failureSentence } from "../lib/failure-sentence.js";
import { scrubSecrets } from "../lib/log.js";
import { redactSecrets } from "../lib/redact.js";
import type { CallContext } from "../ports/call-context.js";
import type { AppContext } from "./app-context.js";
import { createCallContext } from "./call-context.js";

export async function withProtocolCall<T>(
  app: AppContext,
  what: string,
  signal: AbortSignal,
  work: (ctx: CallContext) => Promise<T>,
): Promise<T> {
  const deadline = AbortSignal.timeout(app.config.toolTimeoutMs);
  try {
    const ctx = await createCallContext(app, { signal: AbortSignal.any([signal, deadline]) });
    return await work(ctx);
  } catch (error) {
    const sentence = failureSentence(what, error, deadline.aborted, app.config.toolTimeoutMs);
    const code = error instanceof UserInputError ? ErrorCode.InvalidParams : ErrorCode.InternalError;
    throw new McpError(code, publishText(app, sentence));
  }
}

/** Text leaving the server outside a tool result: secrets redacted, configured tokens removed. */
export function publishText(app: AppContext, text: string): string {
  return scrubSecrets(redactSecrets(text), configuredSecrets(app));
}

/** The tokens from the configuration, which no output may contain. */
export function configuredSecrets(app: AppContext): string[] {
  const { pagerduty, github, http } = app.config;
  return [pagerduty?.token, github?.token, http?.token ?? undefined].filter((value): value is string =>
    Boolean(value),
  );
}
