// The checkable facts in a line of runbook Markdown a model wrote: the code it quotes (spans and fenced lines),
// and the paths, identifiers, numbers and links in its prose. Ordinary words are not facts; a model may phrase
// them as it likes. Pure.

export interface ChangeFacts {
  /** Code spans and the meaningful lines of fenced blocks, as written. */
  code: string[];
  /** Paths, identifiers, numbers and URLs in the prose. */
  tokens: string[];
}

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g;
const LINK = /\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g;
// A word carries a fact when it holds a digit, a path or option separator, an underscore, an assignment, an
// inner dot ("config.yaml", "v1.2"), an inner capital ("maxClientConn") or a hyphen between word parts.
const FACT_SHAPE = /\d|[/_=@]|^--?[A-Za-z]|\w\.\w|[a-z][A-Z]|\w-\w/;

export function changeFacts(text: string): ChangeFacts {
  const code: string[] = [];
  const prose: string[] = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const fence = FENCE.exec(lines[index]!);
    if (fence) {
      const marker = fence[1]!;
      for (index++; index < lines.length && !lines[index]!.trim().startsWith(marker); index++) {
        // "# …" and "-- …" are comments in shell and SQL; a "$ " or "% " prompt is not part of the command.
        const line = lines[index]!.trim();
        if (line !== "" && !line.startsWith("#") && !line.startsWith("-- "))
          code.push(line.replace(/^(?:\$|%|>)\s+/, ""));
      }
      continue;
    }
    prose.push(
      lines[index]!.replace(CODE_SPAN, (_match, _ticks, inner: string) => {
        code.push(inner.trim());
        return " ";
      }),
    );
  }
  const tokens: string[] = [];
  const plain = prose.join("\n").replace(LINK, (_match, label: string, url: string) => {
    tokens.push(url);
    return label;
  });
  for (const word of plain.split(/\s+/)) {
    const token = word.replace(/^[("'“‘[{*_<]+|[)"'”’\]}*_>.,;:!?]+$/g, "");
    if (token !== "" && FACT_SHAPE.test(token) && !/^#\d+$/.test(token)) tokens.push(token);
  }
  return { code: code.filter((item) => item !== ""), tokens };
}

/** One form for comparing quoted code with a record: one space between words, one kind of quote. */
export function normalizeCode(text: string): string {
  return text
    .replace(/\\\r?\n/g, " ")
    .replace(/[‘’']/g, '"')
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
