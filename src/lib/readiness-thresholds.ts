// The evidence wanted per learning service before a mentee moves on, and its defaults. The defaults follow the
// usual shape of an onboarding path (shadow a couple of real shifts, see real pages, play a past incident, then carry
// the pager twice with a backup and handle one page); a team sets its own in team.yaml `readiness:`.
import type { ReadinessThresholds } from "../model.js";

export const DEFAULT_READINESS: Readonly<ReadinessThresholds> = {
  shadowShifts: 2,
  incidentsSeen: 2,
  drills: 1,
  reverseShadowShifts: 2,
  incidentsHandled: 1,
};

/** The thresholds given, each missing one at its default. */
export function readinessThresholds(
  given: { [K in keyof ReadinessThresholds]?: number | null } | null | undefined,
): ReadinessThresholds {
  const result = { ...DEFAULT_READINESS };
  for (const key of Object.keys(result) as (keyof ReadinessThresholds)[]) {
    const value = given?.[key];
    if (typeof value === "number") result[key] = value;
  }
  return result;
}
