// What a runbook already says, in the normalised forms the draft compares against, so that a command or an
// alert it already covers is not added again: by a different spelling, with a prompt, or as a placeholder.
import { commandTemplate, meaningfulLines, normalizeCommand } from "../records/command-text.js";

export interface RunbookMentions {
  commands: Set<string>;
  /** Runbook commands with placeholders (<pod>, $NS), as matchers of concrete commands. */
  templates: RegExp[];
  /** The whole text in `normalizeProse` form, numbers masked. */
  prose: string;
}

const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const LINE_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?)?/;

export function collectMentions(texts: readonly string[]): RunbookMentions {
  const commands = new Set<string>();
  const templates = new Map<string, RegExp>();
  const add = (text: string) => {
    const normalized = normalizeCommand(text);
    if (normalized.length === 0 || commands.has(normalized)) return;
    commands.add(normalized);
    const template = commandTemplate(normalized);
    if (template) templates.set(normalized, template);
  };
  for (const text of texts) {
    const line = text.replace(LINE_PREFIX, "");
    add(line);
    if (line.includes("`")) for (const span of line.matchAll(CODE_SPAN)) add(span[2]!.trim());
  }
  return {
    commands,
    templates: [...templates.values()],
    prose: maskNumbers(normalizeProse(texts.join("\n"))),
  };
}

export function mentionsCommand(mentions: RunbookMentions, command: string): boolean {
  const normalized = normalizeCommand(command);
  return (
    mentions.commands.has(normalized) || mentions.templates.some((template) => template.test(normalized))
  );
}

/** A block of commands is covered when each of its commands is (comments and blank lines aside). */
export function mentionsBlock(mentions: RunbookMentions, lines: readonly string[]): boolean {
  const commands = meaningfulLines(lines);
  return commands.length > 0 && commands.every((line) => mentionsCommand(mentions, line));
}

/** Whether the runbook already mentions a phrase, compared as words with numbers masked. */
export function mentionsPhrase(mentions: RunbookMentions, phrase: string): boolean {
  const normalized = maskNumbers(normalizeProse(phrase));
  return normalized.length > 0 && mentions.prose.includes(normalized);
}

/** Lower case, Markdown marks and escapes gone, one space between words. */
export function normalizeProse(text: string): string {
  return text
    .toLowerCase()
    .replace(/\\([!-/:-@[-`{-~])/g, "$1")
    .replace(/[`*_~]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** "error rate 12.5% > 5%" and "error rate 40% > 5%" name the same alert. */
function maskNumbers(text: string): string {
  return text.replace(/\d+(?:[.,]\d+)*/g, "#");
}
