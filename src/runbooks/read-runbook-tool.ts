import { z } from "zod";
import { defineTool } from "../ports/tool.js";
import { catalogEntry } from "./runbook-catalog.js";

export const readRunbookTool = defineTool({
  name: "read_runbook",
  title: "Read a runbook",
  description:
    "Returns one runbook's Markdown and its version (the git blob sha on GitHub, a content hash in a workspace). Paths come from list_runbooks.",
  input: z.object({
    path: z.string().min(1).max(500).describe("Runbook path such as db/postgres.md"),
  }),
  output: z.object({
    path: z.string(),
    title: z.string(),
    version: z.string(),
    content: z.string(),
  }),
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["runbooks"],
  async handler(input, ctx) {
    const file = await ctx.sources.runbooks.readRunbook(input.path, {
      signal: ctx.signal,
      requests: ctx.requests,
    });
    const { title } = catalogEntry(file.path, file.version, file.content).summary;
    return {
      structured: { path: file.path, title, version: file.version, content: file.content },
      markdown: `\`${file.path}\` (version ${file.version.slice(0, 7)})\n\n${file.content}`,
    };
  },
});
