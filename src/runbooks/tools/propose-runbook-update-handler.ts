// propose_runbook_update: the draft made into a pull request (GitHub) or written to the file (workspace); a runbook
// that changed while it was being proposed is drafted again on its new version, never overwritten.
import { StaleVersionError } from "../../lib/errors.js";
import type { RunbookProposalResult } from "../../ports/sources.js";
import type { ToolHandler } from "../../ports/tool.js";
import { draftFromRecords, loadIncidentRecords } from "../draft/incident-draft.js";
import {
  renderNothingToPropose,
  renderProposalReply,
  renderProposalText,
} from "../render/render-proposal.js";
import type { proposeInput, proposeOutput } from "./propose-runbook-update-tool.js";

/** Times a proposal is drafted again on a runbook that changed while it was being proposed. */
export const MAX_REDRAFTS = 2;

export const handle: ToolHandler<typeof proposeInput, typeof proposeOutput> = async (input, ctx) => {
  const records = await loadIncidentRecords(input.incidentId, ctx);
  const { incident } = records;
  for (let redrafts = 0; ; redrafts++) {
    await ctx.progress(redrafts, MAX_REDRAFTS + 1, redrafts === 0 ? "Drafting" : "Redrafting");
    const draft = await draftFromRecords(records, input.runbookPath, ctx, input);
    const refused = draft.refused.map(({ index, reason }) => ({ index, reason }));
    if (draft.changes.length === 0) {
      return {
        structured: {
          mode: ctx.sources.runbooks.proposalMode,
          path: draft.runbookPath,
          branch: null,
          pullRequest: null,
          updated: false,
          changes: 0,
          baseVersion: draft.baseVersion,
          refused,
        },
        markdown: renderNothingToPropose(draft, incident.number),
      };
    }
    const text = renderProposalText(draft, incident, records.service, input.title);
    let result: RunbookProposalResult;
    try {
      result = await ctx.sources.runbooks.proposeChange(
        {
          path: draft.runbookPath,
          content: draft.proposedContent,
          baseVersion: draft.baseVersion,
          ...text,
        },
        { signal: ctx.signal, requests: ctx.requests },
      );
    } catch (error) {
      if (error instanceof StaleVersionError && redrafts < MAX_REDRAFTS) continue;
      throw error;
    }
    return {
      structured: {
        mode: result.mode,
        path: result.path,
        branch: result.branch,
        pullRequest: result.pullRequest,
        updated: result.updated,
        changes: draft.changes.length,
        baseVersion: draft.baseVersion,
        refused,
      },
      markdown: renderProposalReply(result, draft, incident.number, redrafts),
    };
  }
};
