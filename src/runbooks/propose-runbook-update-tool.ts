import { z } from "zod";
import { StaleVersionError } from "../lib/errors.js";
import type { RunbookProposalResult } from "../ports/sources.js";
import { defineTool } from "../ports/tool.js";
import { changesField, incidentIdField, reviewedField, runbookPathField } from "./draft-schema.js";
import type { RunbookDraft } from "./draft-types.js";
import { draftFromRecords, loadIncidentRecords } from "./incident-draft.js";
import { proposalText } from "./proposal-text.js";

/** Times a proposal is drafted again on a runbook that changed while it was being proposed. */
export const MAX_REDRAFTS = 2;

export const proposeRunbookUpdateTool = defineTool({
  name: "propose_runbook_update",
  title: "Propose a runbook update from an incident",
  description:
    "draft_runbook_update's draft as a proposal. GitHub: a commit on branch runbook/<incident number>-<service> and a pull request listing each change with its evidence, never the default branch. Workspace: the file. Repeating updates the same pull request; a runbook changed meanwhile is redrafted, not overwritten.",
  input: z.object({
    incidentId: incidentIdField,
    runbookPath: runbookPathField.optional(),
    title: z.string().max(200).optional().describe("Pull request title"),
    changes: changesField.optional(),
    reviewed: reviewedField.optional(),
  }),
  output: z.object({
    mode: z.enum(["workspace", "github"]),
    path: z.string(),
    branch: z.string().nullable(),
    pullRequest: z.object({ number: z.number().int(), url: z.string() }).nullable(),
    updated: z.boolean().describe("An earlier proposal or file was updated"),
    changes: z.number().int().describe("Changes proposed; 0: nothing to do"),
    baseVersion: z.string().nullable().describe("Version drafted on"),
    refused: z.array(z.object({ index: z.number().int(), reason: z.string() })),
  }),
  writes: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  reaches: ["incidents", "runbooks"],
  async handler(input, ctx) {
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
          markdown: [
            `Nothing to propose: \`${draft.runbookPath}\` already covers what the records of incident #${incident.number} show. Nothing was written.`,
            ...refusedLines(draft),
          ].join("\n\n"),
        };
      }
      const text = proposalText(draft, incident, records.service, input.title);
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
        markdown: renderProposal(result, draft, incident.number, redrafts),
      };
    }
  },
});

function renderProposal(
  result: RunbookProposalResult,
  draft: RunbookDraft,
  incidentNumber: number,
  redrafts: number,
): string {
  const count = `${draft.changes.length} change${draft.changes.length === 1 ? "" : "s"}`;
  const lines = result.pullRequest
    ? [
        `${result.updated ? "Updated" : "Opened"} pull request #${result.pullRequest.number} (${result.pullRequest.url}) on branch \`${result.branch}\`: ${count} to \`${result.path}\` from incident #${incidentNumber}.`,
      ]
    : [
        `${draft.created ? "Created" : "Updated"} \`${result.path}\` in the workspace: ${count} from incident #${incidentNumber}.`,
      ];
  if (redrafts > 0)
    lines.push(
      `The runbook changed while this was being proposed, so it was redrafted on version ${draft.baseVersion?.slice(0, 7) ?? "none"}; nothing was overwritten.`,
    );
  for (const warning of draft.warnings) lines.push(`- ⚠ ${warning}`);
  lines.push(...refusedLines(draft));
  return lines.join("\n\n");
}

function refusedLines(draft: RunbookDraft): string[] {
  return draft.refused.map((item) => `- Change ${item.index + 1} (${item.kind}) was refused: ${item.reason}`);
}
