// Similar incidents as people read them: one line per match, "#1205 title (service, date) — fixed in 12 min by
// Yuki Mori: … — runbook db/postgres.md — same alert key `x`; notes share: a, b". Pure.
import { clip, formatDuration, plural } from "../format.js";
import type { SimilarSummary } from "./schema.js";
import type { RunbookListingFailure, SimilarAnswer } from "./search.js";
import type { SimilarMatch } from "./types.js";

const LINE_RESOLUTION_CHARS = 160;
const FAILURE_CHARS = 400;

function fixedPart(match: Pick<SimilarMatch, "resolution" | "timeToResolveSeconds" | "resolvedBy">): string {
  const when = match.timeToResolveSeconds === null ? "" : ` in ${formatDuration(match.timeToResolveSeconds)}`;
  const who = match.resolvedBy ? ` by ${match.resolvedBy}` : "";
  if (match.resolution) return `fixed${when}${who}: “${clip(match.resolution, LINE_RESOLUTION_CHARS)}”`;
  if (when || who) return `resolved${when}${who}; no note says how`;
  return "not resolved, or no record of how";
}

export function formatMatchLine(match: SimilarMatch): string {
  const parts = [
    `#${match.incident.number} ${match.incident.title} (${match.incident.service.name}, ${match.incident.createdAt.slice(0, 10)}, score ${match.score.toFixed(2)})`,
    fixedPart(match),
  ];
  if (match.runbookPath) parts.push(`runbook ${match.runbookPath}`);
  if (match.matchedOn.length > 0) parts.push(`matched on ${match.matchedOn.join("; ")}`);
  return parts.join(" — ");
}

/** For summarize_incident's text: one line per compact match. */
export function formatSummaryLine(match: SimilarSummary[number]): string {
  const fix = match.resolution ? `: fixed with “${clip(match.resolution, LINE_RESOLUTION_CHARS)}”` : "";
  return `#${match.number} ${match.title} (score ${match.score.toFixed(2)})${fix}`;
}

/** The line that says runbook links may be missing, and why. */
export function runbookFailureLine(failure: RunbookListingFailure): string {
  return `Runbook links may be missing (only the team file's \`runbook\` fields were used): ${clip(failure.message, FAILURE_CHARS)}`;
}

export function renderSimilar(result: SimilarAnswer): string {
  const subject = result.target.incident
    ? `#${result.target.incident.number} ${result.target.incident.title}`
    : `“${clip(result.target.query ?? "", 120)}”`;
  const heading = `**${plural(result.matches.length, "similar incident")}** to ${subject}, from ${plural(result.searched.incidents, "incident")} since ${result.window.since.slice(0, 10)} (notes read for ${result.notesRead}, ${plural(result.searched.requests, "request")})`;
  if (result.matches.length === 0)
    return `${heading}\n\nNothing shares enough words with it; widen \`since\`, drop \`serviceIds\`, or describe it in other words.`;
  const lines = result.matches.map((match, index) => `${index + 1}. ${formatMatchLine(match)}`).join("\n");
  const failure = result.runbooks.failure;
  return `${heading}\n\n${lines}${failure ? `\n\n${runbookFailureLine(failure)}` : ""}`;
}
