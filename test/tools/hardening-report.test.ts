// The hardening summary counts what failed, and says red whenever vitest did: a summary that reads green while the
// run is red is the failure this guards against.
import { describe, expect, it } from "vitest";
import { countTests, formatReport, formatTestCounts, reportIsGreen } from "../../tools/hardening/report.js";

describe("hardening report", () => {
  it("adds the failures of every record of an area", () => {
    const lines = formatReport([
      { area: "failing upstreams", tried: 200, failed: 3 },
      { area: "failing upstreams", tried: 15, failed: 1, note: "client cancellations" },
    ]);
    expect(lines).toContain("failing upstreams: 215 faults injected, 4 not survived (client cancellations)");
    expect(lines).toContain("bad input: not run");
  });

  it("counts failed tests and files that never ran from vitest's JSON report", () => {
    const counts = countTests({
      numPassedTests: 82,
      numFailedTests: 1,
      numPendingTests: 2,
      testResults: [
        { status: "failed", assertionResults: [{}] },
        { status: "failed", assertionResults: [] },
        { status: "passed", assertionResults: [{}] },
      ],
    });
    expect(counts).toEqual({ passed: 82, failed: 1, skipped: 2, filesNotRun: 1, errorsOutsideTests: false });
    expect(formatTestCounts(counts)).toBe(
      "tests: 82 passed, 1 failed, 2 skipped, 1 test files failed to run",
    );
  });

  it("says so, and is red, when vitest failed the run for errors outside any test", () => {
    const counts = countTests({ success: false, numPassedTests: 93, numFailedTests: 0, testResults: [] });
    expect(counts.errorsOutsideTests).toBe(true);
    expect(formatTestCounts(counts)).toBe(
      "tests: 93 passed, 0 failed, 0 skipped; vitest failed the run for errors outside any test (see its output above)",
    );
    expect(reportIsGreen([{ area: "writes", tried: 92, failed: 0 }], counts)).toBe(false);
    expect(countTests({ success: true, numPassedTests: 93, testResults: [] }).errorsOutsideTests).toBe(false);
  });

  it("is red when a test failed even though every area counts no failure", () => {
    const records = [{ area: "writes" as const, tried: 92, failed: 0 }];
    expect(
      reportIsGreen(records, {
        passed: 10,
        failed: 0,
        skipped: 0,
        filesNotRun: 0,
        errorsOutsideTests: false,
      }),
    ).toBe(true);
    expect(
      reportIsGreen(records, { passed: 9, failed: 1, skipped: 0, filesNotRun: 0, errorsOutsideTests: false }),
    ).toBe(false);
    expect(
      reportIsGreen(records, {
        passed: 10,
        failed: 0,
        skipped: 0,
        filesNotRun: 1,
        errorsOutsideTests: false,
      }),
    ).toBe(false);
    expect(reportIsGreen(records, null)).toBe(false);
    expect(
      reportIsGreen([{ area: "writes", tried: 92, failed: 1 }], {
        passed: 10,
        failed: 0,
        skipped: 0,
        filesNotRun: 0,
        errorsOutsideTests: false,
      }),
    ).toBe(false);
  });
});
