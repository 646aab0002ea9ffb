// The plan as a lead reads it: the outcome in one line, a table of pairings, the rotation as a chart, and
// everyone left out with the reason and what would change it.

import type { ShadowPlan } from "../plan/plan-types.js";
import { formatUtcMinute } from "./time-format.js";

/** Rows beyond this belong in the structured output, not in a table someone reads. */
export const MAX_TABLE_ROWS = 100;

export function renderShadowPlanMarkdown(plan: ShadowPlan): string {
  const { stats } = plan;
  const lines = [
    `## Shadow on-call rotation, ${formatUtcMinute(new Date(plan.window.from))} to ${formatUtcMinute(new Date(plan.window.to))} UTC`,
    "",
    `${stats.menteesMatched} of ${stats.mentees} mentees matched, ${stats.pairings} pairing${stats.pairings === 1 ? "" : "s"} from ${stats.shiftsConsidered} shifts, total score ${stats.objective.score}. ${optimality(plan)}`,
  ];
  if (plan.pairings.length > 0) {
    lines.push(
      "",
      "| Mentee | Mentor | Schedule | Start (UTC) | End (UTC) | Overlap | Score | Why |",
      "| --- | --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const pairing of plan.pairings.slice(0, MAX_TABLE_ROWS)) {
      const cells = [
        pairing.mentee.name,
        pairing.mentor.name,
        pairing.schedule.name,
        formatUtcMinute(new Date(pairing.start)),
        formatUtcMinute(new Date(pairing.end)),
        `${pairing.overlapHours} h`,
        String(pairing.score),
        pairing.reasons.join("; "),
      ];
      lines.push(`| ${cells.map(cell).join(" | ")} |`);
    }
    if (plan.pairings.length > MAX_TABLE_ROWS) {
      lines.push("", `…and ${plan.pairings.length - MAX_TABLE_ROWS} more pairings in the structured output.`);
    }
    lines.push("", "```mermaid", plan.gantt, "```");
  }
  if (plan.unmatched.length > 0) {
    lines.push("", "### Not matched", "");
    for (const entry of plan.unmatched) {
      lines.push(`- **${entry.mentee.name}**: ${entry.reason}. To fix: ${entry.fix}.`);
    }
  }
  return lines.join("\n");
}

function optimality(plan: ShadowPlan): string {
  const { optimal, bound } = plan.stats;
  if (optimal.score)
    return "Proved optimal: no plan matches more mentees, has more pairings, or scores higher.";
  if (optimal.pairings) {
    return "Proved optimal in mentees matched and pairings; the score is the best found, not proved best.";
  }
  return `Not proved optimal: at most ${bound.menteesMatched} mentees and ${bound.pairings} pairings may be possible.`;
}

/** Table cells hold one line and no pipes. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}
