import { z } from "zod";
import { defineTool, lazyHandler } from "../../ports/tool.js";

export const readRunbookInput = z.object({
  path: z.string().min(1).max(500).describe("Runbook path such as db/postgres.md"),
});

export const readRunbookOutput = z.object({
  path: z.string(),
  title: z.string(),
  version: z.string(),
  content: z.string(),
});

export const readRunbookTool = defineTool({
  name: "read_runbook",
  title: "Read a runbook",
  description:
    "Returns one runbook's Markdown and its version (the git blob sha on GitHub, a content hash in a workspace). Paths come from list_runbooks.",
  input: readRunbookInput,
  output: readRunbookOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["runbooks"],
  handler: lazyHandler(() => import("./read-runbook-handler.js")),
});
