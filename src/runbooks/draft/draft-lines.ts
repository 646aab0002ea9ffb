// The Markdown lines a draft adds: list items for symptoms and steps, an incident history entry, and the
// heading of a section it has to create. Each says which incident it came from, so a reviewer can check it.
import type { Incident } from "../../model.js";

/**
 * Text written into running prose: only what would start markup is escaped. An underscore inside a word
 * ("availability_log") starts nothing, so it stays as written.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\\(?=[!-/:-@[-`{-~])|[`*[\]<]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\$&")
    .replace(/^([#+-]|\d+[.)])(?=\s)/, "\\$1");
}

/** A code span that holds any text, backticks included. */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

function incidentLabel(incident: Incident): string {
  return `incident #${incident.number}`;
}

export function symptomItem(bullet: string, summary: string, incident: Incident): string[] {
  return [`${bullet} ${escapeInline(summary)} (alert in ${incidentLabel(incident)})`];
}

export function errorItem(bullet: string, message: string, incident: Incident): string[] {
  return [`${bullet} Error seen: ${codeSpan(message)} (${incidentLabel(incident)})`];
}

/** An action responders reported in a sentence ("Restored db1 from the LVM snapshot"). */
export function proseStepItem(bullet: string, sentence: string, incident: Incident): string[] {
  return [`${bullet} ${escapeInline(sentence)} (${incidentLabel(incident)})`];
}

export function stepItem(
  bullet: string,
  lines: readonly string[],
  language: string | null,
  incident: Incident,
): string[] {
  if (lines.length === 1) return [`${bullet} ${codeSpan(lines[0]!.trim())} (${incidentLabel(incident)})`];
  const longestRun = Math.max(
    0,
    ...lines.flatMap((line) => [...line.matchAll(/`{3,}/g)].map((run) => run[0].length)),
  );
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return [
    `${bullet} From ${incidentLabel(incident)}:`,
    `  ${fence}${language ?? ""}`,
    ...lines.map((line) => (line.trim() === "" ? "" : `  ${line}`)),
    `  ${fence}`,
  ];
}

export function historyItem(bullet: string, incident: Incident, title: string): string[] {
  const { date, reference, outcome } = historyFacts(incident);
  return [`${bullet} ${date}: ${reference} ${escapeInline(title)} (${outcome})`];
}

// Which fact a history table's column holds, by its header's meaning.
const COLUMN_FACTS: [RegExp, "date" | "reference" | "title" | "duration"][] = [
  [/\b(?:date|when|day)\b/i, "date"],
  [/\b(?:duration|ttr|mttr|time to|length|downtime)\b/i, "duration"],
  [/\b(?:incident|id|link|ticket|ref|number)\b|#/i, "reference"],
  [/\b(?:summary|title|description|what|issue|cause|details?)\b/i, "title"],
];

/** A row for a history kept as a table, or null when its columns are not recognisably date, incident, summary. */
export function historyRow(
  columns: readonly string[],
  incident: Incident,
  title: string,
  options: { verbatim?: boolean } = {},
): string[] | null {
  const facts = historyFacts(incident);
  const cell = (options.verbatim ? title.replace(/\s+/g, " ").trim() : escapeInline(title)).replace(
    /(?<!\\)\|/g,
    "\\|",
  );
  const values = { ...facts, title: cell, duration: facts.duration };
  const cells = columns.map((column) => COLUMN_FACTS.find(([meaning]) => meaning.test(column))?.[1] ?? null);
  const known = cells.filter((cell) => cell !== null);
  if (known.length < 2 || !(known.includes("reference") || known.includes("date"))) return null;
  if (!known.includes("duration") && known.includes("title"))
    values.title = `${values.title} (${facts.outcome})`;
  return [`| ${cells.map((cell) => (cell ? values[cell] : "")).join(" | ")} |`];
}

export function historyFacts(incident: Incident) {
  const duration = incident.resolvedAt
    ? formatDuration(Date.parse(incident.resolvedAt) - Date.parse(incident.createdAt))
    : "unresolved";
  return {
    date: incident.createdAt.slice(0, 10),
    reference: incident.url ? `[#${incident.number}](${incident.url})` : `#${incident.number}`,
    duration,
    outcome: incident.resolvedAt ? `resolved in ${duration}` : "not resolved when drafted",
  };
}

/** "47 min", "2 h 5 min", "3 d 4 h". */
export function formatDuration(milliseconds: number): string {
  const minutes = Math.max(0, Math.round(milliseconds / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return hours % 24 === 0 ? `${days} d` : `${days} d ${hours % 24} h`;
}

/** A heading in the style the runbook already uses for that depth. */
export function headingLines(text: string, depth: number, setext: boolean): string[] {
  if (setext && depth <= 2) return [text, (depth === 1 ? "=" : "-").repeat(Math.max(3, text.length))];
  return [`${"#".repeat(depth)} ${text}`];
}
