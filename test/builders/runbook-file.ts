// The one RunbookFile builder: payments-api.md at a fixed version.
import type { RunbookFile } from "../../src/model.js";

export function runbookFile(
  content: string,
  overrides: Partial<Omit<RunbookFile, "content">> = {},
): RunbookFile {
  return { path: "payments-api.md", content, version: "v1-base", ...overrides };
}
