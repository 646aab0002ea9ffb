// On-call health: the oncall_load tool.
import type { Capability } from "../ports/capability.js";
import { oncallLoadTool } from "./oncall-load-tool.js";

export const oncallLoadCapability: Capability = { toolset: "incidents", tools: [oncallLoadTool] };
