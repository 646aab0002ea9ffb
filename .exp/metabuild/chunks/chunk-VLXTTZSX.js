import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatSummaryLine
} from "./chunk-UDNMDLIJ.js";
import {
  NOTE_CAPS,
  isHumanNote,
  shortenNote
} from "./chunk-BZ4A7NZ4.js";
import {
  formatClock,
  formatDuration,
  formatInstant
} from "./chunk-HP6QBOZM.js";
import {
  byteLength,
  plural
} from "./chunk-TMS5DXOB.js";

// src/incidents/render-summary.ts
var MARKDOWN_BUDGET_BYTES = 7600;
function inline(text) {
  return text.replace(/[\\`*<]/g, "\\$&");
}
function headline(summary) {
  let { incident } = summary, priority = incident.priority ? ` \xB7 ${inline(incident.priority)}` : "";
  return `**#${incident.number} ${inline(incident.service.name)}: ${inline(incident.title)}**: ${incident.status}, ${incident.urgency} urgency${priority}`;
}
function impact(summary) {
  let parts = [`Triggered ${formatInstant(summary.createdAt)}`];
  parts.push(
    summary.timeToAcknowledgeSeconds !== null ? `acknowledged after ${formatDuration(summary.timeToAcknowledgeSeconds)}` : "never acknowledged"
  ), parts.push(
    summary.timeToResolveSeconds !== null ? `resolved after ${formatDuration(summary.timeToResolveSeconds)}` : `open for ${formatDuration(summary.durationSeconds)} so far`
  );
  let channels = Object.entries(summary.notifications.byChannel).sort((a, b) => b[1] - a[1]).map(([channel, n]) => `${channel} ${n}`).join(", "), counts = [
    plural(summary.alerts.total, "alert"),
    `${plural(summary.notifications.total, "notification")}${channels ? ` (${channels})` : ""}`,
    plural(summary.escalations, "escalation"),
    plural(summary.reassignments, "reassignment")
  ], link = summary.incident.url ? ` [Open in PagerDuty](${summary.incident.url})` : "";
  return `${parts.join("; ")}. ${counts.join(", ")}.${link}`;
}
function whoDidWhat(summary) {
  return summary.responders.length === 0 ? [] : [
    "**Who did what**",
    ...summary.responders.map((person) => `- ${inline(person.name)}: ${person.actions.join(", ")}`),
    ...summary.respondersOmitted > 0 ? [`- \u2026 and ${plural(summary.respondersOmitted, "other")}`] : []
  ];
}
function timelineLine(item, reference) {
  return `- ${formatClock(item.at, reference)} ${inline(item.summary)}`;
}
function resolutionLines(resolution) {
  if (!resolution) return ["_Not recorded: nobody wrote anything before the resolve._"];
  let byKind = /* @__PURE__ */ new Map();
  for (let action of resolution.actions) {
    let texts = byKind.get(action.kind) ?? [];
    texts.some((text) => text.toLowerCase() === action.text.toLowerCase()) || texts.push(action.text), byKind.set(action.kind, texts);
  }
  let actions = [...byKind].map(([kind, texts]) => `${kind}: ${texts.map(inline).join(", ")}`).join("; ");
  return [
    actions ? `Actions named: ${actions}` : "_No action named; the last words written before the resolve:_",
    ...resolution.text.split(`
`).map((line) => `> ${inline(line)}`)
  ];
}
function closing(summary) {
  let lines = [];
  return lines.push("", "**What fixed it**", ...resolutionLines(summary.resolution)), summary.openQuestions.length > 0 && lines.push("", "**Open questions**", ...summary.openQuestions.map((question) => `- ${inline(question)}`)), summary.similar && summary.similar.length > 0 && lines.push(
    "",
    "**Similar past incidents** (other incidents, for context)",
    ...summary.similar.map((match) => `- ${inline(formatSummaryLine(match))}`)
  ), lines;
}
function fitTimeline(items, reference, room) {
  let render = (kept, cap) => kept.map((item) => timelineLine(shortenNote(item, cap), reference)), size = (lines) => lines.reduce((total, line) => total + byteLength(line) + 1, 0), anchors = /* @__PURE__ */ new Set([items[0], items[items.length - 1]]);
  for (let cap of NOTE_CAPS) {
    let kept = [...items], lines = render(kept, cap), droppable = kept.filter((item) => !isHumanNote(item) && !anchors.has(item)).sort((a, b) => b.count - a.count || +(a.kind !== "notify") - +(b.kind !== "notify"));
    for (; size(lines) > room && droppable.length > 0; )
      kept.splice(kept.indexOf(droppable.shift()), 1), lines = render(kept, cap);
    let omitted = items.length - kept.length;
    if (size(lines) + 60 <= room || cap === NOTE_CAPS[NOTE_CAPS.length - 1]) {
      for (; size(lines) + 60 > room && kept.length > 2; )
        kept.splice(Math.floor(kept.length / 2), 1), lines = render(kept, cap);
      let left = items.length - kept.length;
      return left > 0 || omitted > 0 ? [...lines, `- \u2026 ${left} more lines in the structured content (\`timeline\`)`] : lines;
    }
  }
  return [];
}
function renderIncidentSummary(summary, budgetBytes = MARKDOWN_BUDGET_BYTES) {
  let head = [headline(summary), impact(summary), "", ...whoDidWhat(summary)], tail = closing(summary), shownOf = summary.timeline.length + summary.timelineOmitted, timelineHead = ["", `**Timeline** (UTC)${summary.timelineOmitted > 0 ? ` (${summary.timeline.length} of ${shownOf} lines${summary.detail === "brief" ? "; detail: full shows more" : ""})` : ""}`], used = byteLength([...head, ...timelineHead, ...tail].join(`
`)) + 80, timeline = fitTimeline(summary.timeline, summary.createdAt, budgetBytes - used);
  return [...head, ...timelineHead, ...timeline, ...tail].join(`
`).replace(/\n{3,}/g, `

`);
}

export {
  MARKDOWN_BUDGET_BYTES,
  inline,
  renderIncidentSummary
};
