// record_shadow_rotation: writes a rotation where the team will see it, or with undo removes it. PagerDuty: overrides
// on a "Shadow — <team>" schedule, and for a reverse shadow one on the shadowed schedule (who is paged first changes).
// Workspace: shadow-rotations/<from>_<to>.yaml and .ics, and team.yaml shadowHistory. Idempotent both ways.
import { z } from "zod";
import { defineTool, lazyHandler } from "../../ports/tool.js";
import { givenPairingSchema } from "../plan/given-pairings.js";

export const recordInput = z.object({
  window: z.object({ from: z.string(), to: z.string() }).optional(),
  pairings: z.array(givenPairingSchema).min(1).max(500).optional(),
  plan: z.looseObject({}).optional().describe("suggest_shadow_pairings input"),
  undo: z.boolean().optional(),
});

export const recordOutput = z.object({
  mode: z.enum(["workspace", "pagerduty"]),
  window: z.object({ from: z.string(), to: z.string() }),
  pairings: z.number().int(),
  created: z.array(z.string()),
  existing: z.array(z.string()).describe("Already recorded"),
  removed: z.array(z.string()).optional(),
  notRemoved: z.array(z.string()).optional(),
  pagedFirst: z.array(z.string()).optional().describe("Reverse shadows: who is paged first"),
});

export const recordShadowRotationTool = defineTool({
  name: "record_shadow_rotation",
  title: "Record shadow rotation",
  description:
    'Records shadow pairings: pass window and pairings from suggest_shadow_pairings, or plan (its input) to recompute. PagerDuty: a "Shadow — <team>" schedule with an override per mentee; a reverse shadow also overrides the shadowed schedule, so the mentee is paged first. Workspace: shadow-rotations/<from>_<to>.yaml and .ics, team.yaml shadowHistory. Idempotent; undo: true removes it.',
  input: recordInput,
  output: recordOutput,
  writes: true,
  // undo deletes (PagerDuty overrides, rotation files); both directions repeat without doing more.
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules", "shadows"],
  handler: lazyHandler(() => import("./record-shadow-rotation-handler.js")),
});
