// suggest_shadow_pairings: the plan read and solved, with the rotation as a lead reads it.
import type { ToolHandler } from "../../ports/tool.js";
import { planFromRequest } from "../plan/gather-plan-input.js";
import { type planOutputSchema, toPlanOutput } from "../plan/plan-output.js";
import { renderShadowPlanMarkdown } from "../render/render-shadow-plan.js";
import type { suggestInput } from "./suggest-shadow-pairings-tool.js";

export const handle: ToolHandler<typeof suggestInput, typeof planOutputSchema> = async (input, ctx) => {
  const plan = await planFromRequest(input, ctx);
  return { structured: toPlanOutput(plan), markdown: renderShadowPlanMarkdown(plan) };
};
