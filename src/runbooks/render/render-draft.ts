// The Markdown a person reads for a runbook draft: what changes, where, on what evidence, and the diff. Pure.
import { fenceLength } from "../../lib/quote-data.js";
import type { Incident } from "../../model.js";
import { codeSpan } from "../draft/draft-lines.js";
import type { RefusedChange, RunbookChange, RunbookDraft } from "../draft/draft-types.js";

const EVIDENCE_SHOWN = 3;

export function renderDraft(draft: RunbookDraft, incident: Pick<Incident, "number">): string {
  const base = draft.created ? "a new runbook" : `version ${draft.baseVersion?.slice(0, 7) ?? "unknown"}`;
  const heading = `**Runbook draft for \`${draft.runbookPath}\`** from incident #${incident.number} (${base})`;
  const warnings = [
    ...renderRefusedChanges(draft.refused),
    ...draft.warnings.map((warning) => `- ⚠ ${warning}`),
  ];
  if (draft.changes.length === 0) {
    return [
      heading,
      "",
      `The runbook already covers what the records of incident #${incident.number} show; nothing to add.`,
      ...(warnings.length > 0 ? ["", ...warnings] : []),
    ].join("\n");
  }
  const fence = "`".repeat(fenceLength(draft.diff));
  return [
    heading,
    "",
    `${draft.changes.length} change${draft.changes.length === 1 ? "" : "s"}:`,
    ...draft.changes.map(renderChange),
    ...(warnings.length > 0 ? ["", ...warnings] : []),
    "",
    `${fence}diff`,
    draft.diff.replace(/\n$/, ""),
    fence,
    "",
    `The diff applies from the ${draft.diffPath === draft.runbookPath ? "runbook folder" : "repository or workspace root"} (\`git apply\`). Nothing was written. propose_runbook_update makes this a pull request (or writes the file in a workspace).`,
  ].join("\n");
}

/** The caller's changes the draft refused, one list item each with the reason. */
export function renderRefusedChanges(refused: readonly RefusedChange[]): string[] {
  return refused.map((item) => `- Change ${item.index + 1} (${item.kind}) was refused: ${item.reason}`);
}

function renderChange(change: RunbookChange): string {
  const firstLine = change.text.split("\n")[0]!.trim();
  const more = change.text.includes("\n") ? " …" : "";
  const where = `${change.section}${change.newSection ? " (new section)" : ""}`;
  const evidence = change.evidence
    .slice(0, EVIDENCE_SHOWN)
    .map((item) => `${item.source.replace("_", " ")} ${codeSpan(item.id)} ${item.at}: “${item.excerpt}”`);
  const extra = change.evidence.length - EVIDENCE_SHOWN;
  return `- **${where}**, ${change.kind}: ${firstLine}${more}\n  - ${evidence.join("\n  - ")}${extra > 0 ? `\n  - and ${extra} more` : ""}`;
}
