// suggest_shadow_pairings: the optimal shadow on-call rotation for a window, read-only.
import { z } from "zod";
import { defineTool, lazyHandler } from "../../ports/tool.js";
import { planOutputSchema } from "../plan/plan-output.js";
import { planRequestFields } from "../plan/plan-request.js";

export const suggestInput = z.object(planRequestFields);

export const suggestShadowPairingsTool = defineTool({
  name: "suggest_shadow_pairings",
  title: "Suggest shadow pairings",
  description:
    "Plans shadow on-call: mentees on mentors' shifts in their own working hours, never while away or on call. Maximises mentees matched, then pairings, then score (overlap, learning goals, recent incidents, novelty, mentor's lighter load); says what is proved optimal. Default: next 4 weeks.",
  input: suggestInput,
  output: planOutputSchema,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules"],
  handler: lazyHandler(() => import("./suggest-shadow-pairings-handler.js")),
});
