import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  renderRefusedChanges
} from "./chunk-56TJAB77.js";
import {
  draftFromRecords,
  loadIncidentRecords
} from "./chunk-ITCHER75.js";
import "./chunk-XVYO3GTT.js";
import {
  fenceLength
} from "./chunk-ADOWJJJJ.js";
import "./chunk-BWXVZCPD.js";
import "./chunk-7WSIUUHN.js";
import "./chunk-QOBY7TRA.js";
import "./chunk-65K74YAK.js";
import {
  StaleVersionError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/runbooks/render/render-proposal.ts
var BODY_LIMIT = 6e4, EVIDENCE_PER_CHANGE = 5;
function renderProposalText(draft, incident, service, title) {
  let serviceName = service?.name ?? incident.service.name, defaultTitle = draft.created ? `New ${serviceName} runbook from incident #${incident.number}` : `${serviceName} runbook: what incident #${incident.number} taught`;
  return {
    branch: proposalBranch(incident.number, service?.id ?? incident.service.id),
    title: oneLine(title?.trim() || defaultTitle, 200),
    body: renderProposalBody(draft, incident, serviceName),
    commitMessage: `${draft.created ? "Add" : "Update"} runbook ${draft.runbookPath} from incident #${incident.number}

${draft.changes.length} change${draft.changes.length === 1 ? "" : "s"} drafted from the incident's notes, log entries and alerts.`
  };
}
function proposalBranch(incidentNumber, serviceId) {
  let slug = serviceId.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[-_]+|[-_]+$/g, "").slice(0, 60);
  return `runbook/${incidentNumber}-${slug || "service"}`;
}
function renderProposalBody(draft, incident, serviceName) {
  let head = [
    `Drafted by oncall-mentor-mcp from the records of incident ${incident.url ? `[#${incident.number}](${incident.url})` : `#${incident.number}`} ${codeSpan(oneLine(incident.title, 200))} (${serviceName}, ${incident.id}).`,
    "",
    `${draft.created ? "Creates" : "Adds to"} \`${draft.runbookPath}\`${draft.created ? "" : ` (base version ${draft.baseVersion?.slice(0, 7) ?? "unknown"})`}. The draft only adds lines and sets \`lastReviewed\`; every change below names the records it comes from. Check each step before merging: the records show what was run, not why it worked.`,
    "",
    "## Changes"
  ].join(`
`), tail = draft.warnings.length > 0 ? `

## Warnings

${draft.warnings.map((warning) => `- ${warning}`).join(`
`)}` : "", sections = [], length = head.length + tail.length;
  for (let [index, change] of draft.changes.entries()) {
    let section = renderChange(index + 1, change), leftOut = draft.changes.length - index;
    if (length + section.length + 200 > BODY_LIMIT) {
      sections.push(`

\u2026and ${leftOut} more change${leftOut === 1 ? "" : "s"}; the commit holds them all.`);
      break;
    }
    sections.push(section), length += section.length;
  }
  return `${head}${sections.join("")}${tail}
`;
}
function renderChange(number, change) {
  let fence = "`".repeat(fenceLength(change.text)), evidence = change.evidence.slice(0, EVIDENCE_PER_CHANGE).map((item) => `- ${item.source.replace("_", " ")} at ${item.at}: ${codeSpan(item.excerpt)}`), more = change.evidence.length - EVIDENCE_PER_CHANGE;
  return more > 0 && evidence.push(`- and ${more} more record${more === 1 ? "" : "s"}`), [
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
    ...evidence
  ].join(`
`);
}
function codeSpan(text) {
  let flat = oneLine(text, 500), longest = 0;
  for (let run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  let ticks = "`".repeat(longest + 1), pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}
function oneLine(text, limit) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}\u2026`;
}
function renderNothingToPropose(draft, incidentNumber) {
  return [
    `Nothing to propose: \`${draft.runbookPath}\` already covers what the records of incident #${incidentNumber} show. Nothing was written.`,
    ...renderRefusedChanges(draft.refused)
  ].join(`

`);
}
function renderProposalReply(result, draft, incidentNumber, redrafts) {
  let count = `${draft.changes.length} change${draft.changes.length === 1 ? "" : "s"}`, lines = result.pullRequest ? [
    `${result.updated ? "Updated" : "Opened"} pull request #${result.pullRequest.number} (${result.pullRequest.url}) on branch \`${result.branch}\`: ${count} to \`${result.path}\` from incident #${incidentNumber}.`
  ] : [
    `${draft.created ? "Created" : "Updated"} \`${result.path}\` in the workspace: ${count} from incident #${incidentNumber}.`
  ];
  redrafts > 0 && lines.push(
    `The runbook changed while this was being proposed, so it was redrafted on version ${draft.baseVersion?.slice(0, 7) ?? "none"}; nothing was overwritten.`
  );
  for (let warning of draft.warnings) lines.push(`- \u26A0 ${warning}`);
  return lines.push(...renderRefusedChanges(draft.refused)), lines.join(`

`);
}

// src/runbooks/tools/propose-runbook-update-handler.ts
var MAX_REDRAFTS = 2, handle = async (input, ctx) => {
  let records = await loadIncidentRecords(input.incidentId, ctx), { incident } = records;
  for (let redrafts = 0; ; redrafts++) {
    await ctx.progress(redrafts, MAX_REDRAFTS + 1, redrafts === 0 ? "Drafting" : "Redrafting");
    let draft = await draftFromRecords(records, input.runbookPath, ctx, input), refused = draft.refused.map(({ index, reason }) => ({ index, reason }));
    if (draft.changes.length === 0)
      return {
        structured: {
          mode: ctx.sources.runbooks.proposalMode,
          path: draft.runbookPath,
          branch: null,
          pullRequest: null,
          updated: !1,
          changes: 0,
          baseVersion: draft.baseVersion,
          refused
        },
        markdown: renderNothingToPropose(draft, incident.number)
      };
    let text = renderProposalText(draft, incident, records.service, input.title), result;
    try {
      result = await ctx.sources.runbooks.proposeChange(
        {
          path: draft.runbookPath,
          content: draft.proposedContent,
          baseVersion: draft.baseVersion,
          ...text
        },
        { signal: ctx.signal, requests: ctx.requests }
      );
    } catch (error) {
      if (error instanceof StaleVersionError && redrafts < MAX_REDRAFTS) continue;
      throw error;
    }
    return {
      structured: {
        mode: result.mode,
        path: result.path,
        branch: result.branch,
        pullRequest: result.pullRequest,
        updated: result.updated,
        changes: draft.changes.length,
        baseVersion: draft.baseVersion,
        refused
      },
      markdown: renderProposalReply(result, draft, incident.number, redrafts)
    };
  }
};
export {
  MAX_REDRAFTS,
  handle
};
