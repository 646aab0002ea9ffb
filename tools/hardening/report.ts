// The hardening report: each test file adds what it tried and what went wrong, as one JSON line per record, to the
// file named by HARDENING_REPORT (set by tools/hardening/main.ts); the runner prints one line per area at the end.
import { appendFileSync, existsSync, readFileSync } from "node:fs";

export const REPORT_FILE_VARIABLE = "HARDENING_REPORT";

/** The areas the report prints, in order, with the words for their two figures. */
export const AREAS = {
  "bad input": { tried: "inputs tried", failed: "failures" },
  paths: { tried: "path attacks tried", failed: "escaped" },
  "workspace files": { tried: "malformed files tried", failed: "unclear or crashed" },
  "failing upstreams": { tried: "faults injected", failed: "not survived" },
  writes: { tried: "write checks", failed: "failed" },
  secrets: { tried: "outputs scanned", failed: "leaked" },
  http: { tried: "requests refused as expected", failed: "not refused" },
  load: { tried: "calls under load", failed: "errors" },
  conformance: { tried: "conformance checks passed", failed: "failed" },
  inspector: { tried: "Inspector CLI calls", failed: "failed" },
} as const;

export type Area = keyof typeof AREAS;

export interface HardeningRecord {
  area: Area;
  /** What was tried: inputs, faults, outputs scanned, requests sent. */
  tried: number;
  /** How many of them went wrong. */
  failed: number;
  /** A short remark printed after the figures, e.g. "p99 41 ms". */
  note?: string;
}

/** Adds a record to the report when the runner asked for one; a plain `vitest run` records nothing. */
export function recordHardening(record: HardeningRecord): void {
  const file = process.env[REPORT_FILE_VARIABLE];
  if (!file) return;
  appendFileSync(file, `${JSON.stringify(record)}\n`);
}

export function readRecords(file: string): HardeningRecord[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as HardeningRecord);
}

/** One line per area: "secrets: 412 outputs scanned, 0 leaked". Areas without records say so. */
export function formatReport(records: readonly HardeningRecord[]): string[] {
  return (Object.keys(AREAS) as Area[]).map((area) => {
    const mine = records.filter((record) => record.area === area);
    const words = AREAS[area];
    if (mine.length === 0) return `${area}: not run`;
    const tried = mine.reduce((sum, record) => sum + record.tried, 0);
    const failed = mine.reduce((sum, record) => sum + record.failed, 0);
    const notes = mine.flatMap((record) => (record.note ? [record.note] : []));
    return `${area}: ${tried} ${words.tried}, ${failed} ${words.failed}${notes.length ? ` (${notes.join("; ")})` : ""}`;
  });
}

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Test files that failed before any of their tests ran (an import error, a crash in a hook). */
  filesNotRun: number;
  /** Vitest failed the run for errors outside any test (an unhandled rejection), though every test passed. */
  errorsOutsideTests: boolean;
}

interface VitestJsonReport {
  success?: boolean;
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
  testResults?: { status?: string; assertionResults?: unknown[] }[];
}

/** The counts in vitest's JSON report; null when vitest wrote none (it crashed or was killed). */
export function readTestCounts(file: string): TestCounts | null {
  if (!existsSync(file)) return null;
  let report: VitestJsonReport;
  try {
    report = JSON.parse(readFileSync(file, "utf8")) as VitestJsonReport;
  } catch {
    return null;
  }
  return countTests(report);
}

export function countTests(report: VitestJsonReport): TestCounts {
  const failed = report.numFailedTests ?? 0;
  const filesNotRun = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && (file.assertionResults ?? []).length === 0,
  ).length;
  return {
    passed: report.numPassedTests ?? 0,
    failed,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    filesNotRun,
    errorsOutsideTests: report.success === false && failed === 0 && filesNotRun === 0,
  };
}

/** "tests: 83 passed, 1 failed, 0 skipped", or a line saying vitest left no count. */
export function formatTestCounts(counts: TestCounts | null): string {
  if (counts === null) return "tests: vitest wrote no report (it crashed or was stopped); counted as failed";
  const notRun = counts.filesNotRun ? `, ${counts.filesNotRun} test files failed to run` : "";
  const outside = counts.errorsOutsideTests
    ? "; vitest failed the run for errors outside any test (see its output above)"
    : "";
  return `tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${notRun}${outside}`;
}

/** Whether the run is green by the report alone: every area and every test. */
export function reportIsGreen(records: readonly HardeningRecord[], counts: TestCounts | null): boolean {
  if (counts === null || counts.failed > 0 || counts.filesNotRun > 0 || counts.errorsOutsideTests)
    return false;
  return records.every((record) => record.failed === 0);
}
