// What an incident's records add to a runbook, item by item, before anything is placed: the alerts it does
// not mention yet, the commands it does not contain yet, and the incident's history entry. Nothing without
// a record behind it.
import { redactSecrets } from "../../lib/redact.js";
import type { Alert, Incident, LogEntry, Note } from "../../model.js";
import type { RunbookOutline } from "../markdown/markdown-sections.js";
import { alertName } from "../records/alert-names.js";
import { type Evidence, type ExtractedStep, extractSteps, quotedErrors } from "../records/extract-steps.js";
import { errorItem, historyItem, historyRow, proseStepItem, stepItem, symptomItem } from "./draft-lines.js";
import {
  mentionsBlock,
  mentionsCommand,
  mentionsPhrase,
  normalizeProse,
  type RunbookMentions,
} from "./runbook-mentions.js";
import type { DraftedKind } from "./section-placement.js";

/** What the end of the target section looks like, for lines that fit in with it. */
export interface ItemTarget {
  bullet: string;
  /** Header cells of a table that ends the section. */
  tableColumns: string[] | null;
}

export interface DraftItem {
  kind: DraftedKind;
  lines(target: ItemTarget): string[];
  /** Whether the lines are a row of the table that ends the section (so they follow it with no blank line). */
  isTableRow(target: ItemTarget): boolean;
  evidence: Evidence[];
  /** For a history entry: the incident's date (YYYY-MM-DD), so it goes in date order. */
  date?: string;
}

export const MAX_SYMPTOMS = 5;
export const MAX_STEPS_PER_SECTION = 12;

/** The records of the incident a draft is made from. */
export interface DraftRecords {
  incident: Incident;
  logEntries: readonly LogEntry[];
  notes: readonly Note[];
  alerts: readonly Alert[];
}

export function symptomItems(
  records: DraftRecords,
  mentions: RunbookMentions,
  warnings: string[],
): DraftItem[] {
  const { incident, alerts, logEntries } = records;
  const distinct = new Map<string, { summary: string; name: string | null; evidence: Evidence[] }>();
  for (const alert of [...alerts].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))) {
    const summary = redactSecrets(alert.summary).trim();
    if (summary === "") continue;
    const key = normalizeProse(summary).replace(/\d+(?:[.,]\d+)*/g, "#");
    const evidence: Evidence = {
      id: alert.id,
      at: alert.createdAt,
      source: "alert",
      excerpt: excerptOf(summary),
    };
    const known = distinct.get(key);
    if (known) known.evidence.push(evidence);
    else distinct.set(key, { summary, name: alertName(alert), evidence: [evidence] });
  }
  if (alerts.length === 0) {
    // No alert records: the incident's title is the symptom, and the trigger entry is the record of it.
    const trigger = logEntries.find((entry) => entry.kind === "trigger");
    const title = redactSecrets(incident.title).trim();
    if (trigger && title !== "") {
      const evidence: Evidence = {
        id: trigger.id,
        at: trigger.at,
        source: "log_entry",
        excerpt: excerptOf(trigger.summary),
      };
      distinct.set(title, { summary: title, name: null, evidence: [evidence] });
    }
  }
  const fresh = [...distinct.values()].filter(
    (symptom) =>
      !(symptom.name && mentionsPhrase(mentions, symptom.name)) && !mentionsPhrase(mentions, symptom.summary),
  );
  if (fresh.length > MAX_SYMPTOMS) {
    warnings.push(
      `${fresh.length - MAX_SYMPTOMS} more distinct alerts were left out; the draft lists the first ${MAX_SYMPTOMS}.`,
    );
  }
  const alertItems: DraftItem[] = fresh.slice(0, MAX_SYMPTOMS).map((symptom) => ({
    kind: "symptom",
    lines: ({ bullet }) => symptomItem(bullet, symptom.summary, incident),
    isTableRow: () => false,
    evidence: symptom.evidence.slice(0, 3),
  }));
  // Error messages responders quoted are what the next responder will see.
  const errors = quotedErrors(records.notes, logEntries)
    .filter((error) => !mentionsPhrase(mentions, error.lines[0]!))
    .slice(0, MAX_SYMPTOMS);
  const errorItems: DraftItem[] = errors.map((error) => ({
    kind: "symptom",
    lines: ({ bullet }) => errorItem(bullet, error.lines[0]!, incident),
    isTableRow: () => false,
    evidence: error.evidence.slice(0, 3),
  }));
  return [...alertItems, ...errorItems];
}

