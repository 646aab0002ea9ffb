import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  toPlanOutput
} from "./chunk-C377UVKX.js";
import {
  formatUtcMinute,
  planFromRequest
} from "./chunk-SK7JI2KM.js";
import "./chunk-5J5TFA2B.js";
import "./chunk-M5B2Y6FW.js";
import "./chunk-23M5H5XB.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-HKFD4U5M.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-AVLOQ4UV.js";
import "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import "./chunk-GCCA2YSU.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/shadowing/render/render-shadow-plan.ts
var MAX_TABLE_ROWS = 100;
function renderShadowPlanMarkdown(plan) {
  let { stats } = plan, lines = [
    `## Shadow on-call rotation, ${formatUtcMinute(new Date(plan.window.from))} to ${formatUtcMinute(new Date(plan.window.to))} UTC`,
    "",
    `${stats.menteesMatched} of ${stats.mentees} mentees matched, ${stats.pairings} pairing${stats.pairings === 1 ? "" : "s"} from ${stats.shiftsConsidered} shifts, total score ${stats.objective.score}. ${optimality(plan)}`
  ];
  if (plan.pairings.length > 0) {
    lines.push(
      "",
      "| Mentee | Mentor | Schedule | Start (UTC) | End (UTC) | Overlap | Score | Why |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    for (let pairing of plan.pairings.slice(0, MAX_TABLE_ROWS)) {
      let cells = [
        pairing.mentee.name,
        pairing.mentor.name,
        pairing.schedule.name,
        formatUtcMinute(new Date(pairing.start)),
        formatUtcMinute(new Date(pairing.end)),
        `${pairing.overlapHours} h`,
        String(pairing.score),
        pairing.reasons.join("; ")
      ];
      lines.push(`| ${cells.map(cell).join(" | ")} |`);
    }
    plan.pairings.length > MAX_TABLE_ROWS && lines.push("", `\u2026and ${plan.pairings.length - MAX_TABLE_ROWS} more pairings in the structured output.`), lines.push("", "```mermaid", plan.gantt, "```");
  }
  if (plan.unmatched.length > 0) {
    lines.push("", "### Not matched", "");
    for (let entry of plan.unmatched)
      lines.push(`- **${entry.mentee.name}**: ${entry.reason}. To fix: ${entry.fix}.`);
  }
  return lines.join(`
`);
}
function optimality(plan) {
  let { optimal, bound } = plan.stats;
  return optimal.score ? "Proved optimal: no plan matches more mentees, has more pairings, or scores higher." : optimal.pairings ? "Proved optimal in mentees matched and pairings; the score is the best found, not proved best." : `Not proved optimal: at most ${bound.menteesMatched} mentees and ${bound.pairings} pairings may be possible.`;
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

// src/shadowing/tools/suggest-shadow-pairings-handler.ts
var handle = async (input, ctx) => {
  let plan = await planFromRequest(input, ctx);
  return { structured: toPlanOutput(plan), markdown: renderShadowPlanMarkdown(plan) };
};
export {
  handle
};
