// Lines of a runbook that look like they hold a secret. The draft never rewrites them (the diff must apply and
// the file must stay the runbook's own); it says where they are so a person can look.
import { redactSecrets } from "../../lib/redact.js";

/** `leaves` says what the caller does with them: "the draft leaves" (the default), "read_runbook returns". */
export function secretLookingLines(path: string, content: string, leaves = "the draft leaves"): string[] {
  const found: number[] = [];
  content.split(/\r?\n/).forEach((line, index) => {
    if (redactSecrets(line) !== line) found.push(index + 1);
  });
  if (found.length === 0) return [];
  const where = found.length === 1 ? `line ${found[0]}` : `lines ${found.slice(0, 10).join(", ")}`;
  return [
    `${path} ${where} ${found.length === 1 ? "looks" : "look"} like ${found.length === 1 ? "it holds a secret" : "they hold secrets"}; ${leaves} ${found.length === 1 ? "it" : "them"} as written. Check whether ${found.length === 1 ? "it is" : "they are"} a real credential or a placeholder.`,
  ];
}
