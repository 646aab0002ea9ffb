// A Markdown file as lines that keep their own endings, so that untouched lines come back byte for byte
// (CRLF stays CRLF, a missing final newline stays missing) and new lines use the file's dominant ending.

export type LineEnding = "\r\n" | "\n" | "\r";

export interface SourceLines {
  /** Line texts without their endings. */
  texts: string[];
  /** The ending of each line; "" only for a last line without one. */
  endings: (LineEnding | "")[];
  /** The ending new lines get: the most common one in the file, "\n" when there is none. */
  eol: LineEnding;
}

const LINE = /([^\r\n]*)(\r\n|\n|\r|$)/g;

/** Splits like micromark does (CRLF, LF and lone CR all end a line), so line numbers agree with the parser's. */
export function splitLines(content: string): SourceLines {
  const texts: string[] = [];
  const endings: (LineEnding | "")[] = [];
  const counts = { "\r\n": 0, "\n": 0, "\r": 0 };
  LINE.lastIndex = 0;
  for (let match = LINE.exec(content); match; match = LINE.exec(content)) {
    const ending = match[2] as LineEnding | "";
    if (ending === "" && match[1] === "") break;
    texts.push(match[1]!);
    endings.push(ending);
    if (ending !== "") counts[ending] += 1;
    if (ending === "") break;
  }
  const eol: LineEnding =
    counts["\r\n"] > counts["\n"] && counts["\r\n"] >= counts["\r"]
      ? "\r\n"
      : counts["\r"] > counts["\n"]
        ? "\r"
        : "\n";
  return { texts, endings, eol };
}

export function joinLines(lines: SourceLines): string {
  let content = "";
  for (let index = 0; index < lines.texts.length; index++)
    content += lines.texts[index]! + lines.endings[index]!;
  return content;
}

export function isBlank(text: string): boolean {
  return /^[ \t]*$/.test(text);
}

/** Leading indentation in columns, tabs advancing to the next multiple of 4 as CommonMark counts them. */
export function indentWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    if (character === " ") width += 1;
    else if (character === "\t") width += 4 - (width % 4);
    else break;
  }
  return width;
}
