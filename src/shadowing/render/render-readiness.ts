// Readiness as a lead reads it: one mentee in full (evidence with dates and links), or the team in one table. Pure.
import { markdownTable } from "../../lib/markdown.js";
import type { ReadinessThresholds } from "../../model.js";
import type { MenteeAssessment } from "../readiness/assess-team.js";
import type { EvidenceItem } from "../readiness/evidence.js";
import { localDay, type MilestoneNames } from "../readiness/milestones.js";
import { STAGE_WORDS } from "../readiness/readiness.js";

const KIND_WORDS: Record<EvidenceItem["kind"], string> = {
  "shadow-shift": "Shadow shifts",
  "incident-seen": "Incidents seen",
  drill: "Drills",
  "reverse-shadow-shift": "Reverse-shadow shifts",
  "incident-handled": "Incidents handled",
};

export interface ReadinessTextContext {
  names: MilestoneNames;
  menteeName(id: string): string;
  timeZone(id: string): string;
  thresholds: ReadinessThresholds;
  gap: string | null;
}

export function renderMenteeReadiness(assessment: MenteeAssessment, context: ReadinessTextContext): string {
  const { readiness } = assessment;
  const name = context.menteeName(readiness.mentee);
  const day = (at: string) => localDay(at, context.timeZone(readiness.mentee));
  const lines = [
    `## ${name}: ${STAGE_WORDS[readiness.stage]}${readiness.nextStage ? `, next ${STAGE_WORDS[readiness.nextStage]}` : ""}`,
    "",
    `**Next step:** ${readiness.nextStep}`,
  ];
  if (readiness.ready && readiness.readySince) lines.push("", `Ready since ${day(readiness.readySince)}.`);
  if (context.gap) lines.push("", context.gap);
  for (const service of readiness.services) {
    const title = `${context.names.service(service.service)}${service.learning ? " (learning goal)" : ""}`;
    const status =
      service.gates.length === 0
        ? ""
        : service.ready
          ? ": all evidence in"
          : `: ${service.missing.join(", ")}`;
    lines.push("", `### ${title}${service.learning ? status : ""}`, "");
    if (service.gates.length > 0) {
      lines.push(
        markdownTable(
          ["Evidence", "Have", "Wanted", "Met on"],
          service.gates.map((gate) => [
            KIND_WORDS[gate.kind],
            gate.have,
            gate.want,
            gate.metAt ? day(gate.metAt) : "",
          ]),
        ),
        "",
      );
    }
    if (service.items.length === 0) lines.push("No evidence yet.");
    for (const item of service.items) lines.push(`- ${day(item.at)}: ${evidenceLine(item, context.names)}`);
  }
  if (assessment.milestones.length > 0) {
    lines.push("", "### Milestones", "", ...assessment.milestones.map((m) => `- ${m.text}`));
  }
  return lines.join("\n");
}

export function renderTeamReadiness(
  assessments: readonly MenteeAssessment[],
  context: ReadinessTextContext,
): string {
  const t = context.thresholds;
  const lines = [
    `## Readiness of ${assessments.length} mentee${assessments.length === 1 ? "" : "s"}`,
    "",
    `Wanted per learning service: before reverse shadow ${t.shadowShifts} shadow shifts, ${t.incidentsSeen} incidents seen, ${t.drills} drills; before on call with backup ${t.reverseShadowShifts} reverse-shadow shifts, ${t.incidentsHandled} incidents handled (team.yaml readiness).`,
  ];
  if (context.gap) lines.push("", context.gap);
  lines.push(
    "",
    markdownTable(
      ["Mentee", "Stage", "Ready for next", "Next step"],
      assessments.map(({ readiness }) => [
        context.menteeName(readiness.mentee),
        STAGE_WORDS[readiness.stage],
        readiness.nextStage === null
          ? ""
          : readiness.ready
            ? `yes${readiness.readySince ? `, since ${localDay(readiness.readySince, context.timeZone(readiness.mentee))}` : ""}`
            : "no",
        readiness.nextStep,
      ]),
    ),
    "",
    "Ask oncall_readiness with a mentee for their evidence, dates and links.",
  );
  return lines.join("\n");
}

function evidenceLine(item: EvidenceItem, names: MilestoneNames): string {
  switch (item.kind) {
    case "shadow-shift":
      return `shadow shift with ${names.engineer(item.ref)} on ${names.schedule(item.detail)}`;
    case "reverse-shadow-shift":
      return `reverse-shadow shift on ${names.schedule(item.detail)}, ${names.engineer(item.ref)} backing up`;
    case "incident-seen":
    case "incident-handled": {
      const label = `#${item.ref} ${item.detail}`;
      return `${item.kind === "incident-seen" ? "saw" : "handled"} ${item.url ? `[${label}](${item.url})` : label}`;
    }
    case "drill":
      return `drill of incident ${item.ref}${item.detail ? ` (${item.detail})` : ""}`;
  }
}
