// The shadowing tests' schedules, week and plan input; their people and shifts come from the shared builders
// (test/builders). Every number in the tests is worked out from these.
import type { ScheduleInfo, ShadowPlanInput } from "../../src/shadowing/plan/plan-types.js";

export const SCHEDULES: ScheduleInfo[] = [
  { id: "payments", name: "Payments primary", timeZone: "Europe/London", services: ["payments-api"] },
  { id: "platform", name: "Platform daily", timeZone: "Europe/London", services: ["gateway", "status-page"] },
  { id: "ops", name: "Ops", timeZone: "Europe/London", services: [] },
];

/** Monday 30 November to Monday 7 December 2026 (London is on UTC all week). */
export const WEEK = { from: "2026-11-30T00:00:00.000Z", to: "2026-12-07T00:00:00.000Z" };

export function planInput(overrides: Partial<ShadowPlanInput>): ShadowPlanInput {
  return {
    window: WEEK,
    engineers: [],
    schedules: SCHEDULES,
    shifts: [],
    shadowHistory: [],
    incidentCounts: {},
    now: "2026-11-24T12:00:00Z",
    clock: () => 0,
    ...overrides,
  };
}
