// Where a history entry goes so the section stays in date order: before the first dated entry it precedes
// (oldest first) or follows (newest first). Null when it belongs at the end, or the section has no dates.

import { tableCells } from "../markdown/insertion-point.js";
import type { SourceLines } from "../markdown/markdown-lines.js";
import type { RunbookSection } from "../markdown/markdown-sections.js";
import type { DraftItem } from "./draft-items.js";

export interface HistoryPosition {
  /** The new lines go before this line. */
  before: number;
  bullet: string;
  tableColumns: string[] | null;
}

const DATED_ITEM = /^([-*+]|\d{1,9}[.)])[ \t]+.*?(\d{4}-\d{2}-\d{2})/;
const DATED_ROW = /^\|.*?(\d{4}-\d{2}-\d{2})/;

export function historyPosition(
  lines: SourceLines,
  section: RunbookSection,
  items: readonly DraftItem[],
): HistoryPosition | null {
  const date = items[0]?.date;
  if (!date) return null;
  const texts = lines.texts;
  const entries: { line: number; date: string; bullet: string; row: boolean }[] = [];
  for (let line = section.bodyStart; line < section.bodyEnd; line++) {
    const item = DATED_ITEM.exec(texts[line]!);
    if (item)
      entries.push({ line, date: item[2]!, bullet: /\d/.test(item[1]!) ? "1." : item[1]!, row: false });
    const row = DATED_ROW.exec(texts[line]!);
    if (row) entries.push({ line, date: row[1]!, bullet: "-", row: true });
  }
  if (entries.length === 0) return null;
  const newestFirst = entries.length > 1 && entries[0]!.date > entries.at(-1)!.date;
  const next = entries.find((entry) => (newestFirst ? entry.date < date : entry.date > date));
  if (!next) return null;
  let header = next.line;
  if (next.row) while (header > section.bodyStart && texts[header - 1]!.trimStart().startsWith("|")) header--;
  return {
    before: next.line,
    bullet: next.bullet,
    tableColumns: next.row ? tableCells(texts[header]!) : null,
  };
}
