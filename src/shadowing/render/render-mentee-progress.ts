// A mentee's progress as a lead or the mentee reads it. Pure.

import { markdownTable } from "../../lib/markdown.js";
import { plural } from "../../lib/text.js";
import type { Stage } from "../../model.js";
import type { LoadFiguresShown, MenteeProgress } from "../progress/mentee-progress.js";
import { STAGE_WORDS } from "../readiness/readiness.js";
import { formatUtcMinute } from "./time-format.js";

export interface ProgressNames {
  engineer(id: string): string;
  schedule(id: string): string;
  service(id: string): string;
}

export interface ProgressTextContext {
  menteeName: string;
  now: Date;
  /** Days before now the load is measured over. */
  loadDays: number;
  /** Why no suggestion could be made, with the fix, when none was. */
  noSuggestion: string | null;
}

const utc = (instant: string) => formatUtcMinute(new Date(instant));

export interface PathFacts {
  stage: Stage;
  nextStep: string;
  milestones: readonly { text: string }[];
}

export function renderMenteeProgress(
  progress: MenteeProgress & Partial<PathFacts>,
  names: ProgressNames,
  context: ProgressTextContext,
): string {
  const { menteeName } = context;
  const seen = progress.shifts.reduce((sum, shift) => sum + shift.incidents.length, 0);
  const done = progress.shifts.length + progress.olderShifts;
  const lines = [
    `## ${menteeName}'s shadow on-call progress, as of ${formatUtcMinute(context.now)} UTC`,
    "",
    done === 0
      ? `${menteeName} has not shadowed a shift yet.`
      : `${plural(done, "shadow shift")} done (${progress.hoursShadowed} h), ${plural(seen, "incident")} seen on the shadowed services.`,
  ];
  if (progress.stage)
    lines.push("", `Stage: ${STAGE_WORDS[progress.stage]}. ${progress.nextStep ?? ""}`.trimEnd());
  if (progress.milestones && progress.milestones.length > 0) {
    lines.push("", "### Milestones", "", ...progress.milestones.map((milestone) => `- ${milestone.text}`));
  }

  if (progress.shifts.length > 0) {
    lines.push("", "### Shadow shifts", "");
    if (progress.olderShifts > 0) lines.push(`(${progress.olderShifts} older shifts not listed.)`, "");
    lines.push(
      markdownTable(
        ["Start (UTC)", "End (UTC)", "Mentor", "Schedule", "Incidents seen"],
        progress.shifts.map((shift) => [
          utc(shift.start),
          utc(shift.end),
          names.engineer(shift.mentor),
          names.schedule(shift.schedule),
          shift.incidents.map((incident) => `#${incident.number} ${incident.title}`).join("; ") || "none",
        ]),
      ),
    );
  }

  if (progress.services.length > 0) {
    lines.push("", "### Services and learning goals", "");
    lines.push(
      markdownTable(
        ["Service", "Learning goal", "Shadow shifts", "Incidents seen", "Runbook"],
        progress.services.map((service) => [
          names.service(service.service),
          service.learning ? (service.shifts > 0 ? "yes, covered" : "yes, not yet") : "no",
          service.shifts,
          service.incidentsSeen,
          service.runbook ?? "none yet",
        ]),
      ),
    );
  }

  lines.push("", "### Next", "");
  if (progress.next.length === 0) lines.push(context.noSuggestion ?? "Nothing to suggest.");
  for (const next of progress.next) {
    const what = next.recorded ? "Recorded" : "Suggested";
    lines.push(
      `- ${what}: ${utc(next.start)} to ${utc(next.end)} UTC with ${names.engineer(next.mentor)} on ${names.schedule(next.schedule)}`,
    );
  }
  if (progress.next.some((next) => !next.recorded)) {
    lines.push(
      "",
      "Record suggestions with record_shadow_rotation, or plan the whole team with suggest_shadow_pairings.",
    );
  }

  lines.push("", `### Own on-call load, last ${context.loadDays} days`, "");
  if (!progress.load) {
    lines.push(
      `${menteeName} took no on-call shifts of their own in that time; their load shows here once they do.`,
    );
  } else {
    lines.push(loadTable(menteeName, progress.load.own, progress.load.teamMedian));
  }
  return lines.join("\n");
}

function loadTable(name: string, own: LoadFiguresShown, median: LoadFiguresShown): string {
  const rows: [string, keyof LoadFiguresShown][] = [
    ["Hours on call", "hoursOnCall"],
    ["Pages", "pages"],
    ["After-hours pages", "afterHoursPages"],
    ["Sleep-hour pages", "sleepHourPages"],
  ];
  return markdownTable(
    ["", name, "Team median"],
    rows.map(([label, field]) => [label, own[field], median[field]]),
  );
}
