// `npm run fake:github [-- --workspace DIR] [--port N]`: serves a workspace's runbooks as a GitHub repository
// on loopback, so runbook proposals can be tried without a real repository.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { repoRoot } from "../fakes/openapi-validator.js";
import { startFakeGitHub } from "./server.js";

const { values } = parseArgs({
  options: {
    workspace: { type: "string", default: path.join(repoRoot, "examples/workspace") },
    port: { type: "string", default: "0" },
    token: { type: "string", default: "fake-github-token" },
    repo: { type: "string", default: "oncall-demo/runbooks" },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be a whole number from 0 to 65535 (got ${values.port}).`);
  process.exit(2);
}
const [owner, repo, ...extra] = values.repo.split("/");
if (!owner || !repo || extra.length > 0) {
  console.error(`--repo must look like owner/repo (got ${values.repo}).`);
  process.exit(2);
}

/** Every file under `dir`, keyed by its path under `prefix`. */
function readTree(dir: string, prefix: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const key = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(files, readTree(full, key));
    else if (entry.isFile()) files[key] = readFileSync(full, "utf8");
  }
  return files;
}

const runbookDir = path.join(path.resolve(values.workspace), "runbooks");
if (!existsSync(runbookDir)) {
  console.error(
    `There is no runbooks folder at ${runbookDir}; pass --workspace DIR with a workspace that has one.`,
  );
  process.exit(2);
}

try {
  const files = readTree(runbookDir, "runbooks");
  const fake = await startFakeGitHub({ owner, repo, files, token: values.token, port });
  console.log(
    `Fake GitHub serving ${runbookDir} (${Object.keys(files).length} files) as ${values.repo} at ${fake.url}`,
  );
  console.log(
    fake.validated
      ? "Answers are checked against github-openapi-subset.json."
      : "Specs absent: answers are not validated.",
  );
  console.log("\nPoint the server at it:\n");
  console.log(`  export GITHUB_API_URL=${fake.url}`);
  console.log(`  export GITHUB_TOKEN=${values.token}`);
  console.log(`  export RUNBOOK_REPO=${values.repo}`);
  console.log("  export RUNBOOK_DIR=runbooks");
  console.log("  export ONCALL_ENABLE_WRITES=1   # to propose runbook updates as pull requests\n");
  const stop = () => {
    if (fake.violations.length > 0) console.error(`Spec violations seen:\n${fake.violations.join("\n")}`);
    const pulls = fake.state.pulls.map(
      (pull) => `  #${pull.number} ${pull.title} (${pull.head} → ${pull.base})`,
    );
    if (pulls.length > 0) console.log(`Pull requests opened:\n${pulls.join("\n")}`);
    fake.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
} catch (error) {
  console.error(`The fake GitHub could not start: ${(error as Error).message}`);
  process.exit(1);
}
