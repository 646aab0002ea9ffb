// What other capabilities may use: the load figures the shadow plan and mentee progress weigh.
export { computeOncallLoads, type LoadRecords } from "./compute-loads.js";
export { fetchOncallLoads, type LoadDeps, RECENT_LOAD_DAYS, recentLoadWindow } from "./fetch-loads.js";
export { loadBurden, medianFigures, mentorLoadScores } from "./load-ranking.js";
export type { LoadScope } from "./scope.js";
export type { EngineerLoad, LoadFigures, LoadWindow } from "./types.js";
