// Turns an incident's records into an additive change to the service's runbook: new lines in the sections
// they belong to (the server's own reading, or the caller's changes once proved against the records), an
// incident history entry in date order, lastReviewed only when the caller says the runbook was reviewed, and
// the diff of it all. It never removes or rewrites a line the runbook has, so drafting twice adds nothing.
import type { Alert, Incident, LogEntry, Note, RunbookFile, Service } from "../../model.js";
import { frontMatterProblem, lastReviewedEdit } from "../markdown/front-matter.js";
import { insertionPoint } from "../markdown/insertion-point.js";
import { applyEdits, type Insertion, type Replacement } from "../markdown/line-edits.js";
import { joinLines } from "../markdown/markdown-lines.js";
import { type RunbookOutline, readOutline } from "../markdown/markdown-sections.js";
import { SECTION_ORDER } from "../markdown/section-kinds.js";
import { unifiedDiff } from "../markdown/unified-diff.js";
import { alertName } from "../records/alert-names.js";
import { type DraftItem, historyItems, stepItems, symptomItems } from "./draft-items.js";
import { headingLines } from "./draft-lines.js";
import type { Evidence, RunbookChange, RunbookDraft } from "./draft-types.js";
import { historyPosition } from "./history-order.js";
import { type ProposedChange, verifyChanges } from "./model-changes.js";
import { collectMentions } from "./runbook-mentions.js";
import { runbookTemplate } from "./runbook-template.js";
import { secretLookingLines } from "./secret-lines.js";
import { type DraftedKind, findScope, placeSection } from "./section-placement.js";

export interface DraftInput {
  incident: Incident;
  logEntries: readonly LogEntry[];
  notes: readonly Note[];
  alerts: readonly Alert[];
  /** The service's runbook, or null to draft a new one from the template. */
  runbook: RunbookFile | null;
  /** Where the runbook lives (or will) under the runbook root. */
  runbookPath: string;
  /** The incident's service as team.yaml knows it, when it does: names a new runbook. */
  service: Service | null;
  now: Date;
  /** Changes the calling model wrote; when given, they replace the server's own reading (not its history entry). */
  changes?: readonly ProposedChange[] | undefined;
  /** The caller says the runbook was reviewed: only then does lastReviewed change. */
  reviewed?: boolean | undefined;
  /** The runbook folder from the repository or workspace root ("runbooks"), so the diff applies from there. */
  diffRoot?: string | undefined;
}

const DRAFTED_KINDS: readonly DraftedKind[] = ["symptom", "diagnosis", "mitigation", "history"];

export function draftRunbookUpdate(input: DraftInput): RunbookDraft {
  const { incident, runbook, runbookPath } = input;
  const today = input.now.toISOString().slice(0, 10);
  const base =
    runbook?.content ??
    runbookTemplate({
      title: input.service?.name ?? incident.service.name,
      serviceId: input.service?.id ?? incident.service.id,
      owner: input.service?.team ?? null,
      lastReviewed: today,
    });
  const outline = readOutline(base);
  const mentions = collectMentions(outline.lines.texts);
  const warnings: string[] = runbook ? secretLookingLines(runbookPath, runbook.content) : [];
  const proved = input.changes ? verifyChanges(input.changes, input, mentions) : null;
  const serverHistory = historyItems(input, outline, warnings);
  const items = proved
    ? [...proved.items, ...(proved.items.some((item) => item.kind === "history") ? [] : serverHistory)]
    : [...symptomItems(input, mentions, warnings), ...stepItems(input, mentions, warnings), ...serverHistory];

  const scope = findScope(
    outline,
    input.alerts.map(alertName).filter((name): name is string => name !== null),
  );
  const insertions: (Insertion & { rank: number })[] = [];
  const changes: RunbookChange[] = [];
  for (const kind of DRAFTED_KINDS) {
    const ofKind = items.filter((item) => item.kind === kind);
    if (ofKind.length === 0) continue;
    const placed = place(outline, kind, scope, ofKind);
    insertions.push(placed.insertion);
    changes.push(...placed.changes);
  }

  const replacements: Replacement[] = [];
  const frontMatterChange =
    changes.length > 0 && input.reviewed === true
      ? lastReviewed(outline, today, changes, runbookPath, warnings)
      : null;
  if (frontMatterChange) {
    if (frontMatterChange.edit.kind === "replace") replacements.push(frontMatterChange.edit);
    else
      insertions.push({
        at: frontMatterChange.edit.before,
        lines: [frontMatterChange.edit.text],
        join: "line",
        rank: -1,
      });
    changes.unshift(frontMatterChange.change);
  }
  if (runbook === null && changes.length > 0) changes.unshift(templateChange(outline, changes));

  // Stable: at one line, a section's own new items come before the new sections that follow it.
  insertions.sort((a, b) => a.at - b.at || a.rank - b.rank);
  const proposedContent = joinLines(applyEdits(outline.lines, insertions, replacements));
  const diffPath = input.diffRoot ? `${input.diffRoot}/${runbookPath}` : runbookPath;
  return {
    runbookPath,
    diffPath,
    baseVersion: runbook?.version ?? null,
    created: runbook === null,
    changes,
    refused: proved?.refused ?? [],
    diff: changes.length > 0 ? unifiedDiff(diffPath, runbook?.content ?? null, proposedContent) : "",
    proposedContent,
    warnings,
  };
}

