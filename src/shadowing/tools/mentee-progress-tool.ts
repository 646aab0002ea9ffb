// mentee_progress: one mentee's shadowing so far and what to shadow next, with their own on-call load once they
// take shifts. Reads history from team.yaml, incidents and schedules through the ports.
import { z } from "zod";
import { idField } from "../../lib/input-coercion.js";
import { STAGES } from "../../model.js";
import { defineTool, lazyHandler } from "../../ports/tool.js";

const str = () => z.string();
const figures = () =>
  z.object({
    hoursOnCall: z.number(),
    pages: z.number(),
    afterHoursPages: z.number(),
    sleepHourPages: z.number(),
  });

export const progressInput = z.object({
  mentee: idField(z.string().min(1).max(100).describe("Engineer id")),
});

export const progressOutput = z.object({
  mentee: str(),
  shifts: z
    .array(
      z.object({
        mentor: str(),
        schedule: str(),
        start: str(),
        end: str(),
        incidents: z.array(z.object({ number: z.number(), title: str(), service: str() })),
      }),
    )
    .describe("Done, oldest first"),
  olderShifts: z.number(),
  hoursShadowed: z.number(),
  services: z.array(
    z.object({
      service: str(),
      learning: z.boolean(),
      shifts: z.number(),
      incidentsSeen: z.number(),
      runbook: str().nullable(),
    }),
  ),
  next: z.array(
    z.object({
      mentor: str(),
      schedule: str(),
      start: str(),
      end: str(),
      recorded: z.boolean(),
    }),
  ),
  load: z.object({ own: figures(), teamMedian: figures() }).nullable(),
  stage: z.enum(STAGES),
  nextStep: str().describe("From oncall_readiness"),
  milestones: z.array(z.object({ kind: str(), at: str(), text: str() })).describe("Dated, oldest first"),
});

export const menteeProgressTool = defineTool({
  name: "mentee_progress",
  title: "Mentee progress",
  description:
    "One mentee's shadowing: shifts done and incidents seen, services against learning goals with runbooks, what to shadow next (recorded, then suggested), and once they take real shifts, their on-call load over 28 days beside the team median.",
  input: progressInput,
  output: progressOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules", "runbooks"],
  handler: lazyHandler(() => import("./mentee-progress-handler.js")),
});
