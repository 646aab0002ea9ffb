// npm run bench: every benchmark, each figure beside its target and a baseline measured in the same run.
// Figures, not tests: nothing here fails on a slow machine. Results also go to bench-results.json.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { measureColdStart, SETTLE_MILLIS } from "./cold-start.js";
import { benchGrowth } from "./growth.js";
import { benchHttpLoad } from "./http-load.js";
import { benchIncidents } from "./incidents.js";
import { benchOncallLoad } from "./oncall-load.js";
import { pathRows } from "./path.js";
import { type BenchRow, printTable } from "./report.js";
import { benchmarkRunbookDraft } from "./runbooks.js";
import { benchScale } from "./scale.js";
import { benchServerMemory } from "./server-memory.js";
import { shadowingRows } from "./shadowing.js";
import { benchSimilar } from "./similar.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

const megabytes = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(1)} MB`);

async function coldStartRows(): Promise<BenchRow[]> {
  const node = process.execPath;
  const env = { PATH: process.env.PATH, ONCALL_WORKSPACE: `${root}examples/workspace` };
  const echo = await measureColdStart("bare node echo", node, [`${root}tools/bench/echo-server.mjs`]);
  const ours = await measureColdStart("oncall-mentor-mcp", node, [`${root}dist/main.js`], 9, env);
  const everythingPath = `${root}node_modules/@modelcontextprotocol/server-everything/dist/index.js`;
  const everything = await measureColdStart("server-everything", node, [everythingPath, "stdio"]).catch(
    () => null,
  );
  const ratio = ours.medianMillis / echo.medianMillis;
  const under60 = (value: number | null) => (value === null ? null : value < 60);
  return [
    {
      benchmark: "full handshake: spawn to tools, prompts, resources and templates listed (median of 9)",
      figure: `${ours.medianMillis.toFixed(0)} ms (${ratio.toFixed(2)}× bare node)`,
      target: "≤ 2× bare node, below server-everything",
      comparison: `bare node ${echo.medianMillis.toFixed(0)} ms; server-everything ${everything ? `${everything.medianMillis.toFixed(0)} ms` : "n/a"}`,
      met: ratio <= 2 && (!everything || ours.medianMillis < everything.medianMillis),
    },
    {
      benchmark: "resident memory after the handshake",
      figure: megabytes(ours.rssMegabytes),
      target: "< 60 MB",
      comparison: `bare node ${megabytes(echo.rssMegabytes)}; server-everything ${megabytes(everything?.rssMegabytes ?? null)}`,
      met: under60(ours.rssMegabytes),
    },
    {
      benchmark: `resident memory ${SETTLE_MILLIS / 1000} s later (team file checked)`,
      figure: megabytes(ours.settledRssMegabytes),
      target: "< 60 MB",
      comparison: `bare node ${megabytes(echo.settledRssMegabytes)}; server-everything ${megabytes(everything?.settledRssMegabytes ?? null)}`,
      met: under60(ours.settledRssMegabytes),
    },
  ];
}

async function runbookRows(): Promise<BenchRow[]> {
  const result = benchmarkRunbookDraft();
  return [
    {
      benchmark: `draft_runbook_update on a ${result.runbookLines.toLocaleString("en-US")}-line runbook, ${result.notes} notes`,
      figure: `${result.cpuMillis.toFixed(1)} ms CPU`,
      target: "< 150 ms CPU",
      comparison: `one whole-file parse ${result.wholeParseCpuMillis.toFixed(1)} ms CPU`,
      met: result.cpuMillis < 150,
    },
  ];
}

const suites: [string, () => Promise<BenchRow[]>][] = [
  ["cold-start", coldStartRows],
  ["incidents", benchIncidents],
  ["similar", benchSimilar],
  ["runbooks", runbookRows],
  ["oncall-load", benchOncallLoad],
  ["http-load", benchHttpLoad],
  ["shadowing", shadowingRows],
  ["path", pathRows],
  ["server-memory", benchServerMemory],
  ["growth", benchGrowth],
  ["scale", benchScale],
];

const rows: BenchRow[] = [];
for (const [name, run] of suites) {
  if (!wanted(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  rows.push(...(await run()));
}
console.log(printTable(rows));
writeFileSync(
  `${root}bench-results.json`,
  `${JSON.stringify({ at: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
