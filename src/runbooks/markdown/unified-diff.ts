// A unified diff of one runbook that `git apply` accepts: git-style headers, the file's own line endings kept
// inside each line, and "\ No newline at end of file" where the file ends without one.
import { structuredPatch } from "diff";

/** Empty when nothing changed. `before` null: the file is new. */
export function unifiedDiff(path: string, before: string | null, after: string): string {
  if (before === after) return "";
  const name = quotePath(path);
  const patch = structuredPatch(`a/${path}`, `b/${path}`, before ?? "", after, undefined, undefined, {
    context: 3,
  });
  const lines = [`diff --git a/${name} b/${name}`];
  if (before === null) lines.push("new file mode 100644", "--- /dev/null");
  else lines.push(`--- a/${name}`);
  lines.push(`+++ b/${name}`);
  for (const hunk of patch.hunks) {
    // An empty side starts at line 0 in unified diffs, which is what git expects for a new file.
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    lines.push(`@@ -${range(oldStart, hunk.oldLines)} +${range(newStart, hunk.newLines)} @@`, ...hunk.lines);
  }
  return `${lines.join("\n")}\n`;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${start},${count}`;
}

/** Git quotes a path holding a quote, a backslash or a control character, C style. */
function quotePath(path: string): string {
  const named: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r" };
  let quoted = "";
  let needsQuotes = false;
  for (const character of path) {
    const code = character.charCodeAt(0);
    if (named[character] !== undefined || code < 0x20 || code === 0x7f) {
      needsQuotes = true;
      quoted += named[character] ?? `\\${code.toString(8).padStart(3, "0")}`;
    } else {
      quoted += character;
    }
  }
  return needsQuotes ? `"${quoted}"` : path;
}
