// record_incident_drill: adds a finished drill to team.yaml drillHistory (in every mode), so readiness counts it.
// Idempotent: the same mentee and incident on the same day is recorded once.
import { z } from "zod";
import { idField } from "../../lib/input-coercion.js";
import { defineTool, lazyHandler } from "../../ports/tool.js";

export const recordDrillInput = z.object({
  mentee: z.string().min(1).max(100).describe("Engineer id"),
  incidentId: idField(z.string().min(1).max(100).describe("Incident id or number drilled")),
  at: z.string().max(64).optional().describe("When it ran, ISO 8601; default now"),
  runBy: z.string().min(1).max(100).optional().describe("Engineer id"),
  notes: z.string().max(500).optional().describe("How it went, one line"),
});

export const recordDrillOutput = z.object({
  mentee: z.string(),
  incident: z.string(),
  service: z.string(),
  at: z.string(),
  created: z.boolean(),
});

export const recordIncidentDrillTool = defineTool({
  name: "record_incident_drill",
  title: "Record incident drill",
  description:
    "Records a finished drill in team.yaml drillHistory (any mode), comments kept; oncall_readiness counts it. The same mentee, incident and day is recorded once.",
  input: recordDrillInput,
  output: recordDrillOutput,
  writes: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  reaches: ["incidents", "drills"],
  handler: lazyHandler(() => import("./record-incident-drill-handler.js")),
});
