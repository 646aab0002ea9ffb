// The period digest as a handoff note a lead pastes into Slack: single-asterisk bold and dash bullets read
// the same in Slack and in a Markdown client.
import { formatDuration, formatInstant, plural } from "./format.js";
import { inline } from "./render-summary.js";
import type { OncallDigest } from "./schemas.js";

function stat(label: string, stats: OncallDigest["timeToAcknowledge"]): string {
  if (stats.medianSeconds === null || stats.p90Seconds === null) return `${label}: no data`;
  return `${label}: median ${formatDuration(stats.medianSeconds)}, p90 ${formatDuration(stats.p90Seconds)}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length === 0 ? [] : ["", `*${title}*`, ...lines];
}

function shortInstant(at: string): string {
  return `${at.slice(5, 10)} ${at.slice(11, 16)}`;
}

export function renderOncallDigest(digest: OncallDigest): string {
  const { totals, window } = digest;
  const head = [
    `*On-call handoff* ${formatInstant(window.since)} to ${formatInstant(window.until)}`,
    [
      `${plural(totals.incidents, "incident")} (${totals.highUrgency} high, ${totals.lowUrgency} low urgency)`,
      `${totals.afterHours} after hours${totals.afterHoursUnknown > 0 ? ` (${totals.afterHoursUnknown} unknown)` : ""}`,
      `${totals.stillOpen} still open`,
    ].join(" · "),
    `${stat("Time to acknowledge", digest.timeToAcknowledge)} · ${stat("Time to resolve", digest.timeToResolve)}`,
  ];
  const more = (shown: number, total: number) => (total > shown ? [`- … and ${total - shown} more`] : []);
  const stillOpen = digest.stillOpen.map(
    (incident) =>
      `- #${incident.number} ${inline(incident.service.name)}: ${inline(incident.title)} (${incident.status} since ${shortInstant(incident.createdAt)} UTC)${incident.url ? ` ${incident.url}` : ""}`,
  );
  const recurring = digest.recurring.map(
    (pattern) => `- ${pattern.count}× ${inline(pattern.pattern)} (${inline(pattern.service.name)})`,
  );
  const afterHours = digest.afterHoursPages.map(
    (page) =>
      `- #${page.incident.number} paged ${inline(page.onCall.name)} at ${page.localTime.slice(11, 16)} local (${page.timeZone}, ${page.localTime.slice(0, 10)})`,
  );
  const services = digest.byService.map(
    (row) =>
      `- ${inline(row.service.name)}: ${plural(row.incidents, "incident")}${row.highUrgency > 0 ? ` (${row.highUrgency} high)` : ""}${row.medianTimeToResolveSeconds !== null ? `, median time to resolve ${formatDuration(row.medianTimeToResolveSeconds)}` : ""}`,
  );
  const onCall = digest.onCall.map(
    (shift) =>
      `- ${inline(shift.schedule.name)}: ${inline(shift.user.name)} (${shortInstant(shift.start)} → ${shortInstant(shift.end)} UTC)`,
  );
  return [
    ...head,
    ...section(
      "Highlights",
      digest.highlights.map((line) => `- ${inline(line)}`),
    ),
    ...section("Still open", [...stillOpen, ...more(stillOpen.length, totals.stillOpen)]),
    ...section("Recurring", recurring),
    ...section("After hours", [...afterHours, ...more(afterHours.length, totals.afterHours)]),
    ...section("By service", services),
    ...section("On call", onCall),
  ].join("\n");
}
