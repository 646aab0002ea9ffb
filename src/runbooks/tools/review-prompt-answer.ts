// The runbook-review prompt's text, loaded on its first use.
import type { CallContext } from "../../ports/call-context.js";
import type { PromptAnswer } from "../../ports/prompt.js";
import { draftFromRecords, loadIncidentRecords } from "../draft/incident-draft.js";
import { renderRunbookReviewPrompt } from "../render/render-review-prompt.js";

export async function runbookReviewAnswer(incidentId: string, ctx: CallContext): Promise<PromptAnswer> {
  const records = await loadIncidentRecords(incidentId, ctx);
  const draft = await draftFromRecords(records, undefined, ctx);
  return {
    description: `Review of the runbook draft from incident #${records.incident.number}`,
    messages: [renderRunbookReviewPrompt(records, draft)],
  };
}
