import { defineTool } from "../lib/tool.js";
import { draftInput, draftOutput, draftStructured } from "./draft-schema.js";
import { draftForIncident } from "./incident-draft.js";
import { renderDraft } from "./render-draft.js";

export const draftRunbookUpdateTool = defineTool({
  name: "draft_runbook_update",
  title: "Draft a runbook update from an incident",
  description:
    "Drafts what an incident teaches its service's runbook (or a new one): symptoms, diagnosis and mitigation commands from the notes, a history entry, each with its evidence, and a diff git applies. Writes nothing; propose_runbook_update does.",
  input: draftInput,
  output: draftOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  async handler(input, ctx) {
    await ctx.progress(0, 2, "Reading the incident and its runbook");
    const { records, draft } = await draftForIncident(input, ctx);
    await ctx.progress(2, 2, "Drafted");
    return { structured: draftStructured(draft), markdown: renderDraft(draft, records.incident) };
  },
});
