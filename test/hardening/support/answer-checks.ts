// Judgements on one tool answer that every hardening test shares: is it a sentence a person can act on, does it
// name the field at fault, is it free of stack traces and of the "this is a bug" fallback.
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { textOf } from "../../helpers/mcp-client.js";
import type { InputVerdict } from "./input-oracle.js";

const STACK_FRAME = /\n\s*at .+[(:]\d+:\d+\)?/;
const INTERNAL_FAILURE = /failed unexpectedly|This is a bug/i;

/** A problem with an error answer's text, or null when it is a plain sentence. */
export function sentenceProblem(text: string): string | null {
  if (text.trim() === "") return "the error text is empty";
  if (STACK_FRAME.test(text)) return "the error text carries a stack trace";
  if (INTERNAL_FAILURE.test(text)) return "the tool failed with an internal error";
  if (text.length > 4_000) return `the error text is ${text.length} characters long`;
  return null;
}

/** Whether `text` names `field` as a field, not as part of a longer word. */
function namesField(text: string, field: string): boolean {
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9_])${escaped}($|[^A-Za-z0-9_])`).test(text);
}

/**
 * What is wrong with the answer to `args`, or null. Invalid arguments (by the advertised schema) must give an
 * isError sentence naming one of the wrong fields; valid ones may succeed or fail, but only with a sentence, and an
 * input error then must still name a field the caller sent or had to send.
 */
export function answerProblem(
  result: CallToolResult,
  args: Record<string, unknown>,
  verdict: InputVerdict,
  requiredFields: readonly string[],
): string | null {
  const text = textOf(result);
  if (!verdict.valid) {
    if (!result.isError)
      return `arguments invalid by the schema (${verdict.badFields.join(", ")}) were accepted`;
    const problem = sentenceProblem(text);
    if (problem) return problem;
    if (verdict.badFields.length > 0 && !verdict.badFields.some((field) => namesField(text, field)))
      return `the error does not name any of the wrong fields (${verdict.badFields.join(", ")}): ${text.slice(0, 300)}`;
    return null;
  }
  if (!result.isError) {
    return result.structuredContent === undefined ? "a successful answer has no structuredContent" : null;
  }
  const problem = sentenceProblem(text);
  if (problem) return `${problem}: ${text.slice(0, 300)}`;
  if (/Invalid input\./.test(text)) {
    const candidates = [...Object.keys(args), ...requiredFields];
    if (!candidates.some((field) => namesField(text, field)))
      return `an input error names no field: ${text.slice(0, 300)}`;
  }
  return null;
}
