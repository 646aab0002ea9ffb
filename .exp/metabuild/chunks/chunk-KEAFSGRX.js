import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  loadIncidentRecords
} from "./chunk-GMOACB7G.js";
import {
  findSimilarIncidents
} from "./chunk-5YST2SB2.js";
import {
  topMatches
} from "./chunk-HN7GKGSP.js";
import {
  summarizeIncident
} from "./chunk-VLGA6NG5.js";
import {
  quoteAsData
} from "./chunk-ADOWJJJJ.js";
import {
  MARKDOWN_BUDGET_BYTES,
  renderIncidentSummary
} from "./chunk-VLXTTZSX.js";
import {
  byteLength,
  clip
} from "./chunk-TMS5DXOB.js";

// src/incidents/narrative.ts
var NARRATIVE_MAX_TOKENS = 400, NARRATIVE_MAX_CHARS = 1500;
function narrativePrompt(summary) {
  return [
    `Write one paragraph (at most 120 words) telling the story of incident #${summary.incident.number} for an engineer who was not there: what broke, who responded and how fast, what fixed it, and what is still unknown.`,
    "Use only the facts below. Cite times as they appear (UTC). Where the facts are silent, say it is unknown rather than guessing.",
    "",
    quoteAsData(renderIncidentSummary(summary), "The incident summary")
  ].join(`
`);
}
async function writeNarrative(summary, ctx) {
  if (!ctx.sample)
    return {
      narrative: null,
      sentence: "No narrative: this client does not offer sampling, so the server cannot ask its model. The facts below are the summary."
    };
  try {
    let text = (await ctx.sample(narrativePrompt(summary), NARRATIVE_MAX_TOKENS)).trim();
    return text ? { narrative: clip(text, NARRATIVE_MAX_CHARS, !1), sentence: null } : {
      narrative: null,
      sentence: "No narrative: the client's model returned no text. The facts below stand."
    };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    let reason = error instanceof Error ? error.message : String(error);
    return {
      narrative: null,
      sentence: `No narrative: the client's model could not be asked (${clip(reason, 200)}). The facts below stand.`
    };
  }
}
function fitNarrative(narrative, roomBytes) {
  let size = (text) => byteLength(JSON.stringify(text));
  if (size(narrative) <= roomBytes) return narrative;
  let chars = Math.min(narrative.length, roomBytes);
  for (; chars > 0 && size(clip(narrative, chars, !1)) > roomBytes; ) chars -= 20;
  return chars > 0 ? clip(narrative, chars, !1) : "";
}

// src/incidents/summarize-incident-handler.ts
var STRUCTURED_LIMIT_BYTES = 23800;
async function incidentSummaryFor(idOrNumber, detail, ctx) {
  let records = await loadIncidentRecords(idOrNumber, ctx), summary = summarizeIncident(records, { detail, now: ctx.now }), similar = await similarAside(records, ctx);
  return { ...summary, similar, sources: { ...summary.sources, requests: ctx.requests.count } };
}
async function similarAside(records, ctx) {
  try {
    let quiet = { ...ctx, progress: async () => {
    } }, target = {
      incident: records.incident,
      notes: records.notes,
      alertKeys: records.alerts.items.map((alert) => alert.key)
    }, result = await findSimilarIncidents(quiet, target, { limit: 3, runbooks: !1 });
    return topMatches(result, 3);
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    return null;
  }
}
var handle = async (input, ctx) => {
  let summary = await incidentSummaryFor(input.incidentId, input.detail, ctx);
  if (!input.narrative) return { structured: summary, markdown: renderIncidentSummary(summary) };
  let outcome = await writeNarrative(summary, ctx), room = STRUCTURED_LIMIT_BYTES - byteLength(JSON.stringify(summary)) - 13, narrative = outcome.narrative === null ? null : fitNarrative(outcome.narrative, room) || null, lead = narrative ? `**Narrative** (written by the client's model from the facts below)

${narrative}` : `_${outcome.sentence ?? "No narrative: the summary leaves it no room within the size limit."}_`, facts = renderIncidentSummary(summary, MARKDOWN_BUDGET_BYTES - byteLength(lead) - 2);
  return { structured: { ...summary, narrative }, markdown: `${lead}

${facts}` };
};

export {
  incidentSummaryFor,
  handle
};
