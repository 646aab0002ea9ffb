import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/markdown.ts
function escapeCell(text) {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function markdownTable(headers, rows) {
  let line = (cells) => `| ${cells.map((cell) => escapeCell(String(cell))).join(" | ")} |`;
  return [line(headers), `| ${headers.map(() => "---").join(" | ")} |`, ...rows.map(line)].join(`
`);
}

export {
  markdownTable
};
