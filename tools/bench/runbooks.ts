// Benchmark of draftRunbookUpdate on test/helpers/large-runbook.ts: a 3,000-line runbook of mixed shapes and an
// incident with 200 notes, built the same way on every run. Target: under 150 ms of CPU (median). For comparison,
// one whole-file micromark parse of the same runbook, which is what the draft avoids by parsing only the sections it
// needs.
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import { parseBlocks } from "../../src/runbooks/markdown/markdown-parse.js";
import { buildLargeIncident, buildLargeRunbook } from "../../test/helpers/large-runbook.js";
import { median } from "./stats.js";

export interface RunbookBenchResult {
  /** Median CPU time of one draft (user + system). */
  cpuMillis: number;
  /** Median CPU time of one whole-file parse of the same runbook, for comparison. */
  wholeParseCpuMillis: number;
  runbookLines: number;
  notes: number;
  changes: number;
}

function cpuMillisOf(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export function benchmarkRunbookDraft(runs = 9): RunbookBenchResult {
  const content = buildLargeRunbook();
  const records = buildLargeIncident();
  const input = {
    ...records,
    runbook: { path: "worker-platform.md", content, version: "bench" },
    runbookPath: "worker-platform.md",
    service: null,
    now: new Date("2026-11-24T12:00:00Z"),
  };
  let changes = 0;
  const draft = () => {
    changes = draftRunbookUpdate(input).changes.length;
  };
  const wholeParse = () => {
    parseBlocks(content, { frontMatter: true });
  };
  for (let warmup = 0; warmup < 2; warmup++) {
    draft();
    wholeParse();
  }
  const draftTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    draftTimes.push(cpuMillisOf(draft));
    parseTimes.push(cpuMillisOf(wholeParse));
  }
  return {
    cpuMillis: median(draftTimes),
    wholeParseCpuMillis: median(parseTimes),
    runbookLines: content.split("\n").length - 1,
    notes: records.notes.length,
    changes,
  };
}
