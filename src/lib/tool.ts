// One tool = zod input + zod output + annotations + handler. Capabilities export lists of these;
// server.ts registers them. Handlers return data and Markdown; they never format protocol messages.
import type { z } from "zod";
import type { Config } from "../config.js";
import type { TeamDirectory } from "../model.js";
import type { RequestCounter, Sources } from "../sources/ports.js";

export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  /** True when the tool talks to an outside service (PagerDuty, GitHub) in the current configuration. */
  openWorldHint?: boolean;
}

export interface ToolContext {
  config: Config;
  sources: Sources;
  team: TeamDirectory;
  /** "Now" for defaults such as "the last 7 days": team.yaml's asOf in the demo, else the clock. */
  now: Date;
  signal: AbortSignal;
  /** Upstream requests made while answering, reported in outputs such as `sources.requests`. */
  requests: RequestCounter;
  /** Sends a progress notification when the client asked for them; a no-op otherwise. */
  progress(done: number, total?: number, message?: string): Promise<void>;
  /** Asks the client's model for text, when the client declared sampling; null otherwise. */
  sample: ((prompt: string, maxTokens: number) => Promise<string>) | null;
}

export interface ToolAnswer<Output> {
  structured: Output;
  /** What a person reads. */
  markdown: string;
}

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
   * Top-level output fields that carry a file's own bytes (a runbook and its diff): not rewritten by the
   * pattern redaction, so they stay exact; the tool reports secret-looking lines as warnings instead.
   */
  verbatimFields?: readonly string[];
  handler(input: z.output<Input>, ctx: ToolContext): Promise<ToolAnswer<z.input<Output>>>;
}

export function defineTool<Input extends z.ZodObject, Output extends z.ZodObject>(
  definition: ToolDefinition<Input, Output>,
): ToolDefinition<Input, Output> {
  return definition;
}

export type AnyToolDefinition = ToolDefinition<z.ZodObject, z.ZodObject>;
