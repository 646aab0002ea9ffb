// The incident summary as Markdown a person reads in 20 seconds: headline, impact and duration, who did what,
// the condensed timeline, the resolution, the open questions. Bounded in size whatever the incident holds.
import { byteLength, formatClock, formatDuration, formatInstant, plural } from "./format.js";
import type { IncidentSummary } from "./schemas.js";
import { isHumanNote, NOTE_CAPS, shortenNote } from "./timeline.js";

type TimelineItem = IncidentSummary["timeline"][number];

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
  const { channelsNotRead } = summary.notifications;
  const notRead =
    channelsNotRead === 0
      ? []
      : [
          channelsNotRead === summary.notifications.total
            ? "channels not read"
            : `channels of ${channelsNotRead} not read`,
        ];
  const channels = [
    ...Object.entries(summary.notifications.byChannel)
      .sort((a, b) => b[1] - a[1])
      .map(([channel, n]) => `${channel} ${n}`),
    ...notRead,
  ].join(", ");
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

function timelineLine(item: TimelineItem, reference: string): string {
  // A line standing for many entries says how many itself ("1,781 triggers 09:02–09:47").
  return `- ${formatClock(item.at, reference)} ${inline(item.summary)}`;
}

function resolutionLines(resolution: IncidentSummary["resolution"]): string[] {
  if (!resolution) return ["_Not recorded: nobody wrote anything before the resolve._"];
  const byKind = new Map<string, string[]>();
  for (const action of resolution.actions) {
    const texts = byKind.get(action.kind) ?? [];
    if (!texts.some((text) => text.toLowerCase() === action.text.toLowerCase())) texts.push(action.text);
    byKind.set(action.kind, texts);
  }
  const actions = [...byKind].map(([kind, texts]) => `${kind}: ${texts.map(inline).join(", ")}`).join("; ");
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

/**
 * The timeline lines that fit `room` bytes: machine lines give way first (the newest state changes last), then what
 * people wrote is shortened, and only then are notes left out, from the middle.
 */
function fitTimeline(items: readonly TimelineItem[], reference: string, room: number): string[] {
  const render = (kept: readonly TimelineItem[], cap: number) =>
    kept.map((item) => timelineLine(shortenNote(item, cap), reference));
  const size = (lines: readonly string[]) => lines.reduce((total, line) => total + byteLength(line) + 1, 0);
  const anchors = new Set([items[0], items[items.length - 1]]);
  for (const cap of NOTE_CAPS) {
    const kept = [...items];
    let lines = render(kept, cap);
    // Machine lines, the repeated and the least telling first; the first and last lines stay.
    const droppable = kept
      .filter((item) => !isHumanNote(item) && !anchors.has(item))
      .sort((a, b) => b.count - a.count || Number(a.kind !== "notify") - Number(b.kind !== "notify"));
    while (size(lines) > room && droppable.length > 0) {
      kept.splice(kept.indexOf(droppable.shift()!), 1);
      lines = render(kept, cap);
    }
    const omitted = items.length - kept.length;
    if (size(lines) + 60 <= room || cap === NOTE_CAPS[NOTE_CAPS.length - 1]) {
      while (size(lines) + 60 > room && kept.length > 2) {
        kept.splice(Math.floor(kept.length / 2), 1);
        lines = render(kept, cap);
      }
      const left = items.length - kept.length;
      return left > 0 || omitted > 0
        ? [...lines, `- … ${left} more lines in the structured content (\`timeline\`)`]
        : lines;
    }
  }
  return [];
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
  const used = byteLength([...head, ...timelineHead, ...tail].join("\n")) + 80;
  const timeline = fitTimeline(summary.timeline, summary.createdAt, budgetBytes - used);
  return [...head, ...timelineHead, ...timeline, ...tail].join("\n").replace(/\n{3,}/g, "\n\n");
}
