// read_runbook: one runbook's Markdown, its version, and the title list_runbooks shows for it.
import type { ToolHandler } from "../../ports/tool.js";
import { catalogEntry } from "../catalog/runbook-catalog.js";
import type { readRunbookInput, readRunbookOutput } from "./read-runbook-tool.js";

export const handle: ToolHandler<typeof readRunbookInput, typeof readRunbookOutput> = async (input, ctx) => {
  const file = await ctx.sources.runbooks.readRunbook(input.path, {
    signal: ctx.signal,
    requests: ctx.requests,
  });
  const { title } = catalogEntry(file.path, file.version, file.content).summary;
  return {
    structured: { path: file.path, title, version: file.version, content: file.content },
    markdown: `\`${file.path}\` (version ${file.version.slice(0, 7)})\n\n${file.content}`,
  };
};
