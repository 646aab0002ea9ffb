// oncall_readiness: the mentees' records read and assessed, one mentee in full or the team in one table.
import type { ToolHandler } from "../../ports/tool.js";
import { menteesOf, thresholdsOf } from "../readiness/assess-team.js";
import { readAndAssess } from "../readiness/readiness-records.js";
import { renderMenteeReadiness, renderTeamReadiness } from "../render/render-readiness.js";
import { engineerOf } from "./engineers.js";
import type { readinessInput, readinessOutput } from "./oncall-readiness-tool.js";

export const handle: ToolHandler<typeof readinessInput, typeof readinessOutput> = async (input, ctx) => {
  const mentees = input.mentee === undefined ? menteesOf(ctx.team) : [engineerOf(ctx.team, input.mentee)];
  const { assessments, gap, names } = await readAndAssess(mentees, ctx);
  const one = input.mentee !== undefined;
  const byId = new Map(ctx.team.engineers.map((e) => [e.id, e]));
  const context = {
    names,
    menteeName: (id: string) => byId.get(id)?.name ?? id,
    timeZone: (id: string) => byId.get(id)?.timeZone ?? "UTC",
    thresholds: thresholdsOf(ctx.team),
    gap,
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
          items: one ? service.items : [],
        })),
        milestones,
      })),
      gap,
    },
    markdown: one
      ? renderMenteeReadiness(assessments[0]!, context)
      : renderTeamReadiness(assessments, context),
  };
};
