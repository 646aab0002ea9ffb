// On-call health: the oncall_load tool, and what the shadow plan and mentee progress reuse.
import type { Capability } from "../ports/capability.js";
import { oncallLoad } from "./oncall-load-tool.js";

export { computeOncallLoads, type LoadRecords } from "./compute-loads.js";
export { fetchOncallLoads, type LoadDeps, RECENT_LOAD_DAYS, recentLoadWindow } from "./fetch-loads.js";
export { loadBurden, medianFigures, mentorLoadScores } from "./load-ranking.js";
export type { LoadScope } from "./scope.js";
export type { EngineerLoad, LoadFigures, LoadWindow } from "./types.js";
export { oncallLoad };

export const oncallLoadCapability: Capability = { toolset: "incidents", tools: [oncallLoad] };
