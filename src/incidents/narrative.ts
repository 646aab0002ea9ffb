// The optional narrative: a paragraph the client's model writes from the computed facts, when the client offers
// sampling. Nothing depends on it (the newest protocol revision deprecates sampling): the facts stand alone.
import { quoteAsData } from "../lib/quote-data.js";
import type { CallContext } from "../ports/call-context.js";
import { byteLength, clip } from "./format.js";
import { renderIncidentSummary } from "./render-summary.js";
import type { IncidentSummary } from "./schemas.js";

export const NARRATIVE_MAX_TOKENS = 400;
export const NARRATIVE_MAX_CHARS = 1_500;

export function narrativePrompt(summary: IncidentSummary): string {
  return [
    `Write one paragraph (at most 120 words) telling the story of incident #${summary.incident.number} for an engineer who was not there: what broke, who responded and how fast, what fixed it, and what is still unknown.`,
    "Use only the facts below. Cite times as they appear (UTC). Where the facts are silent, say it is unknown rather than guessing.",
    "",
    quoteAsData(renderIncidentSummary(summary), "The incident summary"),
  ].join("\n");
}

export type NarrativeOutcome = { narrative: string; sentence: null } | { narrative: null; sentence: string };

/** Asks the client's model, when it can be asked; never fails the call for want of a narrative. */
export async function writeNarrative(
  summary: IncidentSummary,
  ctx: Pick<CallContext, "sample" | "signal">,
): Promise<NarrativeOutcome> {
  if (!ctx.sample) {
    return {
      narrative: null,
      sentence:
        "No narrative: this client does not offer sampling, so the server cannot ask its model. The facts below are the summary.",
    };
  }
  try {
    const text = (await ctx.sample(narrativePrompt(summary), NARRATIVE_MAX_TOKENS)).trim();
    if (text) return { narrative: clip(text, NARRATIVE_MAX_CHARS, false), sentence: null };
    return {
      narrative: null,
      sentence: "No narrative: the client's model returned no text. The facts below stand.",
    };
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      narrative: null,
      sentence: `No narrative: the client's model could not be asked (${clip(reason, 200)}). The facts below stand.`,
    };
  }
}

/** The narrative cut so that, as a JSON string, it takes at most `roomBytes`. */
export function fitNarrative(narrative: string, roomBytes: number): string {
  const size = (text: string) => byteLength(JSON.stringify(text));
  if (size(narrative) <= roomBytes) return narrative;
  let chars = Math.min(narrative.length, roomBytes);
  while (chars > 0 && size(clip(narrative, chars, false)) > roomBytes) chars -= 20;
  return chars > 0 ? clip(narrative, chars, false) : "";
}
