import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  STAGE_WORDS,
  localDay,
  menteesOf,
  readAndAssess,
  thresholdsOf
} from "./chunk-HAUS6P7U.js";
import {
  engineerOf
} from "./chunk-G4FESBZA.js";
import {
  markdownTable
} from "./chunk-EF6MDBBV.js";
import "./chunk-HTE4XTY6.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/shadowing/render/render-readiness.ts
var KIND_WORDS = {
  "shadow-shift": "Shadow shifts",
  "incident-seen": "Incidents seen",
  drill: "Drills",
  "reverse-shadow-shift": "Reverse-shadow shifts",
  "incident-handled": "Incidents handled"
};
function renderMenteeReadiness(assessment, context) {
  let { readiness } = assessment, name = context.menteeName(readiness.mentee), day = (at) => localDay(at, context.timeZone(readiness.mentee)), lines = [
    `## ${name}: ${STAGE_WORDS[readiness.stage]}${readiness.nextStage ? `, next ${STAGE_WORDS[readiness.nextStage]}` : ""}`,
    "",
    `**Next step:** ${readiness.nextStep}`
  ];
  readiness.ready && readiness.readySince && lines.push("", `Ready since ${day(readiness.readySince)}.`), context.gap && lines.push("", context.gap);
  for (let service of readiness.services) {
    let title = `${context.names.service(service.service)}${service.learning ? " (learning goal)" : ""}`, status = service.gates.length === 0 ? "" : service.ready ? ": all evidence in" : `: ${service.missing.join(", ")}`;
    lines.push("", `### ${title}${service.learning ? status : ""}`, ""), service.gates.length > 0 && lines.push(
      markdownTable(
        ["Evidence", "Have", "Wanted", "Met on"],
        service.gates.map((gate) => [
          KIND_WORDS[gate.kind],
          gate.have,
          gate.want,
          gate.metAt ? day(gate.metAt) : ""
        ])
      ),
      ""
    ), service.items.length === 0 && lines.push("No evidence yet.");
    for (let item of service.items) lines.push(`- ${day(item.at)}: ${evidenceLine(item, context.names)}`);
  }
  return assessment.milestones.length > 0 && lines.push("", "### Milestones", "", ...assessment.milestones.map((m) => `- ${m.text}`)), lines.join(`
`);
}
function renderTeamReadiness(assessments, context) {
  let t = context.thresholds, lines = [
    `## Readiness of ${assessments.length} mentee${assessments.length === 1 ? "" : "s"}`,
    "",
    `Wanted per learning service: before reverse shadow ${t.shadowShifts} shadow shifts, ${t.incidentsSeen} incidents seen, ${t.drills} drills; before on call with backup ${t.reverseShadowShifts} reverse-shadow shifts, ${t.incidentsHandled} incidents handled (team.yaml readiness).`
  ];
  return context.gap && lines.push("", context.gap), lines.push(
    "",
    markdownTable(
      ["Mentee", "Stage", "Ready for next", "Next step"],
      assessments.map(({ readiness }) => [
        context.menteeName(readiness.mentee),
        STAGE_WORDS[readiness.stage],
        readiness.nextStage === null ? "" : readiness.ready ? `yes${readiness.readySince ? `, since ${localDay(readiness.readySince, context.timeZone(readiness.mentee))}` : ""}` : "no",
        readiness.nextStep
      ])
    ),
    "",
    "Ask oncall_readiness with a mentee for their evidence, dates and links."
  ), lines.join(`
`);
}
function evidenceLine(item, names) {
  switch (item.kind) {
    case "shadow-shift":
      return `shadow shift with ${names.engineer(item.ref)} on ${names.schedule(item.detail)}`;
    case "reverse-shadow-shift":
      return `reverse-shadow shift on ${names.schedule(item.detail)}, ${names.engineer(item.ref)} backing up`;
    case "incident-seen":
    case "incident-handled": {
      let label = `#${item.ref} ${item.detail}`;
      return `${item.kind === "incident-seen" ? "saw" : "handled"} ${item.url ? `[${label}](${item.url})` : label}`;
    }
    case "drill":
      return `drill of incident ${item.ref}${item.detail ? ` (${item.detail})` : ""}`;
  }
}

// src/shadowing/tools/oncall-readiness-handler.ts
var handle = async (input, ctx) => {
  let mentees = input.mentee === void 0 ? menteesOf(ctx.team) : [engineerOf(ctx.team, input.mentee)], { assessments, gap, names } = await readAndAssess(mentees, ctx), one = input.mentee !== void 0, byId = new Map(ctx.team.engineers.map((e) => [e.id, e])), context = {
    names,
    menteeName: (id) => byId.get(id)?.name ?? id,
    timeZone: (id) => byId.get(id)?.timeZone ?? "UTC",
    thresholds: thresholdsOf(ctx.team),
    gap
  };
  return {
    structured: {
      thresholds: context.thresholds,
      mentees: assessments.map(({ readiness, milestones }) => ({
        mentee: readiness.mentee,
        stage: readiness.stage,
        nextStage: readiness.nextStage,
        ready: readiness.ready,
        readySince: readiness.readySince,
        nextStep: readiness.nextStep,
        services: readiness.services.map((service) => ({
          service: service.service,
          learning: service.learning,
          ready: service.ready,
          missing: service.missing,
          gates: service.gates,
          items: one ? service.items : []
        })),
        milestones
      })),
      gap
    },
    markdown: one ? renderMenteeReadiness(assessments[0], context) : renderTeamReadiness(assessments, context)
  };
};
export {
  handle
};
