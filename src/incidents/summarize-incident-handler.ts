// summarize_incident: what the tool does when called, loaded on its first call.

import type { CallContext } from "../ports/call-context.js";
import type { ToolHandler } from "../ports/tool.js";
import { byteLength } from "./format.js";
import { loadIncidentRecords } from "./load-incident.js";
import { fitNarrative, writeNarrative } from "./narrative.js";
import { MARKDOWN_BUDGET_BYTES, renderIncidentSummary } from "./render-summary.js";
import type { Detail, IncidentSummary, summarizeIncidentInput, summarizeIncidentOutput } from "./schemas.js";
import { topMatches } from "./similar/schema.js";
import { findSimilarIncidents } from "./similar/search.js";
import { type IncidentRecords, summarizeIncident } from "./summarize.js";

/** The structured content stays under 24 KB with the narrative too; this leaves room for the envelope. */
const STRUCTURED_LIMIT_BYTES = 23_800;

/** The summary of one incident: what the tool, the prompts and the incident:// resource all start from. */
export async function incidentSummaryFor(
  idOrNumber: string,
  detail: Detail,
  ctx: CallContext,
): Promise<IncidentSummary> {
  const records = await loadIncidentRecords(idOrNumber, ctx);
  const summary = summarizeIncident(records, { detail, now: ctx.now });
  const similar = await similarAside(records, ctx);
  return { ...summary, similar, sources: { ...summary.sources, requests: ctx.requests.count } };
}

/**
 * The top 3 of find_similar_incidents for this incident: the same search, ranking and "what fixed it", so the two
 * never disagree. An aside, so a failed search leaves the summary whole.
 */
async function similarAside(records: IncidentRecords, ctx: CallContext): Promise<IncidentSummary["similar"]> {
  try {
    // Its own progress would count pages from zero again: the summary's progress stays monotonic without it.
    const quiet = { ...ctx, progress: async () => {} };
    const target = {
      incident: records.incident,
      notes: records.notes,
      alertKeys: records.alerts.items.map((alert) => alert.key),
    };
    const result = await findSimilarIncidents(quiet, target, { limit: 3, runbooks: false });
    return topMatches(result, 3);
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    return null;
  }
}

export const handle: ToolHandler<typeof summarizeIncidentInput, typeof summarizeIncidentOutput> = async (
  input,
  ctx,
) => {
  const summary = await incidentSummaryFor(input.incidentId, input.detail, ctx);
  if (!input.narrative) return { structured: summary, markdown: renderIncidentSummary(summary) };

  const outcome = await writeNarrative(summary, ctx);
  const room = STRUCTURED_LIMIT_BYTES - byteLength(JSON.stringify(summary)) - '"narrative":,'.length;
  const narrative = outcome.narrative === null ? null : fitNarrative(outcome.narrative, room) || null;
  const lead = narrative
    ? `**Narrative** (written by the client's model from the facts below)\n\n${narrative}`
    : `_${outcome.sentence ?? "No narrative: the summary leaves it no room within the size limit."}_`;
  const facts = renderIncidentSummary(summary, MARKDOWN_BUDGET_BYTES - byteLength(lead) - 2);
  return { structured: { ...summary, narrative }, markdown: `${lead}\n\n${facts}` };
};
