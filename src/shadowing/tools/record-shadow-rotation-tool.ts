// record_shadow_rotation: writes a rotation where the team will see it. PagerDuty: overrides on a "Shadow — <team>"
// schedule. Workspace: shadow-rotations/<from>_<to>.yaml and .ics, and team.yaml shadowHistory. Idempotent.
import { z } from "zod";
import { defineTool, lazyHandler } from "../../ports/tool.js";
import { givenPairingSchema } from "../plan/given-pairings.js";

export const recordInput = z.object({
  window: z.object({ from: z.string(), to: z.string() }).optional(),
  pairings: z.array(givenPairingSchema).min(1).max(500).optional(),
  plan: z.looseObject({}).optional().describe("suggest_shadow_pairings input"),
});

export const recordOutput = z.object({
  mode: z.enum(["workspace", "pagerduty"]),
  window: z.object({ from: z.string(), to: z.string() }),
  pairings: z.number().int(),
  created: z.array(z.string()),
  existing: z.array(z.string()).describe("Already recorded"),
});

export const recordShadowRotationTool = defineTool({
  name: "record_shadow_rotation",
  title: "Record shadow rotation",
  description:
    'Records shadow pairings: pass window and pairings from suggest_shadow_pairings, or plan (its input) to recompute. PagerDuty: a "Shadow — <team>" schedule, one override per pairing paging the mentee beside the mentor. Workspace: shadow-rotations/<from>_<to>.yaml and .ics, team.yaml shadowHistory. Idempotent.',
  input: recordInput,
  output: recordOutput,
  writes: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  reaches: ["incidents", "schedules", "shadows"],
  handler: lazyHandler(() => import("./record-shadow-rotation-handler.js")),
});
