// The text a lead reads: flags first, then the table, fairness, and credit for who carried the most.
import { DAY_MS } from "../lib/dates.js";
import { markdownTable } from "../lib/markdown.js";
import { formatHours, type IncidentLabel, recognitionParagraph, SLEEP_HOURS } from "./recognition.js";
import type { EngineerLoad, LoadThresholds, LoadWindow, TeamLoad } from "./types.js";

export interface LoadReport {
  window: LoadWindow;
  thresholds: LoadThresholds;
  /** Most loaded first. */
  loads: readonly EngineerLoad[];
  team: TeamLoad;
  carriers: readonly EngineerLoad[];
  incidents: ReadonlyMap<string, IncidentLabel>;
}

function utc(instant: Date): string {
  return `${instant.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

function flagSection(report: LoadReport): string {
  const { sleepPagesIn7Days, streakDays, onCallShare } = report.thresholds;
  const rules = `at or above ${sleepPagesIn7Days} sleep-hour pages in 7 days, ${streakDays} days on call in a row, or ${Math.round(onCallShare * 100)}% of the window on call`;
  if (report.team.flags.length === 0) return `**No flags**: nobody is ${rules}.`;
  const names = new Map(report.loads.map((load) => [load.engineer.id, load.engineer.name]));
  const lines = report.team.flags.map(
    (flag) => `- **${names.get(flag.engineer) ?? flag.engineer}**: ${flag.reason}`,
  );
  return `**Flags** (${rules}):\n${lines.join("\n")}`;
}

function loadTable(report: LoadReport): string {
  const rows = report.loads.map((load) => [
    `${load.engineer.name} (${load.engineer.timeZone})`,
    formatHours(load.hoursOnCall),
    formatHours(load.weekendHoursOnCall),
    `${load.longestOnCallStreakDays} d`,
    load.pages,
    load.notifications,
    load.afterHoursPages,
    load.sleepHourPages,
    load.incidentsAcknowledged,
    load.incidentsResolved,
  ]);
  const totals = report.team.totals;
  rows.push([
    `**Team (${totals.engineers})**`,
    formatHours(totals.hoursOnCall),
    formatHours(totals.weekendHoursOnCall),
    "",
    totals.pages,
    totals.notifications,
    totals.afterHoursPages,
    totals.sleepHourPages,
    totals.incidentsAcknowledged,
    totals.incidentsResolved,
  ]);
  return markdownTable(
    [
      "Engineer",
      "On call",
      "Weekend",
      "Streak",
      "Pages",
      "Notifications",
      "After hours",
      `Sleep hours (${SLEEP_HOURS})`,
      "Acked",
      "Resolved",
    ],
    rows,
  );
}

export function renderLoadReport(report: LoadReport): string {
  const { since, until } = report.window;
  const days = Math.round((until.getTime() - since.getTime()) / DAY_MS);
  const heading = `## On-call load, ${utc(since)} to ${utc(until)} (${days} days)`;
  if (report.loads.length === 0) {
    return `${heading}\n\nNobody in team.yaml was on call or paged in this window; widen it or drop a filter.`;
  }
  const { hoursOnCallGini, afterHoursPagesGini } = report.team.fairness;
  const fairness = `Fairness (Gini: 0 = shared evenly, near 1 = one person carries it): hours on call ${hoursOnCallGini.toFixed(2)}, after-hours pages ${afterHoursPagesGini.toFixed(2)}. A page is one incident paging one person, however many pushes, SMS, calls and emails it sent (those are the notifications), placed at its first notification in the person's own zone and working hours; team acknowledged/resolved counts are distinct incidents.`;
  const parts = [heading, flagSection(report), loadTable(report), fairness];
  if (report.carriers.length > 0) {
    parts.push(
      "### Who carried the pager",
      ...report.carriers.map((load) => recognitionParagraph(load, report.incidents)),
    );
  }
  return parts.join("\n\n");
}
