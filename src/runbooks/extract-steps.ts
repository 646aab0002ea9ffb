// The commands responders ran, read from incident notes and from annotate and resolve log entries: fenced
// blocks, inline code spans and shell-looking lines. Each comes with the records that show it was run.

import { redactSecrets } from "../lib/redact.js";
import type { Instant, LogEntry, Note } from "../model.js";
import { commandPurpose, looksLikeCommand, normalizeCommand, stripPrompt } from "./command-text.js";
import { meaningfulLines } from "./runbook-mentions.js";

export interface Evidence {
  at: Instant;
  source: "note" | "log_entry" | "alert";
  excerpt: string;
}

export interface ExtractedStep {
  /** One command, or the lines of a fenced block (redacted). */
  lines: string[];
  /** The fence's info string for a block ("sh", "sql"), else null. */
  language: string | null;
  purpose: "diagnosis" | "mitigation";
  evidence: Evidence[];
}

const EXCERPT_LIMIT = 200;
const SHELL_LANGUAGES =
  /^(?:sh|bash|zsh|shell|console|shell-session|fish|ps1?|powershell|pwsh|sql|psql|mysql|cmd|bat)$/i;
const FENCE = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const LIST_MARKER = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

interface RecordText {
  at: Instant;
  source: Evidence["source"];
  text: string;
}

/** Oldest first, one step per distinct command, evidence in the order the records were written. */
export function extractSteps(notes: readonly Note[], logEntries: readonly LogEntry[]): ExtractedStep[] {
  const noteTexts = new Set(notes.map((note) => note.content.trim()));
  const records: RecordText[] = [
    ...notes.map((note) => ({ at: note.at, source: "note" as const, text: note.content })),
    ...logEntries
      .filter((entry) => (entry.kind === "annotate" || entry.kind === "resolve") && entry.message)
      // PagerDuty writes an annotate entry for every note: the note is the record to cite.
      .filter((entry) => !(entry.kind === "annotate" && noteTexts.has(entry.message!.trim())))
      .map((entry) => ({ at: entry.at, source: "log_entry" as const, text: entry.message! })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const steps = new Map<string, ExtractedStep>();
  for (const record of records) {
    const text = redactSecrets(record.text.replace(/\r\n?/g, "\n"));
    for (const found of stepsInText(text)) {
      const key = found.lines.map(normalizeCommand).join("\n");
      const evidence: Evidence = { at: record.at, source: record.source, excerpt: excerpt(found.excerpt) };
      const purpose = found.lines.some((line) => commandPurpose(line, text) === "mitigation")
        ? "mitigation"
        : "diagnosis";
      const known = steps.get(key);
      if (known) {
        if (!known.evidence.some((item) => item.at === evidence.at && item.excerpt === evidence.excerpt)) {
          known.evidence.push(evidence);
        }
        if (purpose === "mitigation") known.purpose = "mitigation";
      } else {
        steps.set(key, { lines: found.lines, language: found.language, purpose, evidence: [evidence] });
      }
    }
  }
  return withoutCommandsInsideBlocks([...steps.values()]);
}

interface FoundStep {
  lines: string[];
  language: string | null;
  excerpt: string;
}

function stepsInText(text: string): FoundStep[] {
  const found: FoundStep[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = FENCE.exec(line);
    if (fence) {
      const [, indent, marker, info] = fence as unknown as [string, string, string, string];
      const closing = new RegExp(`^[ \\t]*${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
      const body: string[] = [];
      for (index++; index < lines.length && !closing.test(lines[index]!); index++) {
        body.push(
          lines[index]!.startsWith(indent) ? lines[index]!.slice(indent.length) : lines[index]!.trimStart(),
        );
      }
      const block = commandsOfBlock(body, info);
      if (block) found.push(block);
      continue;
    }
    const plain = line.replace(LIST_MARKER, "");
    if (plain.includes("`")) {
      for (const span of plain.matchAll(CODE_SPAN)) {
        const command = span[2]!.trim();
        if (looksLikeCommand(command, { inCodeSpan: true })) {
          found.push({ lines: [stripPrompt(command)], language: null, excerpt: line.trim() });
        }
      }
    } else if (looksLikeCommand(plain, { inCodeSpan: false })) {
      found.push({ lines: [stripPrompt(plain).replace(/\.$/, "")], language: null, excerpt: line.trim() });
    }
  }
  return found;
}

/**
 * The commands in a fenced block: the prompted lines of a console transcript, or the whole block when it is
 * marked as shell or SQL or reads as commands. Output pasted into a note (logs, JSON) is not a step.
 */
function commandsOfBlock(body: string[], info: string): FoundStep | null {
  const meaningful = meaningfulLines(body);
  if (meaningful.length === 0) return null;
  const prompted = meaningful.filter((line) => /^\s*(?:\$|%|PS>)\s+/.test(line));
  let lines: string[];
  if (prompted.length > 0) lines = prompted.map(stripPrompt);
  else if (SHELL_LANGUAGES.test(info)) lines = trimBlankEdges(body);
  else if (info === "" && looksLikeCommand(meaningful[0]!, { inCodeSpan: true }))
    lines = trimBlankEdges(body);
  else return null;
  if (lines.length === 1) return { lines, language: null, excerpt: meaningful[0]! };
  const language =
    info === "" || /^(?:console|shell-session)$/i.test(info) ? (prompted.length > 0 ? "sh" : null) : info;
  return { lines, language, excerpt: meaningful.slice(0, 3).join("\n") };
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === "") start++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return lines.slice(start, end);
}

/** A command also written as part of a block is the block's; listing it twice would repeat the runbook. */
function withoutCommandsInsideBlocks(steps: ExtractedStep[]): ExtractedStep[] {
  const inBlocks = new Set(
    steps.filter((step) => step.lines.length > 1).flatMap((step) => step.lines.map(normalizeCommand)),
  );
  return steps.filter((step) => step.lines.length > 1 || !inBlocks.has(normalizeCommand(step.lines[0]!)));
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, " ⏎ ").trim();
  return oneLine.length <= EXCERPT_LIMIT ? oneLine : `${oneLine.slice(0, EXCERPT_LIMIT - 1)}…`;
}
