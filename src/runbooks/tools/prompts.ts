// The runbook-review prompt: a runbook draft and the incident it comes from, for a model to judge.
import { z } from "zod";
import type { CallContext } from "../../ports/call-context.js";
import { definePrompt } from "../../ports/prompt.js";

/** Incidents offered when completing an incident id: the most recent ones. */
const COMPLETION = { incidents: 50, offered: 20 } as const;

export const runbookPrompts = [
  definePrompt({
    name: "runbook-review",
    title: "Runbook review",
    description:
      "Asks for a review of the runbook update drafted from one incident: judge each step and add what the records cannot show (why it worked, what to check first).",
    args: z.object({ incidentId: z.string().describe("Incident id or number") }),
    complete: { incidentId: completeIncidentIds },
    handler: async (args, ctx) =>
      (await import("./review-prompt-answer.js")).runbookReviewAnswer(args.incidentId, ctx),
  }),
];

/** Ids (or numbers, when digits were typed) of the most recent incidents that start with what was typed. */
async function completeIncidentIds(typed: string, ctx: CallContext): Promise<string[]> {
  const wanted = typed.trim().toLowerCase();
  const page = await ctx.sources.incidents.listIncidents(
    { until: ctx.now.toISOString(), limit: COMPLETION.incidents, offset: 0 },
    { signal: ctx.signal, requests: ctx.requests },
  );
  const values = page.incidents.map((incident) =>
    /^\d+$/.test(wanted) ? String(incident.number) : incident.id,
  );
  return [...new Set(values.filter((value) => value.toLowerCase().startsWith(wanted)))].slice(
    0,
    COMPLETION.offered,
  );
}
