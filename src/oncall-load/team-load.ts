// The team's view of the loads: totals, how evenly they are shared, and the overloads worth a lead's attention.

import { HOUR_MS } from "../lib/dates.js";
import { plural } from "../lib/text.js";
import { gini } from "./fairness.js";
import { localDate } from "./local-date.js";
import type { EngineerLoad, LoadFlag, LoadThresholds, LoadTotals, LoadWindow, TeamLoad } from "./types.js";

export function teamTotals(loads: readonly EngineerLoad[]): LoadTotals {
  const sum = (pick: (load: EngineerLoad) => number) => loads.reduce((total, load) => total + pick(load), 0);
  return {
    engineers: loads.length,
    hoursOnCall: sum((load) => load.hoursOnCall),
    weekendHoursOnCall: sum((load) => load.weekendHoursOnCall),
    pages: sum((load) => load.pages),
    notifications: sum((load) => load.notifications),
    afterHoursPages: sum((load) => load.afterHoursPages),
    sleepHourPages: sum((load) => load.sleepHourPages),
    incidentsAcknowledged: new Set(loads.flatMap((load) => load.acknowledged)).size,
    incidentsResolved: new Set(loads.flatMap((load) => load.resolved)).size,
  };
}

/** Each overload at or above its threshold, named concretely, with the local dates it happened on. */
export function loadFlags(
  loads: readonly EngineerLoad[],
  window: LoadWindow,
  thresholds: LoadThresholds,
): LoadFlag[] {
  const windowHours = (window.until.getTime() - window.since.getTime()) / HOUR_MS;
  const flags: LoadFlag[] = [];
  for (const load of loads) {
    const { id, timeZone: zone } = load.engineer;
    const week = load.busiestSleepWeek;
    if (week && week.pages >= thresholds.sleepPagesIn7Days) {
      flags.push({
        engineer: id,
        kind: "sleep-pages",
        reason: `${plural(week.pages, "sleep-hour page")} in 7 days (${localDate(week.from, zone)} to ${localDate(week.to, zone)})`,
      });
    }
    const streak = load.longestStreak;
    if (streak && load.longestOnCallStreakDays >= thresholds.streakDays) {
      const lastDay = localDate(Date.parse(streak.to) - 1, zone);
      flags.push({
        engineer: id,
        kind: "streak",
        reason: `on call ${load.longestOnCallStreakDays} days in a row (${localDate(streak.from, zone)} to ${lastDay})`,
      });
    }
    const share = windowHours > 0 ? load.hoursOnCall / windowHours : 0;
    if (load.hoursOnCall > 0 && share >= thresholds.onCallShare) {
      flags.push({
        engineer: id,
        kind: "on-call-share",
        reason: `on call ${Math.round(share * 100)}% of the window (${Math.round(load.hoursOnCall)} h of ${Math.round(windowHours)} h)`,
      });
    }
  }
  return flags;
}

export function summariseTeam(
  loads: readonly EngineerLoad[],
  window: LoadWindow,
  thresholds: LoadThresholds,
): TeamLoad {
  return {
    totals: teamTotals(loads),
    fairness: {
      afterHoursPagesGini: gini(loads.map((load) => load.afterHoursPages)),
      hoursOnCallGini: gini(loads.map((load) => load.hoursOnCall)),
    },
    flags: loadFlags(loads, window, thresholds),
  };
}
