// The answers of the path prompts (incident-drill, one-on-one), loaded on their first use.
import { DAY_MS, parseInstant } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import type { CallContext } from "../../ports/call-context.js";
import type { PromptAnswer } from "../../ports/prompt.js";
import { readAndAssess } from "../readiness/readiness-records.js";
import { readRunbookChanges } from "../readiness/runbook-changes.js";
import { renderIncidentDrillPrompt } from "../render/render-drill-prompt.js";
import { renderOneOnOnePrompt } from "../render/render-one-on-one-prompt.js";
import { createDrill } from "./create-incident-drill-handler.js";
import { engineerOf } from "./engineers.js";

/** A one-on-one looks back this far unless told since when. */
export const ONE_ON_ONE_DAYS = 14;

export async function incidentDrillAnswer(
  menteeId: string,
  incidentId: string | undefined,
  ctx: CallContext,
): Promise<PromptAnswer> {
  const { drill } = await createDrill(menteeId, incidentId, ctx);
  const mentee = engineerOf(ctx.team, menteeId);
  return {
    description: `Incident drill for ${mentee.name}: #${drill.incident.number}`,
    messages: [renderIncidentDrillPrompt(drill, mentee)],
  };
}

export async function oneOnOneAnswer(
  menteeId: string,
  sinceText: string | undefined,
  ctx: CallContext,
): Promise<PromptAnswer> {
  const mentee = engineerOf(ctx.team, menteeId);
  let since = new Date(ctx.now.getTime() - ONE_ON_ONE_DAYS * DAY_MS);
  if (sinceText !== undefined) {
    const parsed = parseInstant(sinceText.trim());
    if (typeof parsed === "string") throw new UserInputError(`since: ${parsed}.`);
    since = parsed;
  }
  const { assessments, names } = await readAndAssess([mentee], ctx, {
    runbookChanges: () => readRunbookChanges([mentee], ctx),
  });
  return {
    description: `One-on-one agenda for ${mentee.name}`,
    messages: [renderOneOnOnePrompt({ mentee, since, assessment: assessments[0]!, names })],
  };
}
