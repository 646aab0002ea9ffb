// Runbook paths as callers give them ("db/postgres.md") and as they sit in the repository ("runbooks/db/postgres.md").
import { UserInputError } from "../../lib/errors.js";

function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}

function problemWith(path: string): string | null {
  if (path.trim() === "") return "it is empty";
  if (hasControlCharacter(path)) return "it contains control characters";
  if (/%(2f|5c)/i.test(path)) return "it contains an encoded slash (%2F or %5C)";
  if (path.includes("\\")) return "it contains a backslash; use forward slashes";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
    return "it is absolute; give it relative to the runbook folder";
  const segments = path.split("/");
  if (segments.includes("..")) return 'it contains ".."';
  if (segments.includes(".")) return 'it contains "." as a folder';
  if (segments.includes("")) return "it contains an empty folder name (// or a trailing /)";
  return null;
}

/** The runbook folder from RUNBOOK_DIR without surrounding slashes; "" for the repository root. */
export function normalizeRunbookDir(dir: string): string {
  const trimmed = dir
    .trim()
    .replace(/^\.\/+/, "")
    .replace(/^\/+|\/+$/g, "");
  if (trimmed === "" || trimmed === ".") return "";
  const problem = problemWith(trimmed);
  if (problem) throw new UserInputError(`RUNBOOK_DIR "${dir}" cannot be used: ${problem}.`);
  return trimmed;
}

/** Checks a caller's runbook path and places it under the runbook folder. */
export function runbookRepoPath(dir: string, path: string): string {
  const problem = problemWith(path);
  if (problem) throw new UserInputError(`Runbook path "${path}" is refused: ${problem}.`);
  if (!path.toLowerCase().endsWith(".md")) {
    throw new UserInputError(`Runbook path "${path}" is refused: runbooks are Markdown files ending in .md.`);
  }
  return dir === "" ? path : `${dir}/${path}`;
}

/** The runbook path of a repository file, or null when the file is not a runbook. */
export function runbookPathFromRepo(dir: string, repoPath: string): string | null {
  const prefix = dir === "" ? "" : `${dir}/`;
  if (!repoPath.startsWith(prefix) || !repoPath.toLowerCase().endsWith(".md")) return null;
  return repoPath.slice(prefix.length);
}

const refNameProblems: [RegExp, string][] = [
  [/^$/, "it is empty"],
  [/[ ~^:?*[\\]/, "it contains a space or one of ~ ^ : ? * [ \\"],
  [/\.\./, 'it contains ".."'],
  [/@\{/, 'it contains "@{"'],
  [/^\/|\/$|\/\//, "it starts or ends with / or contains //"],
  [/(^|\/)\./, 'a part of it starts with "."'],
  [/\.lock(\/|$)|\.$/, 'a part of it ends with ".lock" or it ends with "."'],
  [/^@$/, 'it is "@"'],
];

/** Refuses branch names git would refuse (git check-ref-format). */
export function checkBranchName(branch: string): void {
  if (hasControlCharacter(branch)) {
    throw new UserInputError(
      `Branch name ${JSON.stringify(branch)} is not valid for git: it contains control characters.`,
    );
  }
  for (const [pattern, problem] of refNameProblems) {
    if (pattern.test(branch)) {
      throw new UserInputError(
        `Branch name "${branch}" is not valid for git: ${problem}; use letters, digits, "-", "_", "." and "/".`,
      );
    }
  }
}
