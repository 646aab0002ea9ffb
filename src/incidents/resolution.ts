// What fixed an incident, from what people wrote up to its resolve: notes, annotations, the resolve message, and
// any other entry a person wrote a message on. Notes written after the resolve are context, never the fix. Pure.
import { redactSecrets } from "../lib/redact.js";
import type { LogEntry, Note } from "../model.js";
import { type FixAction, recogniseActions } from "./fix-lexicon.js";

export interface Resolution {
  /** The entries' words, oldest first, one entry a line ("HH:MM text"), secrets redacted. */
  text: string;
  /** Ids of the log entries and notes the text comes from. */
  entryIds: string[];
  /** Actions named in them, per the lexicon in fix-lexicon.ts; empty when none is named. */
  actions: FixAction[];
}

/** Entries naming an action that are kept, the latest before the resolve. */
export const RESOLUTION_ENTRIES = 4;
export const RESOLUTION_CHARS = 1_000;
const ACTIONS_KEPT = 12;
/**
 * Characters of one entry read for the fix: what a responder did is said in its first lines, and reading a pasted
 * 1 MB log with the lexicon would hold the call past its deadline.
 */
const ENTRY_CHARS_READ = 8_000;

interface Written {
  id: string;
  at: string;
  text: string;
  isResolveMessage: boolean;
}

/** Everything a person wrote, each text once (a note and its annotate entry say the same). */
function humanWritten(entries: readonly LogEntry[], notes: readonly Note[]): Written[] {
  const written: Written[] = [];
  const seen = new Set<string>();
  const add = (id: string, at: string, text: string | null, isResolveMessage: boolean) => {
    const trimmed = text?.slice(0, ENTRY_CHARS_READ).trim();
    if (!trimmed) return;
    const key = trimmed.replace(/\s+/g, " ");
    if (seen.has(key)) return;
    seen.add(key);
    written.push({ id, at, text: trimmed, isResolveMessage });
  };
  for (const entry of entries) {
    if (entry.kind === "annotate") add(entry.id, entry.at, entry.message, false);
    else if (entry.kind === "resolve") add(entry.id, entry.at, entry.message, true);
    else if (entry.actor && entry.message && entry.kind !== "notify")
      add(entry.id, entry.at, entry.message, false);
  }
  for (const note of notes) add(note.id, note.at, note.content, false);
  return written.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function clipEnd(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The fix as the records tell it: the latest entries up to `resolvedAt` (or all, while open) that name an action,
 * with the resolve message; when none names one, the resolve message or else the last thing written before it,
 * with no actions. Null only when nobody wrote anything before the resolve.
 */
export function findResolution(
  entries: readonly LogEntry[],
  notes: readonly Note[],
  resolvedAt: string | null,
): Resolution | null {
  const end = resolvedAt === null ? Number.POSITIVE_INFINITY : Date.parse(resolvedAt);
  const before = humanWritten(entries, notes).filter((item) => Date.parse(item.at) <= end);
  if (before.length === 0) return null;

  const withActions = before.map((item) => ({ item, actions: recogniseActions(item.text) }));
  const acting = withActions.filter(({ actions }) => actions.length > 0).slice(-RESOLUTION_ENTRIES);
  const resolveMessage = withActions.filter(({ item }) => item.isResolveMessage).pop();
  const chosen =
    acting.length > 0
      ? [...new Set([...acting, ...(resolveMessage ? [resolveMessage] : [])])]
      : [resolveMessage ?? withActions[withActions.length - 1]!];
  chosen.sort((a, b) => Date.parse(a.item.at) - Date.parse(b.item.at));

  const lines = chosen.map(
    ({ item }) => `${item.at.slice(11, 16)} ${redactSecrets(item.text).replace(/\s+/g, " ")}`,
  );
  return {
    text: clipEnd(lines.join("\n"), RESOLUTION_CHARS),
    entryIds: chosen.map(({ item }) => item.id),
    actions: chosen.flatMap(({ actions }) => actions).slice(0, ACTIONS_KEPT),
  };
}
