// The period digest as a handoff note a lead pastes into Slack: single-asterisk bold and dash bullets read
// the same in Slack and in a Markdown client. `brief` (the default) fits one Slack message, about 40 lines;
// `full` shows every section and every listed incident and shift.
import { formatDuration, formatInstant, plural } from "./format.js";
import { inline } from "./render-summary.js";
import type { Detail, HandledIncidentOut, OncallDigest, OpenIncidentOut } from "./schemas.js";

/** Items per section in a brief handoff: 3 head lines + 6 titles + these stay within 40 lines. */
export const BRIEF_LIMITS = {
  highlights: 4,
  open: 6,
  incidents: 5,
  /** Named on one line together. */
  resolvedBefore: 3,
  recurring: 3,
  people: 3,
  schedules: 4,
} as const;

function stat(label: string, stats: OncallDigest["timeToAcknowledge"]): string {
  if (stats.medianSeconds === null || stats.p90Seconds === null) return `${label}: no data`;
  return `${label}: median ${formatDuration(stats.medianSeconds)}, p90 ${formatDuration(stats.p90Seconds)}`;
}

function shortInstant(at: string): string {
  return `${at.slice(5, 10)} ${at.slice(11, 16)}`;
}

function openLine(incident: OpenIncidentOut): string {
  const since = incident.acknowledgedAt ?? incident.createdAt;
  const owners = incident.owners.map((owner) => inline(owner.name)).join(", ") || "unassigned";
  const before = incident.startedBefore ? ", from before the period" : "";
  return `- #${incident.number} ${inline(incident.service.name)}: ${inline(incident.title)}: ${incident.statusAtEnd} since ${shortInstant(since)} UTC, ${formatDuration(incident.ageSeconds)} old${before}, ${incident.owners.length > 1 ? "owners" : "owner"}: ${owners}${incident.url ? ` ${incident.url}` : ""}`;
}

function handledLine(incident: HandledIncidentOut): string {
  const ack =
    incident.timeToAcknowledgeSeconds === null
      ? "not acknowledged"
      : `acknowledged in ${formatDuration(incident.timeToAcknowledgeSeconds)}${incident.acknowledgedBy ? ` by ${inline(incident.acknowledgedBy.name)}` : ""}`;
  const resolved =
    incident.timeToResolveSeconds === null
      ? `open (${incident.status})`
      : `resolved in ${formatDuration(incident.timeToResolveSeconds)}${incident.resolvedBy ? ` by ${inline(incident.resolvedBy.name)}` : ""}`;
  return `- #${incident.number} ${inline(incident.service.name)}: ${inline(incident.title)}: ${ack}, ${resolved}`;
}

/** Full: one line each, with its start. Brief: one line naming them, within the 40-line budget. */
function resolvedBeforeLines(digest: OncallDigest, full: boolean): string[] {
  const { resolvedFromBefore } = digest.totals;
  if (resolvedFromBefore === 0) return [];
  const started = (incident: HandledIncidentOut) => `started ${shortInstant(incident.createdAt)} UTC`;
  if (full) {
    const lines = digest.resolvedFromBefore.map(
      (incident) => `${handledLine(incident)} (${started(incident)})`,
    );
    const more = resolvedFromBefore - lines.length;
    return more > 0 ? [...lines, `- … and ${more} more`] : lines;
  }
  const shown = digest.resolvedFromBefore
    .slice(0, BRIEF_LIMITS.resolvedBefore)
    .map(
      (incident) =>
        `#${incident.number} ${inline(incident.title)} (${started(incident)}${incident.resolvedBy ? `, by ${inline(incident.resolvedBy.name)}` : ""})`,
    );
  const more = resolvedFromBefore - shown.length;
  return [
    `- Resolved from before the period: ${shown.join("; ")}${more > 0 ? `; … and ${more} more (detail: "full")` : ""}`,
  ];
}

/** One line per person paged after hours: how often, and the first few incidents at their local time. */
function afterHoursByPerson(digest: OncallDigest): string[] {
  const byPerson = new Map<string, OncallDigest["afterHoursPages"]>();
  for (const page of digest.afterHoursPages) {
    byPerson.set(page.onCall.name, [...(byPerson.get(page.onCall.name) ?? []), page]);
  }
  return [...byPerson]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([name, pages]) => {
      const shown = pages
        .slice(0, 3)
        .map((page) => `#${page.incident.number} ${page.localTime.slice(11, 16)}`)
        .join(", ");
      return `- ${inline(name)}: ${plural(pages.length, "page")} after hours, local time (${shown}${pages.length > 3 ? ", …" : ""})`;
    });
}

