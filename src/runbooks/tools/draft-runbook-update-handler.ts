// draft_runbook_update: the incident's records and its service's runbook read, the draft made, nothing written.
import type { z } from "zod";
import type { ToolHandler } from "../../ports/tool.js";
import type { RunbookDraft } from "../draft/draft-types.js";
import { draftForIncident } from "../draft/incident-draft.js";
import { renderDraft } from "../render/render-draft.js";
import type { draftInput, draftOutput } from "./draft-schema.js";

export const handle: ToolHandler<typeof draftInput, typeof draftOutput> = async (input, ctx) => {
  await ctx.progress(0, 2, "Reading the incident and its runbook");
  const { records, draft } = await draftForIncident(input, ctx);
  await ctx.progress(2, 2, "Drafted");
  return { structured: draftStructured(draft), markdown: renderDraft(draft, records.incident) };
};

function draftStructured(draft: RunbookDraft): z.input<typeof draftOutput> {
  return {
    runbookPath: draft.runbookPath,
    diffPath: draft.diffPath,
    baseVersion: draft.baseVersion,
    created: draft.created,
    changes: draft.changes,
    refused: draft.refused,
    diff: draft.diff,
    proposedContent: draft.proposedContent,
    warnings: draft.warnings,
  };
}
