// npm run test:hardening: builds the server (unless --skip-build; `npm test` has just built it), runs the tests
// under test/hardening, then prints one line per area: what was tried and what went wrong. Exits as vitest did.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  formatReport,
  formatTestCounts,
  REPORT_FILE_VARIABLE,
  readRecords,
  readTestCounts,
  reportIsGreen,
} from "./report.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const skipBuild = args.includes("--skip-build");
const vitestArgs = args.filter((arg) => arg !== "--skip-build");

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit", env });
  return result.status ?? 1;
}

if (!skipBuild) {
  const built = run(process.execPath, [join(root, "tools/build.mjs")]);
  if (built !== 0) process.exit(built);
}

// Write tools run on throwaway copies of the demo workspace; the demo itself must come out unchanged, byte for byte.
const demoWorkspace = join(root, "examples/workspace");
function folderHash(folder: string): string {
  const hash = createHash("sha256");
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(relative(folder, file)).update(readFileSync(file));
  return hash.digest("hex");
}
const demoBefore = folderHash(demoWorkspace);

const dir = mkdtempSync(join(tmpdir(), "oncall-hardening-"));
const reportFile = join(dir, "report.jsonl");
const vitestJson = join(dir, "vitest.json");
const status = run(
  process.execPath,
  // Most of these tests wait (on deadlines, retries, fakes): two files at a time, and within the fault, cancellation
  // and write tests one test per tool side by side, keep the whole run near a minute and a half on 2 cores.
  [
    join(root, "node_modules/vitest/vitest.mjs"),
    "run",
    "test/hardening",
    "--maxWorkers=2",
    "--maxConcurrency=16",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${vitestJson}`,
    ...vitestArgs,
  ],
  { ...process.env, [REPORT_FILE_VARIABLE]: reportFile },
);
const records = readRecords(reportFile);
const tests = readTestCounts(vitestJson);
const demoUnchanged = folderHash(demoWorkspace) === demoBefore;
const lines = [
  ...formatReport(records),
  formatTestCounts(tests),
  demoUnchanged ? "demo workspace: unchanged" : "demo workspace: CHANGED by the run (examples/workspace)",
];
rmSync(dir, { recursive: true, force: true });
process.stdout.write(`\nHardening report\n${lines.map((line) => `  ${line}`).join("\n")}\n`);
// Red when vitest failed, when the report counts a failure, or when vitest left no count to read: the summary and
// the exit code never disagree.
process.exit(status !== 0 ? status : reportIsGreen(records, tests) && demoUnchanged ? 0 : 1);
