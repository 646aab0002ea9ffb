// The texts behind the incident prompts and the incident resource, loaded on their first use.

import { quoteAsData } from "../lib/quote-data.js";
import type { CallContext } from "../ports/call-context.js";
import type { PromptAnswer } from "../ports/prompt.js";
import { incidentSummaryPrompt, oncallHandoffPrompt, postmortemPrompt } from "./prompt-text.js";
import { renderIncidentSummary } from "./render-summary.js";
import { incidentSummaryFor } from "./summarize-incident-handler.js";
import { oncallDigestFor } from "./summarize-oncall-period-handler.js";

export async function incidentSummaryAnswer(incidentId: string, ctx: CallContext): Promise<PromptAnswer> {
  const summary = await incidentSummaryFor(incidentId, "brief", ctx);
  return {
    description: `Summary of incident #${summary.incident.number}`,
    messages: [incidentSummaryPrompt(summary)],
  };
}

export async function postmortemAnswer(incidentId: string, ctx: CallContext): Promise<PromptAnswer> {
  const summary = await incidentSummaryFor(incidentId, "full", ctx);
  return {
    description: `Postmortem draft for incident #${summary.incident.number}`,
    messages: [postmortemPrompt(summary)],
  };
}

export async function handoffAnswer(
  window: { since: Date | undefined; until: Date | undefined },
  ctx: CallContext,
): Promise<PromptAnswer> {
  const digest = await oncallDigestFor(window, ctx);
  return {
    description: `On-call handoff ${digest.window.since} to ${digest.window.until}`,
    messages: [oncallHandoffPrompt(digest)],
  };
}

export async function incidentResourceText(id: string, ctx: CallContext): Promise<string> {
  const summary = await incidentSummaryFor(id, "brief", ctx);
  return quoteAsData(renderIncidentSummary(summary), `The summary of incident #${summary.incident.number}`);
}
