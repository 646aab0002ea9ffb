// The text of the incident prompts: the computed facts, fenced as data, and what the model is asked to write.
import { quoteAsData } from "../lib/quote-data.js";
import { renderOncallDigest } from "./render-digest.js";
import { renderIncidentSummary } from "./render-summary.js";
import type { IncidentSummary, OncallDigest } from "./schemas.js";

const GROUNDING =
  "Use only the facts below; where they are silent, write that it is unknown instead of guessing. Times are UTC.";

export function incidentSummaryPrompt(summary: IncidentSummary): string {
  return [
    `Summarise incident #${summary.incident.number} for an engineer who reads it in 20 seconds: what broke and for how long, who responded and how fast, what fixed it, and what is still open. Short prose, no headings, at most 120 words.`,
    GROUNDING,
    "",
    quoteAsData(renderIncidentSummary(summary), "The computed incident summary"),
  ].join("\n");
}

export const POSTMORTEM_SECTIONS = [
  "Summary",
  "Impact",
  "Timeline",
  "Root cause",
  "Resolution",
  "Action items",
] as const;

export function postmortemPrompt(summary: IncidentSummary): string {
  const facts = {
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
    similarPastIncidents: summary.similar ?? [],
  };
  return [
    `Draft a blameless postmortem of incident #${summary.incident.number} in Markdown with exactly these sections: ${POSTMORTEM_SECTIONS.map((name) => `## ${name}`).join(", ")}.`,
    "Cite the log entry time (UTC, as in the timeline's `at`) for every event you mention, e.g. (10:17 UTC). In Root cause, separate what the records show from hypotheses, and mark hypotheses as such. Action items are concrete, each with a suggested owner role. List the open questions under the section they concern. `similarPastIncidents` are other incidents, given as context only: mention them where they help (a recurring cause, a fix that worked before), never as facts of this incident.",
    GROUNDING,
    "",
    quoteAsData(JSON.stringify(facts, null, 1), "The incident's computed facts (JSON)", "json"),
  ].join("\n");
}

export function oncallHandoffPrompt(digest: OncallDigest): string {
  return [
    "Write the on-call handoff note for the next person on call, ready to paste into Slack: the highlights first, then what is still open and who owns it, recurring alerts worth a ticket, and after-hours pages worth a word with the team. At most 200 words; keep incident numbers and times.",
    GROUNDING,
    "",
    quoteAsData(renderOncallDigest(digest), "The computed handoff digest"),
  ].join("\n");
}
