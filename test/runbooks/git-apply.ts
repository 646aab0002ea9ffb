// Applies a draft's diff with the real `git apply`, in a scratch repository, the way a reviewer would.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** Runs `git apply --check`, then `git apply`, and returns the file as git left it. Throws with git's message. */
export function applyWithGit(path: string, base: string | null, diff: string): string {
  const directory = mkdtempSync(join(tmpdir(), "runbook-diff-"));
  try {
    execFileSync("git", ["init", "-q"], { cwd: directory });
    if (base !== null) {
      mkdirSync(dirname(join(directory, path)), { recursive: true });
      writeFileSync(join(directory, path), base);
    }
    writeFileSync(join(directory, "change.patch"), diff);
    const options = { cwd: directory, stdio: ["ignore", "pipe", "pipe"] as ("ignore" | "pipe")[] };
    try {
      execFileSync("git", ["apply", "--check", "change.patch"], options);
      execFileSync("git", ["apply", "change.patch"], options);
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      throw new Error(`git apply refused the diff: ${stderr}`);
    }
    return readFileSync(join(directory, path), "utf8");
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