/** One line per schedule: who was on call and for how long in the window. */
function onCallBySchedule(digest: OncallDigest): string[] {
  const bySchedule = new Map<string, Map<string, number>>();
  for (const shift of digest.onCall) {
    const people = bySchedule.get(shift.schedule.name) ?? new Map<string, number>();
    const seconds = (Date.parse(shift.end) - Date.parse(shift.start)) / 1000;
    people.set(shift.user.name, (people.get(shift.user.name) ?? 0) + seconds);
    bySchedule.set(shift.schedule.name, people);
  }
  return [...bySchedule].map(
    ([schedule, people]) =>
      `- ${inline(schedule)}: ${[...people].map(([name, seconds]) => `${inline(name)} ${formatDuration(seconds)}`).join(", ")}`,
  );
}

export function renderOncallDigest(digest: OncallDigest, detail: Detail = "brief"): string {
  const { totals, window } = digest;
  const full = detail === "full";
  const head = [
    `*On-call handoff* ${formatInstant(window.since)} to ${formatInstant(window.until)}`,
    [
      `${plural(totals.incidents, "incident")} (${totals.highUrgency} high, ${totals.lowUrgency} low urgency)`,
      `${totals.afterHours} after hours${totals.afterHoursUnknown > 0 ? ` (${totals.afterHoursUnknown} unknown)` : ""}`,
      `${totals.resolved} resolved${totals.resolvedFromBefore > 0 ? ` (${totals.resolvedFromBefore} from before the period)` : ""}`,
      `${totals.stillOpen} open at the end`,
    ].join(" · "),
    `${stat("Time to acknowledge", digest.timeToAcknowledge)} · ${stat("Time to resolve", digest.timeToResolve)}`,
  ];
  // Brief lists drop the blank line between sections too: the bold titles separate them in Slack.
  const section = (title: string, lines: string[]) =>
    lines.length === 0 ? [] : [...(full ? [""] : []), `*${title}*`, ...lines];
  const upTo = (lines: string[], brief: number, total = lines.length) => {
    const shown = full ? lines : lines.slice(0, brief);
    const more = total - shown.length;
    return more > 0 ? [...shown, `- … and ${more} more${full ? "" : ' (detail: "full")'}`] : shown;
  };
  const recurring = digest.recurring.map(
    (pattern) => `- ${pattern.count}× ${inline(pattern.pattern)} (${inline(pattern.service.name)})`,
  );
  const afterHours = full
    ? digest.afterHoursPages.map(
        (page) =>
          `- #${page.incident.number} paged ${inline(page.onCall.name)} at ${page.localTime.slice(11, 16)} local (${page.timeZone}, ${page.localTime.slice(0, 10)})`,
      )
    : afterHoursByPerson(digest);
  const services = digest.byService.map(
    (row) =>
      `- ${inline(row.service.name)}: ${plural(row.incidents, "incident")}${row.highUrgency > 0 ? ` (${row.highUrgency} high)` : ""}${row.medianTimeToResolveSeconds !== null ? `, median time to resolve ${formatDuration(row.medianTimeToResolveSeconds)}` : ""}`,
  );
  const onCall = full
    ? digest.onCall.map(
        (shift) =>
          `- ${inline(shift.schedule.name)}: ${inline(shift.user.name)} (${shortInstant(shift.start)} → ${shortInstant(shift.end)} UTC)`,
      )
    : onCallBySchedule(digest);
  return [
    ...head,
    ...section(
      "Highlights",
      upTo(
        digest.highlights.map((line) => `- ${inline(line)}`),
        BRIEF_LIMITS.highlights,
      ),
    ),
    ...section("Open at the end", upTo(digest.stillOpen.map(openLine), BRIEF_LIMITS.open, totals.stillOpen)),
    // Brief: the work resolved from before the period takes one line of the incidents section, in place of an incident.
    ...section("Incidents", [
      ...upTo(
        digest.incidents.map(handledLine),
        BRIEF_LIMITS.incidents - (totals.resolvedFromBefore > 0 ? 1 : 0),
        totals.incidents,
      ),
      ...(full ? [] : resolvedBeforeLines(digest, false)),
    ]),
    ...(full ? section("Resolved from before the period", resolvedBeforeLines(digest, true)) : []),
    ...section("Recurring", upTo(recurring, BRIEF_LIMITS.recurring)),
    ...section(
      "After hours",
      full ? upTo(afterHours, 0, totals.afterHours) : upTo(afterHours, BRIEF_LIMITS.people),
    ),
    ...(full ? section("By service", services) : []),
    ...section("On call", upTo(onCall, BRIEF_LIMITS.schedules)),
  ].join("\n");
}
