// The runbook-review prompt's text, loaded on its first use.
import type { CallContext } from "../ports/call-context.js";
import type { PromptAnswer } from "../ports/prompt.js";
import { draftFromRecords, loadIncidentRecords } from "./incident-draft.js";
import { runbookReviewPrompt } from "./review-prompt-text.js";

export async function runbookReviewAnswer(incidentId: string, ctx: CallContext): Promise<PromptAnswer> {
  const records = await loadIncidentRecords(incidentId, ctx);
  const draft = await draftFromRecords(records, undefined, ctx);
  return {
    description: `Review of the runbook draft from incident #${records.incident.number}`,
    messages: [runbookReviewPrompt(records, draft)],
  };
}
