// The one Engineer builder: a mid-level engineer in London, at work 09:00–17:00 on weekdays, neither mentor nor
// mentee. mentor() and mentee() are the same record with the shadowing roles set.
import type { Engineer } from "../../src/model.js";

export function engineer(id: string, overrides: Partial<Omit<Engineer, "id">> = {}): Engineer {
  return {
    id,
    name: id.charAt(0).toUpperCase() + id.slice(1),
    email: null,
    timeZone: "Europe/London",
    level: "mid",
    mentor: false,
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

/** A senior engineer who mentors. */
export function mentor(id: string, overrides: Partial<Omit<Engineer, "id">> = {}): Engineer {
  return engineer(id, { level: "senior", mentor: true, ...overrides });
}

/** A junior engineer learning to go on call. */
export function mentee(id: string, overrides: Partial<Omit<Engineer, "id">> = {}): Engineer {
  return engineer(id, { level: "junior", mentee: true, ...overrides });
}
