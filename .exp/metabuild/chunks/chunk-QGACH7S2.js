import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-74BJ6PM3.js";
import {
  clip,
  plural
} from "./chunk-TMS5DXOB.js";

// src/incidents/similar/render.ts
var LINE_RESOLUTION_CHARS = 160, FAILURE_CHARS = 400;
function fixedPart(match) {
  let when = match.timeToResolveSeconds === null ? "" : ` in ${formatDuration(match.timeToResolveSeconds)}`, who = match.resolvedBy ? ` by ${match.resolvedBy}` : "";
  return match.resolution ? `fixed${when}${who}: \u201C${clip(match.resolution, LINE_RESOLUTION_CHARS)}\u201D` : when || who ? `resolved${when}${who}; no note says how` : "not resolved, or no record of how";
}
function formatMatchLine(match) {
  let parts = [
    `#${match.incident.number} ${match.incident.title} (${match.incident.service.name}, ${match.incident.createdAt.slice(0, 10)}, score ${match.score.toFixed(2)})`,
    fixedPart(match)
  ];
  return match.runbookPath && parts.push(`runbook ${match.runbookPath}`), match.matchedOn.length > 0 && parts.push(`matched on ${match.matchedOn.join("; ")}`), parts.join(" \u2014 ");
}
function formatSummaryLine(match) {
  let fix = match.resolution ? `: fixed with \u201C${clip(match.resolution, LINE_RESOLUTION_CHARS)}\u201D` : "";
  return `#${match.number} ${match.title} (score ${match.score.toFixed(2)})${fix}`;
}
function runbookFailureLine(failure) {
  return `Runbook links may be missing (only the team file's \`runbook\` fields were used): ${clip(failure.message, FAILURE_CHARS)}`;
}
function renderSimilar(result) {
  let subject = result.target.incident ? `#${result.target.incident.number} ${result.target.incident.title}` : `\u201C${clip(result.target.query ?? "", 120)}\u201D`, heading = `**${plural(result.matches.length, "similar incident")}** to ${subject}, from ${plural(result.searched.incidents, "incident")} since ${result.window.since.slice(0, 10)} (notes read for ${result.notesRead}, ${plural(result.searched.requests, "request")})`;
  if (result.matches.length === 0)
    return `${heading}

Nothing shares enough words with it; widen \`since\`, drop \`serviceIds\`, or describe it in other words.`;
  let lines = result.matches.map((match, index) => `${index + 1}. ${formatMatchLine(match)}`).join(`
`), failure = result.runbooks.failure;
  return `${heading}

${lines}${failure ? `

${runbookFailureLine(failure)}` : ""}`;
}

export {
  formatSummaryLine,
  renderSimilar
};
