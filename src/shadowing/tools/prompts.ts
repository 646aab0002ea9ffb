// The shadowing prompts: shadow-briefing (before a shadow shift), incident-drill (the model as game master of a
// drill from a past incident) and one-on-one (an agenda for a lead and a mentee from the records). Their answers
// load on first use.
import { z } from "zod";
import type { CallContext } from "../../ports/call-context.js";
import { definePrompt } from "../../ports/prompt.js";

/** Mentee ids that start with what was typed. */
async function completeMentees(typed: string, ctx: CallContext): Promise<string[]> {
  const wanted = typed.trim().toLowerCase();
  return ctx.team.engineers
    .filter((engineer) => engineer.mentee && engineer.id.startsWith(wanted))
    .map((engineer) => engineer.id)
    .slice(0, 20);
}

const mentee = z.string().describe("Mentee's engineer id");

export const shadowingPrompts = [
  definePrompt({
    name: "shadow-briefing",
    title: "Shadow briefing",
    description:
      "Before a shadow on-call shift: the mentor, the services and their runbooks, the last incidents on them, and what a shadow should watch for.",
    args: z.object({
      mentee,
      start: z.string().optional().describe("Shift start, ISO 8601 (default: their next shadow shift)"),
    }),
    complete: { mentee: completeMentees },
    handler: async (args, ctx) =>
      (await import("./briefing-prompt-answer.js")).shadowBriefingAnswer(args.mentee, args.start, ctx),
  }),
  definePrompt({
    name: "incident-drill",
    title: "Incident drill",
    description:
      "Runs a drill from a past incident as game master: the page first, one stage per answer, the answer key held back until the trainee gives their fix.",
    args: z.object({
      mentee,
      incidentId: z.string().optional().describe("Incident id or number (default: chosen for the mentee)"),
    }),
    complete: { mentee: completeMentees },
    handler: async (args, ctx) =>
      (await import("./path-prompt-answers.js")).incidentDrillAnswer(args.mentee, args.incidentId, ctx),
  }),
  definePrompt({
    name: "one-on-one",
    title: "One-on-one agenda",
    description:
      "An agenda for a lead's one-on-one with a mentee from the records: progress since the last one, what they saw, strengths, learning goals not yet covered, a stretch, and one thing to recognise.",
    args: z.object({
      mentee,
      since: z.string().optional().describe("The last one-on-one, ISO 8601 (default 14 days ago)"),
    }),
    complete: { mentee: completeMentees },
    handler: async (args, ctx) =>
      (await import("./path-prompt-answers.js")).oneOnOneAnswer(args.mentee, args.since, ctx),
  }),
];
