import { z } from "zod";
import { defineTool, lazyHandler } from "../../ports/tool.js";

export const readRunbookInput = z.object({
  path: z.string().min(1).max(500).describe("Runbook path such as db/postgres.md"),
});

export const readRunbookOutput = z.object({
  path: z.string(),
  title: z.string(),
  version: z.string(),
  content: z.string().describe("The file's own bytes, never rewritten by redaction"),
  warnings: z
    .array(z.string())
    .describe("Lines that look like secrets (a real credential or a placeholder): returned as written"),
});

export const readRunbookTool = defineTool({
  name: "read_runbook",
  title: "Read a runbook",
  description:
    "Returns one runbook's Markdown exactly as the file holds it and its version (the git blob sha on GitHub, a content hash in a workspace); warnings name lines that look like secrets. Paths come from list_runbooks.",
  input: readRunbookInput,
  output: readRunbookOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["runbooks"],
  // A runbook is a file's own bytes: a placeholder such as `password=REDACTED` stays as written; secret-looking lines
  // are named in `warnings` instead.
  verbatimFields: ["content"],
  handler: lazyHandler(() => import("./read-runbook-handler.js")),
});
