import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  fenceLength
} from "./chunk-ADOWJJJJ.js";

// src/runbooks/render/render-draft.ts
var EVIDENCE_SHOWN = 3;
function renderDraft(draft, incident) {
  let base = draft.created ? "a new runbook" : `version ${draft.baseVersion?.slice(0, 7) ?? "unknown"}`, heading = `**Runbook draft for \`${draft.runbookPath}\`** from incident #${incident.number} (${base})`, warnings = [
    ...renderRefusedChanges(draft.refused),
    ...draft.warnings.map((warning) => `- \u26A0 ${warning}`)
  ];
  if (draft.changes.length === 0)
    return [
      heading,
      "",
      `The runbook already covers what the records of incident #${incident.number} show; nothing to add.`,
      ...warnings.length > 0 ? ["", ...warnings] : []
    ].join(`
`);
  let fence = "`".repeat(fenceLength(draft.diff));
  return [
    heading,
    "",
    `${draft.changes.length} change${draft.changes.length === 1 ? "" : "s"}:`,
    ...draft.changes.map(renderChange),
    ...warnings.length > 0 ? ["", ...warnings] : [],
    "",
    `${fence}diff`,
    draft.diff.replace(/\n$/, ""),
    fence,
    "",
    `The diff applies from the ${draft.diffPath === draft.runbookPath ? "runbook folder" : "repository or workspace root"} (\`git apply\`). Nothing was written. propose_runbook_update makes this a pull request (or writes the file in a workspace).`
  ].join(`
`);
}
function renderRefusedChanges(refused) {
  return refused.map((item) => `- Change ${item.index + 1} (${item.kind}) was refused: ${item.reason}`);
}
function renderChange(change) {
  let firstLine = change.text.split(`
`)[0].trim(), more = change.text.includes(`
`) ? " \u2026" : "", where = `${change.section}${change.newSection ? " (new section)" : ""}`, evidence = change.evidence.slice(0, EVIDENCE_SHOWN).map((item) => `${item.source.replace("_", " ")} ${item.at}: \u201C${item.excerpt}\u201D`), extra = change.evidence.length - EVIDENCE_SHOWN;
  return `- **${where}**, ${change.kind}: ${firstLine}${more}
  - ${evidence.join(`
  - `)}${extra > 0 ? `
  - and ${extra} more` : ""}`;
}

export {
  renderDraft,
  renderRefusedChanges
};
