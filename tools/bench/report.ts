// One row per figure: what was measured, its target, and the comparison measured in the same run.
export interface BenchRow {
  benchmark: string;
  figure: string;
  target: string;
  comparison: string;
  met: boolean | null;
}

export function printTable(rows: BenchRow[]): string {
  const headers = ["benchmark", "figure", "target", "compared with (same run)", "met"];
  const cells = rows.map((row) => [
    row.benchmark,
    row.figure,
    row.target,
    row.comparison,
    row.met === null ? "–" : row.met ? "yes" : "NO",
  ]);
  const widths = headers.map((header, i) => Math.max(header.length, ...cells.map((line) => line[i]!.length)));
  const line = (values: string[]) => values.map((value, i) => value.padEnd(widths[i]!)).join("  ");
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...cells.map(line)].join("\n");
}
