// The incident prompts (incident-summary, postmortem-draft, oncall-handoff) and the incident://{id} resource, with
// completion of incident ids. Everything they return passes through the same redaction as tool output.
import { completable } from "@modelcontextprotocol/sdk/server/completable.js";
import { type McpServer, ResourceTemplate } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { GetPromptResult } from "@modelcontextprotocol/sdk/types.js";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { DAY_MS, parseInstant } from "../lib/dates.js";
import { UserInputError } from "../lib/errors.js";
import { quoteAsData } from "../lib/quote-data.js";
import type { ToolContext } from "../lib/tool.js";
import type { Incident } from "../model.js";
import { publishText, withProtocolCall } from "../protocol-call.js";
import { clip } from "./format.js";
import { incidentSummaryPrompt, oncallHandoffPrompt, postmortemPrompt } from "./prompt-text.js";
import { renderIncidentSummary } from "./render-summary.js";
import { incidentSummaryFor } from "./summarize-incident-tool.js";
import { oncallDigestFor } from "./summarize-oncall-period-tool.js";

/** Incidents offered by completion and resources/list: the most recent, from the last 30 days. */
export const RECENT = { days: 30, incidents: 100, offered: 20 } as const;

export function registerIncidentPromptsAndResources(server: McpServer, app: AppContext): void {
  const publish = (text: string) => publishText(app, text);
  const completeIds = (value: string) => completeIncidentIds(app, value);
  const incidentId = completable(
    z.string().describe("Incident id such as Q2K4GW9LZ1F0XW, or its number such as 1234"),
    completeIds,
  );
  const prompt = (description: string, text: string): GetPromptResult => ({
    description,
    messages: [{ role: "user", content: { type: "text", text: publish(text) } }],
  });

  server.registerPrompt(
    "incident-summary",
    {
      title: "Incident summary",
      description: "Asks for a 20-second prose summary of one incident, grounded in its computed facts.",
      argsSchema: { incidentId },
    },
    (args, extra) =>
      withProtocolCall(app, "incident-summary", extra.signal, async (ctx) => {
        const summary = await incidentSummaryFor(args.incidentId, "brief", ctx);
        return prompt(`Summary of incident #${summary.incident.number}`, incidentSummaryPrompt(summary));
      }),
  );

  server.registerPrompt(
    "postmortem-draft",
    {
      title: "Postmortem draft",
      description:
        "Asks for a blameless postmortem (Summary, Impact, Timeline, Root cause, Resolution, Action items) citing log entry times, from the incident's computed facts.",
      argsSchema: { incidentId },
    },
    (args, extra) =>
      withProtocolCall(app, "postmortem-draft", extra.signal, async (ctx) => {
        const summary = await incidentSummaryFor(args.incidentId, "full", ctx);
        return prompt(`Postmortem draft for incident #${summary.incident.number}`, postmortemPrompt(summary));
      }),
  );

  server.registerPrompt(
    "oncall-handoff",
    {
      title: "On-call handoff",
      description:
        "Asks for a Slack-ready handoff note for a period (default: the last 7 days), from the computed digest.",
      argsSchema: {
        since: z.string().optional().describe("Start, ISO 8601 (default: 7 days before until)"),
        until: z.string().optional().describe("End, ISO 8601 (default: now)"),
      },
    },
    (args, extra) =>
      withProtocolCall(app, "oncall-handoff", extra.signal, async (ctx) => {
        const digest = await oncallDigestFor(
          { since: promptInstant("since", args.since), until: promptInstant("until", args.until) },
          ctx,
        );
        return prompt(
          `On-call handoff ${digest.window.since} to ${digest.window.until}`,
          oncallHandoffPrompt(digest),
        );
      }),
  );

  server.registerResource(
    "incident",
    new ResourceTemplate("incident://{id}", {
      list: (extra) =>
        withProtocolCall(app, "resources/list", extra.signal, async (ctx) => ({
          resources: (await recentIncidents(ctx)).slice(0, RECENT.offered).map((incident) => ({
            uri: `incident://${incident.id}`,
            name: publish(`#${incident.number} ${clip(incident.title, 100)}`),
            mimeType: "text/markdown",
          })),
        })),
      complete: { id: completeIds },
    }),
    {
      title: "Incident summary",
      description:
        "The summary of one incident as Markdown (the brief summarize_incident text), fenced and marked as data, never instructions.",
      mimeType: "text/markdown",
    },
    (uri, variables, extra) =>
      withProtocolCall(app, `reading ${uri.href}`, extra.signal, async (ctx) => {
        const id = decodedId(String([variables["id"]].flat()[0] ?? ""));
        if (!id) throw new UserInputError("Name the incident in the URI, as incident://<id or number>.");
        const summary = await incidentSummaryFor(id, "brief", ctx);
        return {
          contents: [
            {
              uri: uri.href,
              mimeType: "text/markdown",
              text: publish(
                quoteAsData(
                  renderIncidentSummary(summary),
                  `The summary of incident #${summary.incident.number}`,
                ),
              ),
            },
          ],
        };
      }),
  );
}

/** The URI's id, percent-decoded; a stray "%" is a sentence, not a crash. */
function decodedId(variable: string): string {
  try {
    return decodeURIComponent(variable);
  } catch {
    throw new UserInputError(
      `The incident URI has a "%" that is not followed by two hex digits (${clip(variable, 40)}); write it as incident://<id or number>, with "%" as %25.`,
    );
  }
}

function promptInstant(name: string, text: string | undefined): Date | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const parsed = parseInstant(text.trim());
  if (typeof parsed === "string") throw new UserInputError(`${name}: ${parsed}.`);
  return parsed;
}

async function recentIncidents(ctx: ToolContext): Promise<Incident[]> {
  const until = ctx.now;
  const since = new Date(until.getTime() - RECENT.days * DAY_MS);
  const page = await ctx.sources.incidents.listIncidents(
    { since: since.toISOString(), until: until.toISOString(), limit: RECENT.incidents, offset: 0 },
    { signal: ctx.signal, requests: ctx.requests },
  );
  return page.incidents;
}

/** Ids of recent incidents starting with what was typed, or numbers when digits were typed; none on failure. */
async function completeIncidentIds(app: AppContext, typed: string): Promise<string[]> {
  const wanted = typed.trim().toLowerCase();
  try {
    const incidents = await withProtocolCall(app, "completion", AbortSignal.timeout(10_000), recentIncidents);
    const candidates = /^\d+$/.test(wanted)
      ? incidents.map((incident) => String(incident.number))
      : incidents.map((incident) => incident.id);
    return [...new Set(candidates.filter((value) => value.toLowerCase().startsWith(wanted)))].slice(
      0,
      RECENT.offered,
    );
  } catch {
    return [];
  }
}
