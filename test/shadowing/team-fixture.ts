// A small hand-made team for the shadowing tests: every number in the tests below is worked out from it.
import type { Engineer, Shift } from "../../src/model.js";
import type { ScheduleInfo, ShadowPlanInput } from "../../src/shadowing/plan/plan-types.js";

export function engineer(id: string, overrides: Partial<Engineer> = {}): Engineer {
  const name = id.charAt(0).toUpperCase() + id.slice(1);
  return {
    id,
    name,
    email: `${id}@example.com`,
    timeZone: "Europe/London",
    level: "senior",
    mentor: true,
    mentee: false,
    skills: [],
    learning: [],
    workingHours: { start: "09:00", end: "17:00", days: ["mon", "tue", "wed", "thu", "fri"] },
    unavailable: [],
    team: null,
    pagerdutyUserId: null,
    ...overrides,
  };
}

export function mentee(id: string, overrides: Partial<Engineer> = {}): Engineer {
  return engineer(id, { level: "junior", mentor: false, mentee: true, ...overrides });
}

export function shift(scheduleId: string, user: string, start: string, end: string): Shift {
  return { scheduleId, user, start, end };
}

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
