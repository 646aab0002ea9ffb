// Changes the calling model wrote for a runbook, proved against the incident's records before any is drafted:
// each must cite records of this incident, and every command, path, identifier and number in its text must
// appear in a record it cites. A change that fails is refused with the reason; the rest become draft items,
// placed by the runbook's structure like the server's own. The model reads; the server proves.
import { redactSecrets } from "../../lib/redact.js";
import type { Incident } from "../../model.js";
import type { Evidence } from "../records/extract-steps.js";
import { changeFacts, normalizeCode } from "./change-facts.js";
import type { DraftItem, DraftRecords } from "./draft-items.js";
import { historyFacts, historyRow } from "./draft-lines.js";
import { mentionsCommand, normalizeProse, type RunbookMentions } from "./runbook-mentions.js";
import type { DraftedKind } from "./section-placement.js";

export interface ProposedChange {
  kind: DraftedKind;
  /** Markdown for one list item (continuation lines and a fenced block allowed). */
  text: string;
  /** Ids of the incident's notes, log entries or alerts the text comes from. */
  entryIds: readonly string[];
}

export interface RefusedChange {
  /** Position of the change in the caller's list, from 0. */
  index: number;
  kind: DraftedKind;
  reason: string;
}

interface CitedRecord {
  evidence: Evidence;
  /** Redacted, as the model saw it. */
  text: string;
}

export function verifyChanges(
  changes: readonly ProposedChange[],
  records: DraftRecords,
  mentions: RunbookMentions,
): { items: DraftItem[]; refused: RefusedChange[] } {
  const byId = recordsById(records);
  const items: DraftItem[] = [];
  const refused: RefusedChange[] = [];
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const judged = judge(change, records, byId, mentions, seen);
    if (typeof judged === "string") refused.push({ index, kind: change.kind, reason: judged });
    else items.push(judged);
  });
  return { items, refused };
}

/** The change as a draft item, or the reason it is refused. */
function judge(
  change: ProposedChange,
  records: DraftRecords,
  byId: ReadonlyMap<string, CitedRecord>,
  mentions: RunbookMentions,
  seen: Set<string>,
): DraftItem | string {
  const text = cleanText(change.text);
  if (text === "") return "its text is empty; write the line to add.";
  const unknown = change.entryIds.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    const named = unknown.map((id) => `"${id}"`).join(", ");
    return `it cites ${named}, which ${unknown.length === 1 ? "is not a record" : "are not records"} of incident #${records.incident.number}; cite the ids of its notes, log entries or alerts.`;
  }
  const cited = [...new Set(change.entryIds)].map((id) => byId.get(id)!);
  const unsupported = unsupportedFacts(text, cited, records.incident);
  if (unsupported.length > 0) {
    const one = unsupported.length === 1;
    const named = unsupported
      .slice(0, 3)
      .map((fact) => `"${fact}"`)
      .join(", ");
    return `${named} ${one ? "does" : "do"} not appear in the records it cites; cite the record that shows ${one ? "it" : "them"}, or leave ${one ? "it" : "them"} out.`;
  }
  const key = `${change.kind}\n${normalizeProse(text)}`;
  if (seen.has(key)) return "it repeats an earlier change.";
  seen.add(key);
  return alreadyInRunbook(text, change.kind, mentions) ?? itemOf(change.kind, text, cited, records.incident);
}

function recordsById(records: DraftRecords): Map<string, CitedRecord> {
  const byId = new Map<string, CitedRecord>();
  const add = (id: string, at: string, source: Evidence["source"], text: string) => {
    const redacted = redactSecrets(text.replace(/\r\n?/g, "\n"));
    const excerpt = redacted.replace(/\s+/g, " ").trim();
    byId.set(id, {
      text: redacted,
      evidence: { id, at, source, excerpt: excerpt.length <= 200 ? excerpt : `${excerpt.slice(0, 199)}…` },
    });
  };
  for (const note of records.notes) add(note.id, note.at, "note", note.content);
  for (const entry of records.logEntries)
    add(entry.id, entry.at, "log_entry", [entry.message ?? "", entry.summary].filter(Boolean).join("\n"));
  for (const alert of records.alerts)
    add(alert.id, alert.createdAt, "alert", `${alert.summary}\n${JSON.stringify(alert.details ?? {})}`);
  return byId;
}

/** The text as one list item's content: no bullet of its own, no trailing blank lines, secrets redacted. */
function cleanText(text: string): string {
  return redactSecrets(text.replace(/\r\n?/g, "\n"))
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "")
    .replace(/\s+$/, "")
    .trim();
}

function unsupportedFacts(text: string, cited: readonly CitedRecord[], incident: Incident): string[] {
  const facts = changeFacts(text);
  const codeText = cited.map((record) => normalizeCode(record.text));
  const lowerText = cited.map((record) => record.text.toLowerCase());
  const missing = facts.code.filter((code) => !codeText.some((text) => text.includes(normalizeCode(code))));
  for (const token of facts.tokens) {
    const lower = token.toLowerCase();
    if (lower === String(incident.number)) continue;
    if (!lowerText.some((text) => text.includes(lower))) missing.push(token);
  }
  return [...new Set(missing)];
}

function alreadyInRunbook(text: string, kind: DraftedKind, mentions: RunbookMentions): string | null {
  if (kind === "history") return null;
  const { code } = changeFacts(text);
  if (code.length > 0 && code.every((command) => mentionsCommand(mentions, command)))
    return `the runbook already has ${code.length === 1 ? `\`${code[0]}\`` : "every command it quotes"}.`;
  const prose = normalizeProse(text);
  if (prose.length >= 20 && mentions.prose.includes(prose.replace(/\d+(?:[.,]\d+)*/g, "#")))
    return "the runbook already says this.";
  return null;
}

function itemOf(kind: DraftedKind, text: string, cited: CitedRecord[], incident: Incident): DraftItem {
  const evidence = cited.map((record) => record.evidence).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const [first, ...rest] = text.split("\n");
  if (kind === "history") {
    const oneLine = text.replace(/\s+/g, " ");
    const { date, reference } = historyFacts(incident);
    const row = (columns: readonly string[] | null) =>
      columns ? historyRow(columns, incident, oneLine, { verbatim: true }) : null;
    return {
      kind,
      lines: (target) => row(target.tableColumns) ?? [`${target.bullet} ${date}: ${reference} ${oneLine}`],
      isTableRow: (target) => row(target.tableColumns) !== null,
      evidence,
      date,
    };
  }
  return {
    kind,
    lines: ({ bullet }) => [
      `${bullet} ${first} (incident #${incident.number})`,
      ...rest.map((line) => (line.trim() === "" ? "" : `  ${line}`)),
    ],
    isTableRow: () => false,
    evidence,
  };
}

/** The ids a model may cite, with what each record is, for the review prompt. */
export function citableRecords(records: DraftRecords): { id: string; at: string; what: string }[] {
  return [
    ...records.alerts.map((alert) => ({
      id: alert.id,
      at: alert.createdAt,
      what: `alert: ${alert.summary}`,
    })),
    ...records.logEntries.map((entry) => ({
      id: entry.id,
      at: entry.at,
      what: `${entry.kind}: ${entry.summary}`,
    })),
    ...records.notes.map((note) => ({ id: note.id, at: note.at, what: "note" })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
