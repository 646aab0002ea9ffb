// The one Schedule builder: a schedule in UTC that exists only in PagerDuty (no rotation) unless overridden.
import type { Schedule } from "../../src/model.js";

export function schedule(id: string, overrides: Partial<Omit<Schedule, "id">> = {}): Schedule {
  return {
    id,
    name: id,
    timeZone: "UTC",
    services: [],
    rotation: null,
    overrides: [],
    pagerdutyId: null,
    team: null,
    ...overrides,
  };
}
