// read_runbook: one runbook's Markdown, its version, and the title list_runbooks shows for it.
import type { ToolHandler } from "../../ports/tool.js";
import { catalogEntry } from "../catalog/runbook-catalog.js";
import { secretLookingLines } from "../draft/secret-lines.js";
import type { readRunbookInput, readRunbookOutput } from "./read-runbook-tool.js";

export const handle: ToolHandler<typeof readRunbookInput, typeof readRunbookOutput> = async (input, ctx) => {
  const file = await ctx.sources.runbooks.readRunbook(input.path, {
    signal: ctx.signal,
    requests: ctx.requests,
  });
  const { title } = catalogEntry(file.path, file.version, file.content).summary;
  const warnings = secretLookingLines(file.path, file.content, "read_runbook returns");
  // The text answer goes through the server's redaction like every text; structuredContent.content is the file.
  const notes = warnings.map(
    (warning) => `> ${warning} structuredContent.content holds the file as written.\n\n`,
  );
  return {
    structured: { path: file.path, title, version: file.version, content: file.content, warnings },
    markdown: `\`${file.path}\` (version ${file.version.slice(0, 7)})\n\n${notes.join("")}${file.content}`,
  };
};
