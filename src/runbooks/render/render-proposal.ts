// What a runbook proposal says: its branch, pull request title and body, and commit message; and what
// propose_runbook_update answers once it is made. Pure.
// Incident text in the body sits in code spans and fences, so it is shown as written and cannot mention
// (@someone), link or format anything on GitHub.
import { fenceLength } from "../../lib/quote-data.js";
import type { Incident, Service } from "../../model.js";
import type { RunbookProposalResult } from "../../ports/sources.js";
import type { RunbookChange, RunbookDraft } from "../draft/draft-types.js";
import { renderRefusedChanges } from "./render-draft.js";

/** GitHub refuses bodies over 65,536 characters; this leaves room for what it adds. */
export const BODY_LIMIT = 60_000;
export const EVIDENCE_PER_CHANGE = 5;

export interface ProposalText {
  branch: string;
  title: string;
  body: string;
  commitMessage: string;
}

export function renderProposalText(
  draft: RunbookDraft,
  incident: Incident,
  service: Service | null,
  title?: string,
): ProposalText {
  const serviceName = service?.name ?? incident.service.name;
  const defaultTitle = draft.created
    ? `New ${serviceName} runbook from incident #${incident.number}`
    : `${serviceName} runbook: what incident #${incident.number} taught`;
  return {
    branch: proposalBranch(incident.number, service?.id ?? incident.service.id),
    title: oneLine(title?.trim() || defaultTitle, 200),
    body: renderProposalBody(draft, incident, serviceName),
    commitMessage: `${draft.created ? "Add" : "Update"} runbook ${draft.runbookPath} from incident #${incident.number}\n\n${draft.changes.length} change${draft.changes.length === 1 ? "" : "s"} drafted from the incident's notes, log entries and alerts.`,
  };
}

/** `runbook/<incident number>-<service>`, with the service id reduced to what every git host accepts. */
export function proposalBranch(incidentNumber: number, serviceId: string): string {
  const slug = serviceId
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 60);
  return `runbook/${incidentNumber}-${slug || "service"}`;
}

export function renderProposalBody(draft: RunbookDraft, incident: Incident, serviceName: string): string {
  const link = incident.url ? `[#${incident.number}](${incident.url})` : `#${incident.number}`;
  const head = [
    `Drafted by oncall-mentor-mcp from the records of incident ${link} ${codeSpan(oneLine(incident.title, 200))} (${serviceName}, ${incident.id}).`,
    "",
    `${draft.created ? "Creates" : "Adds to"} \`${draft.runbookPath}\`${draft.created ? "" : ` (base version ${draft.baseVersion?.slice(0, 7) ?? "unknown"})`}. The draft only adds lines and sets \`lastReviewed\`; every change below names the records it comes from. Check each step before merging: the records show what was run, not why it worked.`,
    "",
    "## Changes",
  ].join("\n");
  const tail =
    draft.warnings.length > 0
      ? `\n\n## Warnings\n\n${draft.warnings.map((warning) => `- ${warning}`).join("\n")}`
      : "";
  const sections: string[] = [];
  let length = head.length + tail.length;
  for (const [index, change] of draft.changes.entries()) {
    const section = renderChange(index + 1, change);
    const leftOut = draft.changes.length - index;
    if (length + section.length + 200 > BODY_LIMIT) {
      sections.push(`\n\n…and ${leftOut} more change${leftOut === 1 ? "" : "s"}; the commit holds them all.`);
      break;
    }
    sections.push(section);
    length += section.length;
  }
  return `${head}${sections.join("")}${tail}\n`;
}

function renderChange(number: number, change: RunbookChange): string {
  const fence = "`".repeat(fenceLength(change.text));
  const evidence = change.evidence
    .slice(0, EVIDENCE_PER_CHANGE)
    .map(
      (item) =>
        `- ${item.source.replace("_", " ")} ${codeSpan(item.id)} at ${item.at}: ${codeSpan(item.excerpt)}`,
    );
  const more = change.evidence.length - EVIDENCE_PER_CHANGE;
  if (more > 0) evidence.push(`- and ${more} more record${more === 1 ? "" : "s"}`);
  return [
    "",
    "",
    `### ${number}. ${oneLine(change.section, 120)}${change.newSection ? " (new section)" : ""}: ${change.kind}`,
    "",
    `${fence}markdown`,
    change.text,
    fence,
    "",
    "Evidence:",
    "",
    ...evidence,
  ].join("\n");
}

/** Inline code that holds any text: a backtick run longer than any inside, padded when the text touches one. */
export function codeSpan(text: string): string {
  const flat = oneLine(text, 500);
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

function oneLine(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}

/** The answer when the runbook already covers what the records show. */
export function renderNothingToPropose(draft: RunbookDraft, incidentNumber: number): string {
  return [
    `Nothing to propose: \`${draft.runbookPath}\` already covers what the records of incident #${incidentNumber} show. Nothing was written.`,
    ...renderRefusedChanges(draft.refused),
  ].join("\n\n");
}

/** The answer once the proposal is made: the pull request (or the workspace file), and what the caller should know. */
export function renderProposalReply(
  result: RunbookProposalResult,
  draft: RunbookDraft,
  incidentNumber: number,
  redrafts: number,
): string {
  const count = `${draft.changes.length} change${draft.changes.length === 1 ? "" : "s"}`;
  const lines = result.pullRequest
    ? [
        `${result.updated ? "Updated" : "Opened"} pull request #${result.pullRequest.number} (${result.pullRequest.url}) on branch \`${result.branch}\`: ${count} to \`${result.path}\` from incident #${incidentNumber}.`,
      ]
    : [
        `${draft.created ? "Created" : "Updated"} \`${result.path}\` in the workspace: ${count} from incident #${incidentNumber}.`,
      ];
  if (redrafts > 0)
    lines.push(
      `The runbook changed while this was being proposed, so it was redrafted on version ${draft.baseVersion?.slice(0, 7) ?? "none"}; nothing was overwritten.`,
    );
  for (const warning of draft.warnings) lines.push(`- ⚠ ${warning}`);
  lines.push(...renderRefusedChanges(draft.refused));
  return lines.join("\n\n");
}
