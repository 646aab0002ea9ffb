// oncall_readiness: where each mentee stands on the path from shadow to on call, from the records: stage, evidence
// per learning service with dates and incident links, what is missing, the next step, and dated milestones.
import { z } from "zod";
import { STAGES } from "../../model.js";
import { defineTool, lazyHandler } from "../../ports/tool.js";

const str = () => z.string();
const stage = () => z.enum(STAGES);
const kind = () =>
  z.enum(["shadow-shift", "incident-seen", "drill", "reverse-shadow-shift", "incident-handled"]);

export const readinessInput = z.object({
  mentee: z.string().min(1).max(100).optional().describe("Engineer id; default every mentee"),
});

export const readinessOutput = z.object({
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
});

export const oncallReadinessTool = defineTool({
  name: "oncall_readiness",
  title: "On-call readiness",
  description:
    "Where a mentee (or every mentee) stands on the path shadow → reverse shadow → on call with backup → on call: per learning service the evidence (shifts, incidents seen or handled, drills) against team.yaml readiness thresholds, what is missing, the next step, dated milestones. Evidence items are listed for one mentee only.",
  input: readinessInput,
  output: readinessOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules"],
  handler: lazyHandler(() => import("./oncall-readiness-handler.js")),
});
