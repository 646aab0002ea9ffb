// Which runbook paths a caller may name: relative, forward slashes, inside the runbook folder. Pure.
import { UserInputError } from "../../lib/errors.js";

/**
 * Checks a caller's runbook path and returns it unchanged. Refuses what could reach outside the runbook folder
 * or means something else to another layer: "..", absolute paths, backslashes, percent-encoding (a "%2F" that a
 * later decode would turn into a separator), empty or "." segments, and control characters.
 */
export function checkRunbookPath(path: string): string {
  const refuse = (why: string): never => {
    throw new UserInputError(
      `Runbook path "${path}" ${why}; give a path under the runbook folder such as payments-api.md or db/postgres.md.`,
    );
  };
  if (path.length === 0) refuse("is empty");
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point.
  if (/[\u0000-\u001f\u007f]/.test(path)) refuse("contains control characters");
  if (path.includes("\\")) refuse("contains a backslash; use forward slashes");
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) refuse("is absolute");
  if (/%[0-9A-Fa-f]{2}/.test(path)) refuse("is percent-encoded; write the characters themselves");
  const segments = path.split("/");
  if (segments.includes("..")) refuse('goes up with ".."');
  if (segments.some((segment) => segment === "" || segment === ".")) refuse("has an empty or '.' segment");
  if (!path.endsWith(".md")) refuse("does not end in .md");
  return path;
}