function place(
  outline: RunbookOutline,
  kind: DraftedKind,
  scope: ReturnType<typeof findScope>,
  items: DraftItem[],
): { insertion: Insertion & { rank: number }; changes: RunbookChange[] } {
  const said = items.map((item) => item.lines({ bullet: "-", tableColumns: null }).join("\n")).join("\n");
  const placement = placeSection(outline, kind, scope, said);
  if (placement.kind === "existing") {
    const dated = kind === "history" ? historyPosition(outline.lines, placement.section, items) : null;
    if (dated) {
      const target = { bullet: dated.bullet, tableColumns: dated.tableColumns };
      const blocks = items.map((item) => item.lines(target));
      return {
        insertion: { at: dated.before, lines: blocks.flat(), join: "line", rank: 0 },
        changes: items.map((item, index) =>
          change(placement.section.heading, false, kind, blocks[index]!, item.evidence),
        ),
      };
    }
    const point = insertionPoint(outline.lines, placement.section);
    const target = { bullet: point.joinList ?? "-", tableColumns: point.tableColumns };
    const blocks = items.map((item) => item.lines(target));
    // Rows continue the table; items continue a tight list with the same bullet; anything else stands apart.
    const continues = point.joinList !== null || items.every((item) => item.isTableRow(target));
    return {
      insertion: {
        at: point.afterLine + 1,
        lines: blocks.flat(),
        join: continues ? "continue" : "block",
        rank: 0,
      },
      changes: items.map((item, index) =>
        change(placement.section.heading, false, kind, blocks[index]!, item.evidence),
      ),
    };
  }
  const blocks = items.map((item) => item.lines({ bullet: "-", tableColumns: null }));
  const lines = [...headingLines(placement.heading, placement.depth, placement.setext), "", ...blocks.flat()];
  return {
    insertion: { at: placement.before, lines, join: "block", rank: 1 + SECTION_ORDER.indexOf(kind) },
    changes: items.map((item, index) => change(placement.heading, true, kind, blocks[index]!, item.evidence)),
  };
}

function change(
  section: string,
  newSection: boolean,
  kind: RunbookChange["kind"],
  lines: string[],
  evidence: Evidence[],
): RunbookChange {
  return { section, newSection, kind, text: lines.join("\n"), evidence };
}

/** lastReviewed set to today, on the strength of the latest record behind the content changes. */
function lastReviewed(
  outline: RunbookOutline,
  today: string,
  changes: readonly RunbookChange[],
  path: string,
  warnings: string[],
): { edit: NonNullable<ReturnType<typeof lastReviewedEdit>>; change: RunbookChange } | null {
  const { frontMatter } = outline;
  if (!frontMatter) return null;
  const problem = frontMatterProblem(path, frontMatter);
  if (problem) {
    warnings.push(`lastReviewed was not updated: ${problem}`);
    return null;
  }
  const edit = lastReviewedEdit(frontMatter, outline.lines.texts, today);
  if (!edit) return null;
  return { edit, change: change("front matter", false, "metadata", [edit.text], [latestEvidence(changes)]) };
}

/** A new runbook's front matter and title come from the service record; the records cited are the incident's. */
function templateChange(outline: RunbookOutline, changes: readonly RunbookChange[]): RunbookChange {
  const headerEnd = outline.sections[0] ? outline.sections[0].bodyStart : outline.lines.texts.length;
  const header = outline.lines.texts.slice(0, headerEnd);
  return change("front matter", true, "metadata", header, [latestEvidence(changes)]);
}

function latestEvidence(changes: readonly RunbookChange[]): Evidence {
  const all = changes.flatMap((item) => item.evidence);
  return all.reduce((latest, item) => (Date.parse(item.at) > Date.parse(latest.at) ? item : latest));
}
