// Applies a draft's additions to the file's lines: blocks inserted before given lines, separated from their
// neighbours by blank lines as Markdown needs, and one line replaced (the front matter's lastReviewed).
import { isBlank, type LineEnding, type SourceLines } from "./markdown-lines.js";

export interface Insertion {
  /** The block goes before this line; the line count for the end of the file. */
  at: number;
  lines: string[];
  /**
   * "block": blank lines around it where its neighbours have none; "continue": list items or table rows that
   * continue the block ending just before `at`, so no blank line before; "line": a line inside a block
   * (the front matter), none at all.
   */
  join: "block" | "continue" | "line";
}

export interface Replacement {
  line: number;
  text: string;
}

/** Insertions at the same line keep the order they are given in. */
export function applyEdits(
  source: SourceLines,
  insertions: readonly Insertion[],
  replacements: readonly Replacement[],
): SourceLines {
  const { texts, endings, eol } = source;
  const byLine = new Map<number, Insertion[]>();
  for (const insertion of insertions)
    byLine.set(insertion.at, [...(byLine.get(insertion.at) ?? []), insertion]);
  const replaced = new Map(replacements.map((replacement) => [replacement.line, replacement.text]));

  const outTexts: string[] = [];
  const outEndings: (LineEnding | "")[] = [];
  const emitBlockAt = (at: number) => {
    const group = byLine.get(at);
    if (!group) return;
    group.forEach((insertion, index) => {
      const previous = index > 0 ? group[index - 1]!.lines.at(-1) : texts[at - 1];
      const separate = insertion.join === "block" && previous !== undefined && !isBlank(previous);
      if (separate) outTexts.push("");
      outTexts.push(...insertion.lines);
    });
    if (group.at(-1)!.join !== "line" && at < texts.length && !isBlank(texts[at]!)) outTexts.push("");
    while (outEndings.length < outTexts.length) outEndings.push(eol);
  };

  for (let line = 0; line < texts.length; line++) {
    emitBlockAt(line);
    outTexts.push(replaced.get(line) ?? texts[line]!);
    outEndings.push(endings[line]!);
  }
  const appendsAtEnd = byLine.has(texts.length);
  if (appendsAtEnd && outEndings.length > 0 && outEndings.at(-1) === "") {
    // The file ended without a newline: the old last line gets one, the new last line goes without.
    outEndings[outEndings.length - 1] = eol;
    emitBlockAt(texts.length);
    outEndings[outEndings.length - 1] = "";
  } else {
    emitBlockAt(texts.length);
  }
  return { texts: outTexts, endings: outEndings, eol };
}
