import { defineTool, lazyHandler } from "../../ports/tool.js";
import { draftInput, draftOutput } from "./draft-schema.js";

export const draftRunbookUpdateTool = defineTool({
  name: "draft_runbook_update",
  title: "Draft a runbook update from an incident",
  description:
    "What an incident teaches its service's runbook (or a new one): symptoms, diagnosis and mitigation steps with evidence, a history entry, a diff git applies from the repository or workspace root. `changes`: your own reading citing record ids (see the runbook-review prompt); the server refuses any whose commands, paths or numbers are not in the cited records. Writes nothing.",
  input: draftInput,
  output: draftOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "runbooks"],
  verbatimFields: ["diff", "proposedContent"],
  handler: lazyHandler(() => import("./draft-runbook-update-handler.js")),
});
