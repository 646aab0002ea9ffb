// The steps responders took, read from incident notes and from annotate and resolve log entries: fenced
// blocks, inline code spans, shell-looking lines and sentences reporting an action ("Restored db1 from the
// snapshot"). Quoted error messages are not steps; they are collected apart, as symptoms. Each comes with the
// records that show it.

import { redactSecrets } from "../../lib/redact.js";
import type { Instant, LogEntry, Note } from "../../model.js";
import {
  commandPurpose,
  looksLikeCommand,
  meaningfulLines,
  normalizeCommand,
  stripPrompt,
} from "./command-text.js";
import { actionSentences, actionWords, namesAFailure, startsLikeErrorMessage } from "./prose-actions.js";

export interface Evidence {
  /** The record's id (a note, log entry or alert id): what a reviewer looks up, and what `changes[].entryIds` cite. */
  id: string;
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
  /** A sentence reporting an action rather than a command. */
  prose: boolean;
  evidence: Evidence[];
}

const EXCERPT_LIMIT = 200;
const SHELL_LANGUAGES =
  /^(?:sh|bash|zsh|shell|console|shell-session|fish|ps1?|powershell|pwsh|sql|psql|mysql|cmd|bat)$/i;
const FENCE = /^([ \t]*)(`{3,}|~{3,})[ \t]*([^`\s]*)/;
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const LIST_MARKER = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

interface RecordText {
  id: string;
  at: Instant;
  source: Evidence["source"];
  text: string;
}

/** Oldest first, one step per distinct command, evidence in the order the records were written. */
export function extractSteps(notes: readonly Note[], logEntries: readonly LogEntry[]): ExtractedStep[] {
  const records = recordTexts(notes, logEntries);
  const steps = new Map<string, ExtractedStep>();
  const add = (key: string, found: Omit<ExtractedStep, "evidence">, evidence: Evidence) => {
    const known = steps.get(key);
    if (known) {
      if (!known.evidence.some((item) => item.id === evidence.id && item.excerpt === evidence.excerpt)) {
        known.evidence.push(evidence);
      }
      if (found.purpose === "mitigation") known.purpose = "mitigation";
    } else {
      steps.set(key, { ...found, evidence: [evidence] });
    }
  };
  for (const record of records) {
    const text = redactSecrets(record.text.replace(/\r\n?/g, "\n"));
    for (const found of stepsInText(text)) {
      const purpose = found.lines.some((line) => commandPurpose(line, text) === "mitigation")
        ? "mitigation"
        : "diagnosis";
      const evidence: Evidence = {
        id: record.id,
        at: record.at,
        source: record.source,
        excerpt: excerpt(found.excerpt),
      };
      add(
        found.lines.map(normalizeCommand).join("\n"),
        { lines: found.lines, language: found.language, purpose, prose: false },
        evidence,
      );
    }
    for (const sentence of actionSentences(text)) {
      const evidence: Evidence = {
        id: record.id,
        at: record.at,
        source: record.source,
        excerpt: excerpt(sentence),
      };
      add(
        `prose:${[...actionWords(sentence)].join(" ")}`,
        { lines: [sentence], language: null, purpose: "mitigation", prose: true },
        evidence,
      );
    }
  }
  return withoutRepeatedActions(withoutCommandsInsideBlocks([...steps.values()]));
}

/** Error messages responders quoted (in code spans or fences), oldest first, each with the record it is from. */
export function quotedErrors(notes: readonly Note[], logEntries: readonly LogEntry[]): ExtractedStep[] {
  const errors = new Map<string, ExtractedStep>();
  for (const record of recordTexts(notes, logEntries)) {
    const text = redactSecrets(record.text.replace(/\r\n?/g, "\n"));
    for (const span of text.matchAll(CODE_SPAN)) {
      const message = span[2]!.trim();
      const error =
        startsLikeErrorMessage(message) ||
        (namesAFailure(message) && !looksLikeCommand(message, { inCodeSpan: true }));
      if (!error) continue;
      const evidence: Evidence = {
        id: record.id,
        at: record.at,
        source: record.source,
        excerpt: excerpt(text),
      };
      const known = errors.get(message);
      if (known) known.evidence.push(evidence);
      else
        errors.set(message, {
          lines: [message],
          language: null,
          purpose: "diagnosis",
          prose: false,
          evidence: [evidence],
        });
    }
  }
  return [...errors.values()];
}

/** An action said twice ("rolled back the X deployment", later "X rolled back") is one step: the fuller one. */
function withoutRepeatedActions(steps: ExtractedStep[]): ExtractedStep[] {
  const prose = steps.filter((step) => step.prose);
  const words = new Map(prose.map((step) => [step, actionWords(step.lines[0]!)]));
  const kept = steps.filter((step) => {
    if (!step.prose) return true;
    const mine = words.get(step)!;
    const fuller = prose.find(
      (other) =>
        other !== step &&
        words.get(other)!.size > mine.size &&
        [...mine].every((word) => words.get(other)!.has(word)),
    );
    if (fuller) fuller.evidence.push(...step.evidence.filter((item) => !fuller.evidence.includes(item)));
    return !fuller;
  });
  return kept;
}

function recordTexts(notes: readonly Note[], logEntries: readonly LogEntry[]): RecordText[] {
  const noteTexts = new Set(notes.map((note) => note.content.trim()));
  return [
    ...notes.map((note) => ({ id: note.id, at: note.at, source: "note" as const, text: note.content })),
    ...logEntries
      .filter((entry) => (entry.kind === "annotate" || entry.kind === "resolve") && entry.message)
      // PagerDuty writes an annotate entry for every note: the note is the record to cite.
      .filter((entry) => !(entry.kind === "annotate" && noteTexts.has(entry.message!.trim())))
      .map((entry) => ({ id: entry.id, at: entry.at, source: "log_entry" as const, text: entry.message! })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
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
        if (looksLikeCommand(command, { inCodeSpan: true }) && !startsLikeErrorMessage(command)) {
          found.push({ lines: [stripPrompt(command)], language: null, excerpt: line.trim() });
        }
      }
    } else if (looksLikeCommand(plain, { inCodeSpan: false }) && !startsLikeErrorMessage(plain)) {
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
  return steps.filter(
    (step) => step.prose || step.lines.length > 1 || !inBlocks.has(normalizeCommand(step.lines[0]!)),
  );
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s*\n\s*/g, " ⏎ ").trim();
  return oneLine.length <= EXCERPT_LIMIT ? oneLine : `${oneLine.slice(0, EXCERPT_LIMIT - 1)}…`;
}
