// Plain records for the oncall-load tests.

import type { Engineer, LogEntry, LogEntryKind, Shift } from "../../src/model.js";
import type { EngineerLoad } from "../../src/oncall-load/types.js";

export function engineer(id: string, timeZone: string, extra: Partial<Engineer> = {}): Engineer {
  return {
    id,
    name: `${id[0]!.toUpperCase()}${id.slice(1)} Test`,
    email: null,
    timeZone,
    level: "mid",
    mentor: false,
    mentee: false,
    skills: [],
    learning: [],
    workingHours: { start: "09:00", end: "17:00", days: ["mon", "tue", "wed", "thu", "fri"] },
    unavailable: [],
    team: null,
    pagerdutyUserId: null,
    ...extra,
  };
}

export function shift(user: string, start: string, end: string, scheduleId = "primary"): Shift {
  return { scheduleId, user, start, end };
}

let counter = 0;

function person(id: string, known = true) {
  return { id, name: id, known };
}

export function logEntry(
  kind: LogEntryKind,
  incidentId: string,
  at: string,
  who: string,
  options: { known?: boolean } = {},
): LogEntry {
  counter += 1;
  const ref = person(who, options.known ?? true);
  return {
    id: `R${counter}`,
    incidentId,
    kind,
    rawType: `${kind}_log_entry`,
    at,
    summary: kind,
    actor: kind === "notify" ? null : ref,
    targets: kind === "notify" ? [ref] : [],
    channel: kind === "notify" ? "push" : null,
    message: null,
    escalationLevel: null,
  };
}

/** A load with every figure zero, for overriding the ones a test is about. */
export function load(id: string, timeZone: string, figures: Partial<EngineerLoad> = {}): EngineerLoad {
  return {
    engineer: { id, name: `${id[0]!.toUpperCase()}${id.slice(1)} Test`, timeZone },
    hoursOnCall: 0,
    incidentsAcknowledged: 0,
    incidentsResolved: 0,
    pages: 0,
    notifications: 0,
    afterHoursPages: 0,
    sleepHourPages: 0,
    longestOnCallStreakDays: 0,
    weekendHoursOnCall: 0,
    busiestSleepWeek: null,
    longestStreak: null,
    disturbedHours: { afterHours: 0, sleep: 0 },
    acknowledged: [],
    resolved: [],
    ...figures,
  };
}