export function stepItems(records: DraftRecords, mentions: RunbookMentions, warnings: string[]): DraftItem[] {
  const fresh = extractSteps(records.notes, records.logEntries).filter((step) =>
    step.prose
      ? !mentionsPhrase(mentions, step.lines[0]!)
      : step.lines.length === 1
        ? !mentionsCommand(mentions, step.lines[0]!)
        : !mentionsBlock(mentions, step.lines),
  );
  const items: DraftItem[] = [];
  for (const purpose of ["diagnosis", "mitigation"] as const) {
    const steps = fresh.filter((step) => step.purpose === purpose);
    const kept = mostEvidenced(steps, MAX_STEPS_PER_SECTION);
    if (kept.length < steps.length) {
      warnings.push(
        `${steps.length - kept.length} more ${purpose} commands from the notes were left out; the draft keeps the ${kept.length} seen most often.`,
      );
    }
    for (const step of kept) {
      items.push({
        kind: purpose,
        lines: ({ bullet }) =>
          step.prose
            ? proseStepItem(bullet, step.lines[0]!, records.incident)
            : stepItem(bullet, step.lines, step.language, records.incident),
        isTableRow: () => false,
        evidence: step.evidence,
      });
    }
  }
  return items;
}

/** The steps seen in the most records, in the order they were first seen. */
function mostEvidenced(steps: ExtractedStep[], limit: number): ExtractedStep[] {
  if (steps.length <= limit) return steps;
  const ranked = steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => b.step.evidence.length - a.step.evidence.length || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index);
  return ranked.map(({ step }) => step);
}

export function historyItems(
  records: DraftRecords,
  outline: RunbookOutline,
  warnings: string[],
): DraftItem[] {
  const { incident, logEntries, alerts } = records;
  const texts = outline.lines.texts;
  const number = new RegExp(`#${incident.number}(?!\\d)`);
  const recorded = outline.sections
    .filter((section) => section.kind === "history")
    .some((section) =>
      texts
        .slice(section.bodyStart, section.end)
        .some((line) => number.test(line) || (incident.url !== null && line.includes(incident.url))),
    );
  // Anywhere else (a history the outline does not see as one, inside a block left open), the same entry again
  // under another spelling: the incident's number and its title, compared as words.
  const titleWords = normalizeProse(redactSecrets(incident.title));
  const spelled = texts.some(
    (line) => number.test(line) && titleWords !== "" && normalizeProse(line).includes(titleWords),
  );
  if (recorded || spelled) return [];

  const trigger = logEntries.find((entry) => entry.kind === "trigger");
  const resolve = logEntries.findLast((entry) => entry.kind === "resolve");
  const evidence: Evidence[] = [trigger, resolve]
    .filter((entry): entry is LogEntry => entry !== undefined)
    .map((entry) => ({
      id: entry.id,
      at: entry.at,
      source: "log_entry",
      excerpt: excerptOf(redactSecrets(entry.summary)),
    }));
  const firstAlert = alerts[0];
  if (evidence.length === 0 && firstAlert) {
    evidence.push({
      id: firstAlert.id,
      at: firstAlert.createdAt,
      source: "alert",
      excerpt: excerptOf(redactSecrets(firstAlert.summary)),
    });
  }
  if (evidence.length === 0) {
    warnings.push(
      `Incident #${incident.number} has no log entries or alerts to cite, so no history entry was drafted.`,
    );
    return [];
  }
  const title = redactSecrets(incident.title);
  const row = (target: ItemTarget) =>
    target.tableColumns ? historyRow(target.tableColumns, incident, title) : null;
  return [
    {
      kind: "history",
      lines: (target) => row(target) ?? historyItem(target.bullet, incident, title),
      isTableRow: (target) => row(target) !== null,
      evidence,
      date: incident.createdAt.slice(0, 10),
    },
  ];
}

function excerptOf(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= 200 ? oneLine : `${oneLine.slice(0, 199)}…`;
}
