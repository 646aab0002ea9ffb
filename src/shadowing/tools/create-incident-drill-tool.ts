// create_incident_drill: a role-play exercise for a mentee from a resolved past incident on a service they are
// learning that they neither saw nor drilled (or the one given): trainee part and answer key. Reads only.
import { z } from "zod";
import { idField } from "../../lib/input-coercion.js";
import { defineTool, lazyHandler } from "../../ports/tool.js";

const str = () => z.string();

export const drillInput = z.object({
  mentee: z.string().min(1).max(100).describe("Engineer id"),
  incidentId: idField(
    z.string().min(1).max(100).describe("Incident id or number; default: chosen"),
  ).optional(),
});

export const drillOutput = z.object({
  mentee: str(),
  incident: z.object({
    id: str(),
    number: z.number(),
    title: str(),
    service: str(),
    url: str().nullable(),
  }),
  trainee: z.object({
    page: z.object({
      title: str(),
      service: str(),
      at: str(),
      urgency: str(),
      alert: str().nullable(),
      details: z.array(str()),
    }),
    stages: z.array(z.object({ offset: str(), at: str(), shows: z.array(str()), question: str() })),
    questions: z.array(str()),
    runbook: str().nullable(),
  }),
  answerKey: z.object({
    resolution: str().nullable(),
    resolvedBy: str().nullable(),
    timeToAcknowledge: str().nullable(),
    timeToResolve: str().nullable(),
    commands: z.array(
      z.object({ offset: str(), purpose: z.enum(["diagnosis", "mitigation"]), command: str() }),
    ),
    decisionPoints: z.array(z.object({ offset: str(), what: str() })),
  }),
});

export const createIncidentDrillTool = defineTool({
  name: "create_incident_drill",
  title: "Create incident drill",
  description:
    "A role-play drill for a mentee from a resolved past incident on their learning services they neither saw nor drilled (or incidentId): the opening page, stages revealed in order (T+n), questions, the runbook, and a separate answer key (fix, times, commands, decision points). The trainee part never shows the fix.",
  input: drillInput,
  output: drillOutput,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "runbooks"],
  handler: lazyHandler(() => import("./create-incident-drill-handler.js")),
});
