// Shadow on-call: plan pairings, record them, follow a mentee's progress, and brief them before a shift.
import type { Capability } from "../ports/capability.js";
import { createIncidentDrillTool } from "./tools/create-incident-drill-tool.js";
import { menteeProgressTool } from "./tools/mentee-progress-tool.js";
import { oncallReadinessTool } from "./tools/oncall-readiness-tool.js";
import { shadowingPrompts } from "./tools/prompts.js";
import { recordIncidentDrillTool } from "./tools/record-incident-drill-tool.js";
import { recordShadowRotationTool } from "./tools/record-shadow-rotation-tool.js";
import { suggestShadowPairingsTool } from "./tools/suggest-shadow-pairings-tool.js";

export const shadowingCapability: Capability = {
  toolset: "shadowing",
  tools: [
    suggestShadowPairingsTool,
    recordShadowRotationTool,
    menteeProgressTool,
    oncallReadinessTool,
    createIncidentDrillTool,
    recordIncidentDrillTool,
  ],
  prompts: shadowingPrompts,
};
