// What other parts may use: the structured answer of suggest_shadow_pairings, which the shadow-rotation view draws.
export type { PairingOutput, PlanOutput } from "./plan/plan-output.js";
