// prompts/list and prompts/get: arguments described from each prompt's zod object, answers published through the
// same redaction as tool output.
import type { GetPromptResult, Prompt } from "@modelcontextprotocol/sdk/types.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import type { z } from "zod";
import { describeInputProblems } from "../lib/input-problems.js";
import type { AnyPromptDefinition } from "../ports/prompt.js";
import type { AppContext } from "./app-context.js";
import { publishText, withProtocolCall } from "./protocol-call.js";

export function describePrompts(prompts: readonly AnyPromptDefinition[]): Prompt[] {
  return prompts.map((prompt) => ({
    name: prompt.name,
    title: prompt.title,
    description: prompt.description,
    arguments: Object.entries(prompt.args.shape as Record<string, z.ZodType>).map(([name, schema]) => ({
      name,
      ...(schema.description ? { description: schema.description } : {}),
      required: !schema.safeParse(undefined).success,
    })),
  }));
}

export async function getPrompt(
  app: AppContext,
  prompts: ReadonlyMap<string, AnyPromptDefinition>,
  name: string,
  args: Record<string, string> | undefined,
  signal: AbortSignal,
): Promise<GetPromptResult> {
  const prompt = prompts.get(name);
  if (!prompt)
    throw new McpError(
      ErrorCode.InvalidParams,
      `Unknown prompt ${name}; prompts/list shows the prompts this server offers.`,
    );
  const parsed = prompt.args.strict().safeParse(args ?? {}, { reportInput: true });
  if (!parsed.success)
    throw new McpError(ErrorCode.InvalidParams, `${name}: ${describeInputProblems(parsed.error)}`);
  return withProtocolCall(app, name, signal, async (ctx) => {
    const answer = await prompt.handler(parsed.data, ctx);
    return {
      description: publishText(app, answer.description),
      messages: answer.messages.map((text) => ({
        role: "user" as const,
        content: { type: "text" as const, text: publishText(app, text) },
      })),
    };
  });
}
