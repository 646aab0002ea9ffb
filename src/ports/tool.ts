// One tool = zod input + zod output + annotations + handler, as plain data. Capabilities export lists of these;
// the server's registry lists and calls them. Handlers return data and Markdown; they never format protocol messages.
import type { z } from "zod";
import type { CallContext } from "./call-context.js";
import type { SourceName } from "./sources.js";

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
}

export interface ToolAnswer<Output> {
  structured: Output;
  /** What a person reads. */
  markdown: string;
}

export type ToolHandler<Input extends z.ZodObject, Output extends z.ZodObject> = (
  input: z.output<Input>,
  ctx: CallContext,
) => Promise<ToolAnswer<z.input<Output>>>;

export interface ToolDefinition<
  Input extends z.ZodObject = z.ZodObject,
  Output extends z.ZodObject = z.ZodObject,
> {
  name: string;
  title: string;
  /** Written for the model that chooses tools: when to use it, what it returns, its limits. */
  description: string;
  input: Input;
  output: Output;
  /** Write tools are registered only when writes are enabled. */
  writes: boolean;
  annotations: ToolAnnotations;
  /**
   * The sources the tool reads or writes. The server sets `openWorldHint` from them: true when one of them is an
   * outside service (PagerDuty, GitHub) in the running configuration.
   */
  reaches: readonly SourceName[];
  /**
   * Top-level output fields that carry a file's own bytes (a runbook and its diff): not rewritten by the
   * pattern redaction, so they stay exact; the tool reports secret-looking lines as warnings instead.
   */
  verbatimFields?: readonly string[];
  handler: ToolHandler<Input, Output>;
}

export function defineTool<Input extends z.ZodObject, Output extends z.ZodObject>(
  definition: ToolDefinition<Input, Output>,
): ToolDefinition<Input, Output> {
  return definition;
}

export type AnyToolDefinition = ToolDefinition<z.ZodObject, z.ZodObject>;

/**
 * A handler kept in its own module, loaded on the tool's first call, so that listing the tools loads only their
 * schemas. The module exports `handle`.
 */
export function lazyHandler<Input extends z.ZodObject, Output extends z.ZodObject>(
  load: () => Promise<{ handle: ToolHandler<Input, Output> }>,
): ToolHandler<Input, Output> {
  let loaded: Promise<{ handle: ToolHandler<Input, Output> }> | null = null;
  return async (input, ctx) => {
    loaded ??= load();
    return (await loaded).handle(input, ctx);
  };
}
