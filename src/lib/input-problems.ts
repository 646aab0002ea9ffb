// Input validation failures as one sentence a person (or a model) can act on.
import type { z } from "zod";

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
