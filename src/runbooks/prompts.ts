// The runbook-review prompt: a runbook draft and the incident it comes from, for a model to judge.
import { completable } from "@modelcontextprotocol/sdk/server/completable.js";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { publishText, withProtocolCall } from "../protocol-call.js";
import { draftFromRecords, loadIncidentRecords } from "./incident-draft.js";
import { runbookReviewPrompt } from "./review-prompt-text.js";

/** Incidents offered when completing an incident id: the most recent ones. */
const COMPLETION = { incidents: 50, offered: 20 } as const;

export function registerRunbookPrompts(server: McpServer, app: AppContext): void {
  server.registerPrompt(
    "runbook-review",
    {
      title: "Runbook review",
      description:
        "Asks for a review of the runbook update drafted from one incident: judge each step and add what the records cannot show (why it worked, what to check first).",
      argsSchema: {
        incidentId: completable(z.string().describe("Incident id or number"), (value) =>
          completeIncidentIds(app, value),
        ),
      },
    },
    (args, extra) =>
      withProtocolCall(app, "runbook-review", extra.signal, async (ctx) => {
        const records = await loadIncidentRecords(args.incidentId, ctx);
        const draft = await draftFromRecords(records, undefined, ctx);
        return {
          description: `Review of the runbook draft from incident #${records.incident.number}`,
          messages: [
            {
              role: "user" as const,
              content: { type: "text" as const, text: publishText(app, runbookReviewPrompt(records, draft)) },
            },
          ],
        };
      }),
  );
}

/** Ids (or numbers, when digits were typed) of the most recent incidents that start with what was typed. */
async function completeIncidentIds(app: AppContext, typed: string): Promise<string[]> {
  const wanted = typed.trim().toLowerCase();
  try {
    const incidents = await withProtocolCall(app, "completion", AbortSignal.timeout(10_000), async (ctx) => {
      const page = await ctx.sources.incidents.listIncidents(
        { until: ctx.now.toISOString(), limit: COMPLETION.incidents, offset: 0 },
        { signal: ctx.signal, requests: ctx.requests },
      );
      return page.incidents;
    });
    const values = incidents.map((incident) =>
      /^\d+$/.test(wanted) ? String(incident.number) : incident.id,
    );
    return [...new Set(values.filter((value) => value.toLowerCase().startsWith(wanted)))].slice(
      0,
      COMPLETION.offered,
    );
  } catch {
    return [];
  }
}
