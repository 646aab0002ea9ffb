// What list_runbooks shows a person: how many runbooks match, a table of them, and the files that could not be
// read whole. Pure.
import { markdownTable } from "../../lib/markdown.js";
import type { RunbookSummary } from "../catalog/summarize-runbook.js";

export function renderRunbookList(
  runbooks: readonly RunbookSummary[],
  total: number,
  all: number,
  warnings: readonly string[],
): string {
  const heading =
    total === all ? `**${all} runbook${all === 1 ? "" : "s"}**` : `**${total} of ${all} runbooks match**`;
  const shown = runbooks.length < total ? ` (first ${runbooks.length}; narrow with service or query)` : "";
  const notes = warnings.map((warning) => `- ⚠ ${warning}`).join("\n");
  if (runbooks.length === 0) {
    const empty =
      all === 0 ? "There are no runbooks yet." : "None match; drop the service or query filter to see all.";
    return [heading, "", empty, ...(notes ? ["", notes] : [])].join("\n");
  }
  const rows = runbooks.map((runbook) => [
    `\`${runbook.path}\``,
    runbook.title,
    runbook.services.join(", ") || "—",
    runbook.lastReviewed ?? "—",
    runbook.sections.join(" · ") || "—",
  ]);
  return [
    `${heading}${shown}`,
    "",
    markdownTable(["Path", "Title", "Services", "Last reviewed", "Sections"], rows),
    ...(notes ? ["", notes] : []),
  ].join("\n");
}
