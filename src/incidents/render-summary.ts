// The incident summary as Markdown a person reads in 20 seconds: headline, impact and duration, who did what,
// the condensed timeline, the resolution, the open questions. Bounded in size whatever the incident holds.
import { byteLength, formatClock, formatDuration, formatInstant, plural } from "./format.js";
import type { IncidentSummary } from "./schemas.js";
import { formatSummaryLine } from "./similar/render.js";

/** Text content stays under 8 KB; the timeline gives way first. */
export const MARKDOWN_BUDGET_BYTES = 7_600;

/** Escapes what would start code, emphasis or HTML inside a line of user text. */
export function inline(text: string): string {
  return text.replace(/[\\`*<]/g, "\\$&");
}

function headline(summary: IncidentSummary): string {
  const { incident } = summary;
  const priority = incident.priority ? ` · ${inline(incident.priority)}` : "";
  return `**#${incident.number} ${inline(incident.service.name)}: ${inline(incident.title)}**: ${incident.status}, ${incident.urgency} urgency${priority}`;
}

function impact(summary: IncidentSummary): string {
  const parts = [`Triggered ${formatInstant(summary.createdAt)}`];
  parts.push(
    summary.timeToAcknowledgeSeconds !== null
      ? `acknowledged after ${formatDuration(summary.timeToAcknowledgeSeconds)}`
      : "never acknowledged",
  );
  parts.push(
    summary.timeToResolveSeconds !== null
      ? `resolved after ${formatDuration(summary.timeToResolveSeconds)}`
      : `open for ${formatDuration(summary.durationSeconds)} so far`,
  );
  const channels = Object.entries(summary.notifications.byChannel)
    .sort((a, b) => b[1] - a[1])
    .map(([channel, n]) => `${channel} ${n}`)
    .join(", ");
  const counts = [
    plural(summary.alerts.total, "alert"),
    `${plural(summary.notifications.total, "notification")}${channels ? ` (${channels})` : ""}`,
    plural(summary.escalations, "escalation"),
    plural(summary.reassignments, "reassignment"),
  ];
  const link = summary.incident.url ? ` [Open in PagerDuty](${summary.incident.url})` : "";
  return `${parts.join("; ")}. ${counts.join(", ")}.${link}`;
}

function whoDidWhat(summary: IncidentSummary): string[] {
  if (summary.responders.length === 0) return [];
  return [
    "**Who did what**",
    ...summary.responders.map((person) => `- ${inline(person.name)}: ${person.actions.join(", ")}`),
    ...(summary.respondersOmitted > 0 ? [`- … and ${plural(summary.respondersOmitted, "other")}`] : []),
  ];
}

function timelineLine(item: IncidentSummary["timeline"][number], reference: string): string {
  const times = item.count > 1 && item.kind !== "notify" ? ` (×${item.count})` : "";
  return `- ${formatClock(item.at, reference)} ${inline(item.summary)}${times}`;
}

function resolutionLines(resolution: IncidentSummary["resolution"]): string[] {
  if (!resolution) return ["_Not recorded: nobody wrote anything before the resolve._"];
  const actions = resolution.actions.map((action) => `${action.kind} (${inline(action.text)})`).join(", ");
  return [
    actions ? `Actions named: ${actions}` : "_No action named; the last words written before the resolve:_",
    ...resolution.text.split("\n").map((line) => `> ${inline(line)}`),
  ];
}

function closing(summary: IncidentSummary): string[] {
  const lines: string[] = [];
  lines.push("", "**What fixed it**", ...resolutionLines(summary.resolution));
  if (summary.openQuestions.length > 0) {
    lines.push("", "**Open questions**", ...summary.openQuestions.map((question) => `- ${inline(question)}`));
  }
  if (summary.similar && summary.similar.length > 0) {
    lines.push(
      "",
      "**Similar past incidents** (other incidents, for context)",
      ...summary.similar.map((match) => `- ${inline(formatSummaryLine(match))}`),
    );
  }
  return lines;
}

/** `budgetBytes` is lowered when other text (a narrative) shares the 8 KB. */
export function renderIncidentSummary(
  summary: IncidentSummary,
  budgetBytes: number = MARKDOWN_BUDGET_BYTES,
): string {
  const head = [headline(summary), impact(summary), "", ...whoDidWhat(summary)];
  const tail = closing(summary);
  const shownOf = summary.timeline.length + summary.timelineOmitted;
  const more =
    summary.timelineOmitted > 0
      ? ` (${summary.timeline.length} of ${shownOf} lines${summary.detail === "brief" ? "; detail: full shows more" : ""})`
      : "";
  const timelineHead = ["", `**Timeline** (UTC)${more}`];

  let used = byteLength([...head, ...timelineHead, ...tail].join("\n")) + 80;
  const timeline: string[] = [];
  for (const item of summary.timeline) {
    const line = timelineLine(item, summary.createdAt);
    const size = byteLength(line) + 1;
    if (used + size > budgetBytes) {
      timeline.push(`- … ${summary.timeline.length - timeline.length} more lines in the structured content`);
      break;
    }
    timeline.push(line);
    used += size;
  }
  return [...head, ...timelineHead, ...timeline, ...tail].join("\n").replace(/\n{3,}/g, "\n\n");
}
