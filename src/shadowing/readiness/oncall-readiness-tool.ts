// oncall_readiness: where each mentee stands on the path from shadow to on call, from the records: stage, evidence
// per learning service with dates and incident links, what is missing, the next step, and dated milestones.
import { z } from "zod";
import { NotFoundError } from "../../lib/errors.js";
import type { Engineer, TeamDirectory } from "../../model.js";
import { defineTool } from "../../ports/tool.js";
import { stageOf, thresholdsOf } from "./assess-team.js";
import { readAndAssess } from "./readiness-records.js";
import { renderMenteeReadiness, renderTeamReadiness } from "./readiness-text.js";

const str = () => z.string();
const stage = () => z.enum(["shadow", "reverse-shadow", "on-call-with-backup", "on-call"]);
const kind = () =>
  z.enum(["shadow-shift", "incident-seen", "drill", "reverse-shadow-shift", "incident-handled"]);

export const oncallReadinessTool = defineTool({
  name: "oncall_readiness",
  title: "On-call readiness",
  description:
    "Where a mentee (or every mentee) stands on the path shadow → reverse shadow → on call with backup → on call: per learning service the evidence (shifts, incidents seen or handled, drills) against team.yaml readiness thresholds, what is missing, the next step, dated milestones. Evidence items are listed for one mentee only.",
  input: z.object({
    mentee: z.string().min(1).max(100).optional().describe("Engineer id; default every mentee"),
  }),
  output: z.object({
    thresholds: z.object({
      shadowShifts: z.number(),
      incidentsSeen: z.number(),
      drills: z.number(),
      reverseShadowShifts: z.number(),
      incidentsHandled: z.number(),
    }),
    mentees: z.array(
      z.object({
        mentee: str(),
        stage: stage(),
        nextStage: stage().nullable(),
        ready: z.boolean(),
        readySince: str().nullable(),
        nextStep: str(),
        services: z.array(
          z.object({
            service: str(),
            learning: z.boolean(),
            ready: z.boolean(),
            missing: z.array(str()),
            gates: z.array(
              z.object({ kind: kind(), have: z.number(), want: z.number(), metAt: str().nullable() }),
            ),
            items: z.array(
              z.object({ kind: kind(), at: str(), ref: str(), detail: str(), url: str().nullable() }),
            ),
          }),
        ),
        milestones: z.array(z.object({ kind: str(), at: str(), text: str() })),
      }),
    ),
    gap: str().nullable(),
  }),
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules"],
  async handler(input, ctx) {
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
  },
});

/** Everyone marked a mentee, and anyone whose stage says they are not yet on call alone. */
export function menteesOf(team: TeamDirectory): Engineer[] {
  return team.engineers.filter((engineer) => engineer.mentee || stageOf(engineer) !== "on-call");
}

export function engineerOf(team: TeamDirectory, id: string): Engineer {
  const engineer = team.engineers.find((e) => e.id === id);
  if (!engineer) {
    const example = team.engineers.find((e) => e.mentee)?.id ?? team.engineers[0]?.id ?? "erin";
    throw new NotFoundError(
      `No engineer "${id}" in team.yaml; mentee takes an engineer id such as "${example}".`,
    );
  }
  return engineer;
}
