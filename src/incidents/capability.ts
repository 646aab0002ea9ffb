import type { Capability } from "../ports/capability.js";
import { addIncidentNoteTool } from "./add-incident-note-tool.js";
import { findSimilarIncidentsTool } from "./find-similar-incidents-tool.js";
import { listIncidentsTool } from "./list-incidents-tool.js";
import { incidentPrompts, incidentResources } from "./prompts-and-resources.js";
import { summarizeIncidentTool } from "./summarize-incident-tool.js";
import { summarizeOncallPeriodTool } from "./summarize-oncall-period-tool.js";

export const incidentCapability: Capability = {
  toolset: "incidents",
  tools: [
    listIncidentsTool,
    summarizeIncidentTool,
    summarizeOncallPeriodTool,
    findSimilarIncidentsTool,
    addIncidentNoteTool,
  ],
  prompts: incidentPrompts,
  resources: incidentResources,
};
