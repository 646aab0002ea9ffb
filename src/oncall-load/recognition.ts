// Credit where it is due: a short paragraph for each person who carried the most, ready for a team channel or a 1:1.
import { byLoadDescending, loadBurden } from "./load-ranking.js";
import { SLEEP_END_HOUR, SLEEP_START_HOUR } from "./pages.js";
import type { EngineerLoad } from "./types.js";

/** How many people are recognised, and how many of each one's incidents are named. */
export const RECOGNISED_PEOPLE = 3;
export const INCIDENTS_NAMED = 5;

export interface IncidentLabel {
  number: number;
  title: string;
}

/** The most loaded people with any load at all, most loaded first. */
export function carriers(loads: readonly EngineerLoad[]): EngineerLoad[] {
  return loads
    .filter((load) => loadBurden(load) > 0)
    .sort(byLoadDescending)
    .slice(0, RECOGNISED_PEOPLE);
}

/** Incidents the person acknowledged or resolved, acknowledged ones first, each once. */
export function handledIncidents(load: EngineerLoad): string[] {
  return [...new Set([...load.acknowledged, ...load.resolved])];
}

const clock = (hour: number) => `${String(hour).padStart(2, "0")}:00`;
export const SLEEP_HOURS = `${clock(SLEEP_START_HOUR)}–${clock(SLEEP_END_HOUR)}`;

export function formatHours(hours: number): string {
  return `${Number(hours.toFixed(1))} h`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function label(id: string, incidents: ReadonlyMap<string, IncidentLabel>): string {
  const incident = incidents.get(id);
  if (!incident) return id;
  const title = incident.title.length > 60 ? `${incident.title.slice(0, 59)}…` : incident.title;
  return `#${incident.number} ${title}`;
}

function pagerSentence(load: EngineerLoad): string {
  const name = `**${load.engineer.name}**`;
  const weekend =
    load.weekendHoursOnCall > 0 ? ` (${formatHours(load.weekendHoursOnCall)} of it at weekends)` : "";
  const held = load.hoursOnCall > 0 ? `held the pager for ${formatHours(load.hoursOnCall)}${weekend}` : "";
  if (load.pages === 0)
    return held ? `${name} ${held} through a quiet stretch, without a page.` : `${name} took no pages.`;
  const hard = [
    load.sleepHourPages > 0
      ? `${load.sleepHourPages} in sleep hours (${SLEEP_HOURS} ${load.engineer.timeZone})`
      : "",
    load.afterHoursPages > 0 ? `${load.afterHoursPages} outside working hours` : "",
  ].filter(Boolean);
  const pages = `${count(load.pages, "page")}${hard.length > 0 ? `, ${hard.join(" and ")}` : ""}`;
  return held ? `${name} ${held} and took ${pages}.` : `${name} took ${pages}.`;
}

function handledSentence(load: EngineerLoad, incidents: ReadonlyMap<string, IncidentLabel>): string {
  const handled = handledIncidents(load);
  if (handled.length === 0) return "";
  const first = load.engineer.name.split(" ")[0] ?? load.engineer.name;
  const acknowledged = load.incidentsAcknowledged;
  const resolved = load.incidentsResolved;
  const did =
    acknowledged > 0 && resolved > 0
      ? `acknowledged ${count(acknowledged, "incident")} and resolved ${resolved}`
      : acknowledged > 0
        ? `acknowledged ${count(acknowledged, "incident")}`
        : `resolved ${count(resolved, "incident")}`;
  const named = handled.slice(0, INCIDENTS_NAMED).map((id) => label(id, incidents));
  const more = handled.length > INCIDENTS_NAMED ? `, and ${handled.length - INCIDENTS_NAMED} more` : "";
  return ` ${first} ${did}: ${named.join("; ")}${more}.`;
}

/** One paragraph: what the person carried and handled, with incident numbers, and a thank-you. */
export function recognitionParagraph(
  load: EngineerLoad,
  incidents: ReadonlyMap<string, IncidentLabel>,
): string {
  const first = load.engineer.name.split(" ")[0] ?? load.engineer.name;
  return `${pagerSentence(load)}${handledSentence(load, incidents)} Thank you, ${first}.`;
}
