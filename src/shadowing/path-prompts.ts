// The prompts of the path to on call: incident-drill (the model as game master of a drill) and one-on-one (an
// agenda for a lead and a mentee from the records).
import { completable } from "@modelcontextprotocol/sdk/server/completable.js";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { AppContext } from "../context.js";
import { DAY_MS, parseInstant } from "../lib/dates.js";
import { UserInputError } from "../lib/errors.js";
import { publishText, withProtocolCall } from "../protocol-call.js";
import { createDrill } from "./drills/create-incident-drill-tool.js";
import { incidentDrillPrompt } from "./drills/drill-prompt-text.js";
import { engineerOf } from "./readiness/oncall-readiness-tool.js";
import { oneOnOnePrompt } from "./readiness/one-on-one-text.js";
import { readAndAssess } from "./readiness/readiness-records.js";

/** A one-on-one looks back this far unless told since when. */
const ONE_ON_ONE_DAYS = 14;

export function registerPathPrompts(server: McpServer, app: AppContext): void {
  const menteeArg = () =>
    completable(z.string().describe("Mentee's engineer id"), async (typed) => {
      try {
        const team = await app.sources.team.load();
        return team.engineers
          .filter((e) => e.mentee && e.id.startsWith(typed.trim().toLowerCase()))
          .map((e) => e.id)
          .slice(0, 20);
      } catch {
        return [];
      }
    });

  server.registerPrompt(
    "incident-drill",
    {
      title: "Incident drill",
      description:
        "Runs a drill from a past incident as game master: the page first, one stage per answer, the answer key held back until the trainee gives their fix.",
      argsSchema: {
        mentee: menteeArg(),
        incidentId: z.string().optional().describe("Incident id or number (default: chosen for the mentee)"),
      },
    },
    (args, extra) =>
      withProtocolCall(app, "incident-drill", extra.signal, async (ctx) => {
        const { drill } = await createDrill(args.mentee, args.incidentId, ctx);
        const mentee = engineerOf(ctx.team, args.mentee);
        return {
          description: `Incident drill for ${mentee.name}: #${drill.incident.number}`,
          messages: [
            {
              role: "user" as const,
              content: { type: "text" as const, text: publishText(app, incidentDrillPrompt(drill, mentee)) },
            },
          ],
        };
      }),
  );

  server.registerPrompt(
    "one-on-one",
    {
      title: "One-on-one agenda",
      description:
        "An agenda for a lead's one-on-one with a mentee from the records: progress since the last one, what they saw, strengths, learning goals not yet covered, a stretch, and one thing to recognise.",
      argsSchema: {
        mentee: menteeArg(),
        since: z
          .string()
          .optional()
          .describe(`The last one-on-one, ISO 8601 (default ${ONE_ON_ONE_DAYS} days ago)`),
      },
    },
    (args, extra) =>
      withProtocolCall(app, "one-on-one", extra.signal, async (ctx) => {
        const mentee = engineerOf(ctx.team, args.mentee);
        let since = new Date(ctx.now.getTime() - ONE_ON_ONE_DAYS * DAY_MS);
        if (args.since !== undefined) {
          const parsed = parseInstant(args.since.trim());
          if (typeof parsed === "string") throw new UserInputError(`since: ${parsed}.`);
          since = parsed;
        }
        const { assessments, names } = await readAndAssess([mentee], ctx);
        const text = oneOnOnePrompt({ mentee, since, assessment: assessments[0]!, names });
        return {
          description: `One-on-one agenda for ${mentee.name}`,
          messages: [
            { role: "user" as const, content: { type: "text" as const, text: publishText(app, text) } },
          ],
        };
      }),
  );
}
