// Which section new lines go to: the section of that meaning (under the alert's own heading when the runbook
// has one per alert), or a new section put where the conventional order says, in the runbook's own style.
import { leftOpenStart, trailingReferencesStart } from "../markdown/insertion-point.js";
import type { RunbookOutline, RunbookSection } from "../markdown/markdown-sections.js";
import { NEW_SECTION_HEADINGS, SECTION_ORDER } from "../markdown/section-kinds.js";
import { normalizeProse } from "./runbook-mentions.js";

export type DraftedKind = keyof typeof NEW_SECTION_HEADINGS;

export type Placement =
  | { kind: "existing"; section: RunbookSection }
  | { kind: "new"; heading: string; depth: number; setext: boolean; before: number };

/** The first heading, when it is the only one at its depth or shallower: a document title, not a section. */
export function titleOf(outline: RunbookOutline): RunbookSection | null {
  const first = outline.sections[0];
  if (!first) return null;
  return outline.sections.every((section) => section === first || section.depth > first.depth) ? first : null;
}

/**
 * The part of a runbook about one of the alerts, when it has one part per alert or component: the deepest
 * section whose heading names the alert, else the section around the first line that names it (the smallest
 * one that is not itself a symptoms or steps section). Null when the whole runbook is the scope.
 */
export function findScope(outline: RunbookOutline, alertNames: readonly string[]): RunbookSection | null {
  const names = alertNames.map((name) => name.toLowerCase()).filter((name) => name.length >= 4);
  if (names.length === 0) return null;
  const title = titleOf(outline);
  let scope: RunbookSection | null = null;
  for (const section of outline.sections) {
    const heading = normalizeProse(section.heading);
    if (names.some((name) => heading.includes(name)) && (!scope || section.depth > scope.depth))
      scope = section;
  }
  if (scope) return scope;
  const texts = outline.lines.texts;
  const firstBodyLine = outline.sections[0]?.line ?? texts.length;
  const line = texts.findIndex(
    (text, index) => index >= firstBodyLine && names.some((name) => text.toLowerCase().includes(name)),
  );
  if (line < 0) return null;
  const around = outline.sections
    .filter((section) => section.line <= line && line < section.end && section !== title)
    .sort((a, b) => b.depth - a.depth);
  return around.find((section) => section.kind === null || hasKindedSubsections(outline, section)) ?? null;
}

function hasKindedSubsections(outline: RunbookOutline, parent: RunbookSection): boolean {
  return outline.sections.some(
    (section) => section.line > parent.line && section.line < parent.end && section.kind !== null,
  );
}

/**
 * `text`: what the new lines say, so that among several sections of the kind (two procedures, say) the one
 * whose heading shares the most words with them is chosen; the shallowest first one otherwise.
 */
export function placeSection(
  outline: RunbookOutline,
  kind: DraftedKind,
  alertScope: RunbookSection | null,
  text = "",
): Placement {
  const title = titleOf(outline);
  const sections = outline.sections.filter((section) => section !== title);
  // History is the runbook's, not one alert's.
  const scope = kind === "history" ? null : alertScope;
  const within = (section: RunbookSection) =>
    !scope || (section.line > scope.line && section.line < scope.end);
  // An alert's block with no sections of its own (one entry of an alert catalogue) takes the lines itself.
  if (scope && !sections.some((section) => within(section) && section.kind !== null))
    return { kind: "existing", section: scope };

  const candidates = sections.filter((section) => section.kind === kind && within(section));
  if (candidates.length > 0) return { kind: "existing", section: closestInMeaning(candidates, text) };

  const depth = scope ? scope.depth + 1 : newSectionDepth(sections, title);
  const siblings = sections.filter((section) => section.depth === depth && within(section));
  const containerEnd = scope ? scope.end : outline.lines.texts.length;
  const order = SECTION_ORDER.indexOf(kind);
  let before =
    kind === "history"
      ? beforeTrailingReferences(siblings, containerEnd)
      : orderedGap(siblings, order, containerEnd);
  // Link definitions closing the last section close the document: a new section goes above them.
  const last = outline.sections.at(-1);
  if (before === outline.lines.texts.length && last && last.bodyEnd === before)
    before = trailingReferencesStart(outline.lines, last) ?? leftOpenStart(outline.lines, last) ?? before;
  const setext = depth <= 2 && outline.sections.some((section) => section.depth === depth && section.setext);
  return { kind: "new", heading: NEW_SECTION_HEADINGS[kind], depth, setext, before };
}

/**
 * Where a section of rank `order` breaks the conventional order least among siblings that may already be out
 * of it: the gap between recognised sections with the fewest sections on the wrong side, and of those the one
 * with an earlier kind just above and a later kind just below. In a runbook in order, that is simply before
 * the first later section.
 */
function orderedGap(siblings: readonly RunbookSection[], order: number, containerEnd: number): number {
  const kinded = siblings.filter((section) => section.kind !== null);
  const rank = (section: RunbookSection) => SECTION_ORDER.indexOf(section.kind!);
  let best = { before: containerEnd, misplaced: Number.POSITIVE_INFINITY, fit: -1 };
  for (let gap = 0; gap <= kinded.length; gap++) {
    const above = kinded[gap - 1];
    const below = kinded[gap];
    const misplaced =
      kinded.slice(0, gap).filter((section) => rank(section) > order).length +
      kinded.slice(gap).filter((section) => rank(section) < order).length;
    const fit = (above && rank(above) < order ? 1 : 0) + (below && rank(below) > order ? 1 : 0);
    if (misplaced < best.misplaced || (misplaced === best.misplaced && fit > best.fit)) {
      best = { before: below ? below.line : above ? above.end : containerEnd, misplaced, fit };
    }
  }
  return best.before;
}

/** The end of the container, or the start of the references ("More Reading", "See also") that close it. */
function beforeTrailingReferences(siblings: readonly RunbookSection[], containerEnd: number): number {
  let before = containerEnd;
  for (let index = siblings.length - 1; index >= 0 && siblings[index]!.kind === "references"; index--)
    before = siblings[index]!.line;
  return before;
}

function closestInMeaning(candidates: readonly RunbookSection[], text: string): RunbookSection {
  const depth = Math.min(...candidates.map((section) => section.depth));
  const shallowest = candidates.filter((section) => section.depth === depth);
  const said = new Set(words(text));
  const shared = (section: RunbookSection) => words(section.heading).filter((word) => said.has(word)).length;
  return shallowest.reduce((best, section) => (shared(section) > shared(best) ? section : best));
}

/** The words of a heading or a step that carry meaning: four letters or more, lower case. */
function words(text: string): string[] {
  return (normalizeProse(text).match(/[\p{L}\p{N}_]{4,}/gu) ?? []).filter(
    (word) =>
      !/^(?:that|this|with|from|into|when|then|than|have|were|your|they|after|before|about)$/.test(word),
  );
}

function newSectionDepth(sections: readonly RunbookSection[], title: RunbookSection | null): number {
  const recognised = sections.filter((section) => section.kind !== null);
  if (recognised.length > 0) return Math.min(...recognised.map((section) => section.depth));
  if (sections.length > 0) return Math.min(...sections.map((section) => section.depth));
  return title ? Math.min(title.depth + 1, 6) : 2;
}
