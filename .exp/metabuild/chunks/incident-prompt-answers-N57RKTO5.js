import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  incidentSummaryFor
} from "./chunk-KEAFSGRX.js";
import "./chunk-GMOACB7G.js";
import "./chunk-5YST2SB2.js";
import "./chunk-HN7GKGSP.js";
import "./chunk-VLGA6NG5.js";
import {
  oncallDigestFor,
  renderOncallDigest
} from "./chunk-C7CCYVBW.js";
import "./chunk-2RE4KR5W.js";
import "./chunk-IJE3HZ4D.js";
import "./chunk-23M5H5XB.js";
import "./chunk-V5UGJZVH.js";
import {
  quoteAsData
} from "./chunk-ADOWJJJJ.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-AVLOQ4UV.js";
import "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import {
  renderIncidentSummary
} from "./chunk-VLXTTZSX.js";
import "./chunk-UDNMDLIJ.js";
import "./chunk-BZ4A7NZ4.js";
import "./chunk-HP6QBOZM.js";
import "./chunk-TMS5DXOB.js";
import "./chunk-65K74YAK.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/incidents/prompt-text.ts
var GROUNDING = "Use only the facts below; where they are silent, write that it is unknown instead of guessing. Times are UTC.";
function incidentSummaryPrompt(summary) {
  return [
    `Summarise incident #${summary.incident.number} for an engineer who reads it in 20 seconds: what broke and for how long, who responded and how fast, what fixed it, and what is still open. Short prose, no headings, at most 120 words.`,
    GROUNDING,
    "",
    quoteAsData(renderIncidentSummary(summary), "The computed incident summary")
  ].join(`
`);
}
var POSTMORTEM_SECTIONS = [
  "Summary",
  "Impact",
  "Timeline",
  "Root cause",
  "Resolution",
  "Action items"
];
function postmortemPrompt(summary) {
  let facts = {
    incident: summary.incident,
    createdAt: summary.createdAt,
    acknowledgedAt: summary.acknowledgedAt,
    resolvedAt: summary.resolvedAt,
    timeToAcknowledgeSeconds: summary.timeToAcknowledgeSeconds,
    timeToResolveSeconds: summary.timeToResolveSeconds,
    responders: summary.responders,
    escalations: summary.escalations,
    reassignments: summary.reassignments,
    notifications: summary.notifications,
    alerts: summary.alerts,
    timeline: summary.timeline,
    notes: summary.notes,
    resolution: summary.resolution,
    openQuestions: summary.openQuestions,
    similarPastIncidents: summary.similar ?? []
  };
  return [
    `Draft a blameless postmortem of incident #${summary.incident.number} in Markdown with exactly these sections: ${POSTMORTEM_SECTIONS.map((name) => `## ${name}`).join(", ")}.`,
    "Cite the log entry time (UTC, as in the timeline's `at`) for every event you mention, e.g. (10:17 UTC). In Root cause, separate what the records show from hypotheses, and mark hypotheses as such. Action items are concrete, each with a suggested owner role. List the open questions under the section they concern. `similarPastIncidents` are other incidents, given as context only: mention them where they help (a recurring cause, a fix that worked before), never as facts of this incident.",
    GROUNDING,
    "",
    quoteAsData(JSON.stringify(facts, null, 1), "The incident's computed facts (JSON)", "json")
  ].join(`
`);
}
function oncallHandoffPrompt(digest) {
  return [
    "Write the on-call handoff note for the next person on call, ready to paste into Slack: the highlights first, then what is still open and who owns it, recurring alerts worth a ticket, and after-hours pages worth a word with the team. At most 200 words; keep incident numbers and times.",
    GROUNDING,
    "",
    quoteAsData(renderOncallDigest(digest), "The computed handoff digest")
  ].join(`
`);
}

// src/incidents/incident-prompt-answers.ts
async function incidentSummaryAnswer(incidentId, ctx) {
  let summary = await incidentSummaryFor(incidentId, "brief", ctx);
  return {
    description: `Summary of incident #${summary.incident.number}`,
    messages: [incidentSummaryPrompt(summary)]
  };
}
async function postmortemAnswer(incidentId, ctx) {
  let summary = await incidentSummaryFor(incidentId, "full", ctx);
  return {
    description: `Postmortem draft for incident #${summary.incident.number}`,
    messages: [postmortemPrompt(summary)]
  };
}
async function handoffAnswer(window, ctx) {
  let digest = await oncallDigestFor(window, ctx);
  return {
    description: `On-call handoff ${digest.window.since} to ${digest.window.until}`,
    messages: [oncallHandoffPrompt(digest)]
  };
}
async function incidentResourceText(id, ctx) {
  let summary = await incidentSummaryFor(id, "brief", ctx);
  return quoteAsData(renderIncidentSummary(summary), `The summary of incident #${summary.incident.number}`);
}
export {
  handoffAnswer,
  incidentResourceText,
  incidentSummaryAnswer,
  postmortemAnswer
};
