// The oncall-load tests' EngineerLoad builder (the model records' builders are shared: test/builders).
import type { EngineerLoad } from "../../src/oncall-load/types.js";

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
