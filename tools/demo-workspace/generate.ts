// Writes the demo workspace: `npx tsx tools/demo-workspace/generate.ts [output folder]` (npm run demo:generate).
// Without an argument it rewrites examples/workspace/ and test/fixtures/similar-incident-groups.json.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildDemoWorkspace } from "./build.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DEFAULT_OUTPUT = path.join(repoRoot, "examples/workspace");
export const GROUPS_FIXTURE = path.join(repoRoot, "test/fixtures/similar-incident-groups.json");

/** What the generator owns inside the output folder; everything else there is left alone. */
const GENERATED = ["team.yaml", "README.md", "incidents", "runbooks", "shadow-rotations"];

/** Replaces the generated parts of `outDir`; writes the similar-incident groups to `groupsFile` when given. */
export function writeDemoWorkspace(outDir: string, groupsFile?: string): number {
  const workspace = buildDemoWorkspace();
  for (const entry of GENERATED) rmSync(path.join(outDir, entry), { recursive: true, force: true });
  for (const [relative, content] of workspace.files) {
    const target = path.join(outDir, ...relative.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  if (groupsFile) {
    mkdirSync(path.dirname(groupsFile), { recursive: true });
    writeFileSync(groupsFile, workspace.similarIncidentGroups);
  }
  return workspace.files.size;
}

function main(): void {
  const outDir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_OUTPUT;
  const count = writeDemoWorkspace(outDir, outDir === DEFAULT_OUTPUT ? GROUPS_FIXTURE : undefined);
  console.log(`Wrote ${count} files to ${path.relative(process.cwd(), outDir) || "."}.`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
