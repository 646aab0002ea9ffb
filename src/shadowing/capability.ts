// Shadow on-call: plan pairings, record them, follow a mentee's progress, and brief them before a shift.
import type { Capability } from "../ports/capability.js";
import { createIncidentDrillTool } from "./drills/create-incident-drill-tool.js";
import { menteeProgressTool } from "./mentee-progress-tool.js";
import { shadowingPrompts } from "./prompts.js";
import { oncallReadinessTool } from "./readiness/oncall-readiness-tool.js";
import { recordShadowRotation } from "./record-shadow-rotation-tool.js";
import { suggestShadowPairings } from "./suggest-shadow-pairings-tool.js";

export const shadowingCapability: Capability = {
  toolset: "shadowing",
  tools: [
    suggestShadowPairings,
    recordShadowRotation,
    menteeProgressTool,
    oncallReadinessTool,
    createIncidentDrillTool,
  ],
  prompts: shadowingPrompts,
};
