import { defineTool } from "../lib/tool.js";
import { draftInput, draftOutput, draftStructured } from "./draft-schema.js";
import { draftForIncident } from "./incident-draft.js";
import { renderDraft } from "./render-draft.js";

export const draftRunbookUpdateTool = defineTool({
  name: "draft_runbook_update",
  title: "Draft a runbook update from an incident",
  description:
    "Drafts what an incident teaches its service's runbook (or a new one): symptoms, diagnosis and mitigation steps from the notes, a history entry, each with its evidence, and a diff git applies from the repository or workspace root. Pass `changes` (your own reading, citing record ids; the runbook-review prompt lists them) and the server proves and places them, refusing any whose commands, paths or numbers are not in the records cited. Writes nothing; propose_runbook_update does.",
  input: draftInput,
  output: draftOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  verbatimFields: ["diff", "proposedContent"],
  async handler(input, ctx) {
    await ctx.progress(0, 2, "Reading the incident and its runbook");
    const { records, draft } = await draftForIncident(input, ctx);
    await ctx.progress(2, 2, "Drafted");
    return { structured: draftStructured(draft), markdown: renderDraft(draft, records.incident) };
  },
});
