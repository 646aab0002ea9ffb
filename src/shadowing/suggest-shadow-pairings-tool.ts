// suggest_shadow_pairings: the optimal shadow on-call rotation for a window, read-only.
import { z } from "zod";
import { defineTool } from "../ports/tool.js";
import { renderShadowPlanMarkdown } from "./markdown.js";
import { planOutputSchema, toPlanOutput } from "./plan-output.js";
import { planFromRequest, planRequestFields } from "./plan-request.js";

export const suggestShadowPairings = defineTool({
  name: "suggest_shadow_pairings",
  title: "Suggest shadow pairings",
  description:
    "Plans shadow on-call: mentees on mentors' shifts in their own working hours, never while away or on call. Maximises mentees matched, then pairings, then score (overlap, learning goals, recent incidents, novelty, mentor's lighter load); says what is proved optimal. Default: next 4 weeks.",
  input: z.object(planRequestFields),
  output: planOutputSchema,
  writes: false,
  annotations: { readOnlyHint: true, idempotentHint: true },
  reaches: ["incidents", "schedules"],
  async handler(input, ctx) {
    const plan = await planFromRequest(input, ctx);
    return { structured: toPlanOutput(plan), markdown: renderShadowPlanMarkdown(plan) };
  },
});
