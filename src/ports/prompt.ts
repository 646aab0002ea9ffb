// One prompt as plain data: its arguments (strings, as MCP prompt arguments are), their completions, and a handler
// that returns the text of the messages. The server publishes the text through the same redaction as tool output.
import type { z } from "zod";
import type { CallContext } from "./call-context.js";

export interface PromptAnswer {
  description: string;
  /** The user messages, in order. */
  messages: string[];
}

/** Values that start with what was typed, for one argument; [] when none can be offered. */
export type Completer = (typed: string, ctx: CallContext) => Promise<string[]>;

export interface PromptDefinition<Args extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  /** Every field a string (optional or not), described for the person filling it in. */
  args: Args;
  complete?: Partial<Record<keyof z.output<Args> & string, Completer>>;
  handler(args: z.output<Args>, ctx: CallContext): Promise<PromptAnswer>;
}

export function definePrompt<Args extends z.ZodObject>(
  definition: PromptDefinition<Args>,
): PromptDefinition<Args> {
  return definition;
}

export type AnyPromptDefinition = PromptDefinition<z.ZodObject>;
