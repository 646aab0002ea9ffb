// The rotation as a Mermaid gantt chart: one section per schedule, one bar per pairing, in UTC.

import type { Pairing } from "../plan/plan-types.js";
import { formatUtcMinute } from "./time-format.js";

/** Beyond this many bars a chart stops being readable; the rest are counted in a comment. */
export const MAX_GANTT_BARS = 150;

export function renderGantt(window: { from: string; to: string }, pairings: readonly Pairing[]): string {
  const lines = [
    "gantt",
    `    title Shadow on-call ${formatUtcMinute(new Date(window.from)).slice(0, 10)} to ${formatUtcMinute(new Date(window.to)).slice(0, 10)} (UTC)`,
    "    dateFormat YYYY-MM-DD HH:mm",
    "    axisFormat %d %b",
  ];
  const drawn = [...pairings]
    .sort((a, b) => a.start.localeCompare(b.start) || a.mentee.name.localeCompare(b.mentee.name))
    .slice(0, MAX_GANTT_BARS);
  const bySchedule = new Map<string, Pairing[]>();
  for (const pairing of drawn) {
    const list = bySchedule.get(pairing.schedule.name);
    if (list) list.push(pairing);
    else bySchedule.set(pairing.schedule.name, [pairing]);
  }
  for (const [schedule, list] of [...bySchedule].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`    section ${label(schedule)}`);
    for (const pairing of list) {
      const start = formatUtcMinute(new Date(pairing.start));
      const end = formatUtcMinute(new Date(pairing.end));
      lines.push(`    ${label(`${pairing.mentee.name} shadows ${pairing.mentor.name}`)} :${start}, ${end}`);
    }
  }
  if (pairings.length > drawn.length) {
    lines.push(`    %% ${pairings.length - drawn.length} later pairings are not drawn`);
  }
  return lines.join("\n");
}

/** Mermaid reads ":" as the start of a bar's data and "#" and ";" as syntax; none may appear in a label. */
function label(text: string): string {
  return text
    .replace(/[:#;\n\r]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
