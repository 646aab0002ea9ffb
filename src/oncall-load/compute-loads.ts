// Per-engineer on-call load from plain records: rendered shifts and the log entries of the window.

import { HOUR_MS } from "../lib/dates.js";
import type { Engineer, LogEntry, Shift } from "../model.js";
import { longestStreak, onCallSpans, totalHours, weekendHours } from "./on-call-time.js";
import { busiestWeek, isSleepHour, workingHoursTest } from "./pages.js";
import type { EngineerLoad, LoadWindow } from "./types.js";

export interface LoadRecords {
  /** Rendered shifts of the schedules counted; `user` is an engineer id. */
  shifts: readonly Shift[];
  /** Log entries of the window: notify, acknowledge and resolve are read, the rest ignored. */
  entries: readonly LogEntry[];
}

interface Activity {
  shifts: Shift[];
  /** When each incident first notified the engineer: one page per incident, however many notifications it sent. */
  pages: number[];
  pagedBy: Set<string>;
  notifications: number;
  acknowledged: string[];
  resolved: string[];
}

/** Who was paged, who acknowledged and who resolved: known engineers only (`known: true`). */
export function personOf(entry: LogEntry): string | null {
  const person = entry.kind === "notify" ? entry.targets[0] : entry.actor;
  return person?.known ? person.id : null;
}

function activityByEngineer(records: LoadRecords, window: LoadWindow): Map<string, Activity> {
  const since = window.since.getTime();
  const until = window.until.getTime();
  const byEngineer = new Map<string, Activity>();
  const activity = (id: string) => {
    let found = byEngineer.get(id);
    if (!found) {
      found = { shifts: [], pages: [], pagedBy: new Set(), notifications: 0, acknowledged: [], resolved: [] };
      byEngineer.set(id, found);
    }
    return found;
  };
  for (const shift of records.shifts) activity(shift.user).shifts.push(shift);
  const entries = [...records.entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const entry of entries) {
    const at = Date.parse(entry.at);
    const person = personOf(entry);
    if (person === null || at < since || at >= until) continue;
    if (entry.kind === "notify") {
      const paged = activity(person);
      paged.notifications += 1;
      if (!paged.pagedBy.has(entry.incidentId)) {
        paged.pagedBy.add(entry.incidentId);
        paged.pages.push(at);
      }
    }
    const list =
      entry.kind === "acknowledge"
        ? activity(person).acknowledged
        : entry.kind === "resolve"
          ? activity(person).resolved
          : null;
    if (list && !list.includes(entry.incidentId)) list.push(entry.incidentId);
  }
  return byEngineer;
}

function distinctHours(instants: readonly number[]): number {
  return new Set(instants.map((at) => Math.floor(at / HOUR_MS))).size;
}

/** The load of each engineer given, in the order given (engineers with no records have a load of zero). */
export function computeOncallLoads(
  engineers: readonly Engineer[],
  records: LoadRecords,
  window: LoadWindow,
): EngineerLoad[] {
  const since = window.since.getTime();
  const until = window.until.getTime();
  const byEngineer = activityByEngineer(records, window);
  return engineers.map((engineer) => {
    const activity = byEngineer.get(engineer.id) ?? {
      shifts: [],
      pages: [],
      pagedBy: new Set<string>(),
      notifications: 0,
      acknowledged: [],
      resolved: [],
    };
    const zone = engineer.timeZone;
    const spans = onCallSpans(activity.shifts, since, until);
    const streak = longestStreak(spans);
    const atWork =
      activity.pages.length > 0 ? workingHoursTest(engineer.workingHours, zone, since, until) : () => true;
    const afterHoursPages = activity.pages.filter((at) => !atWork(at));
    const sleepPages = activity.pages.filter((at) => isSleepHour(at, zone));
    const sleepWeek = busiestWeek(sleepPages);
    return {
      engineer: { id: engineer.id, name: engineer.name, timeZone: zone },
      hoursOnCall: totalHours(spans),
      incidentsAcknowledged: activity.acknowledged.length,
      incidentsResolved: activity.resolved.length,
      pages: activity.pages.length,
      notifications: activity.notifications,
      afterHoursPages: afterHoursPages.length,
      sleepHourPages: sleepPages.length,
      longestOnCallStreakDays: streak?.days ?? 0,
      weekendHoursOnCall: weekendHours(spans, zone),
      busiestSleepWeek: sleepWeek
        ? {
            pages: sleepWeek.count,
            from: new Date(sleepWeek.from).toISOString(),
            to: new Date(sleepWeek.to).toISOString(),
          }
        : null,
      longestStreak: streak
        ? { from: new Date(streak.from).toISOString(), to: new Date(streak.to).toISOString() }
        : null,
      disturbedHours: { afterHours: distinctHours(afterHoursPages), sleep: distinctHours(sleepPages) },
      acknowledged: activity.acknowledged,
      resolved: activity.resolved,
    };
  });
}

/** Engineers with any shift or any paged/acknowledged/resolved entry in the records. */
export function activeEngineerIds(records: LoadRecords): Set<string> {
  const ids = new Set(records.shifts.map((shift) => shift.user));
  for (const entry of records.entries) {
    if (entry.kind !== "notify" && entry.kind !== "acknowledge" && entry.kind !== "resolve") continue;
    const person = personOf(entry);
    if (person !== null) ids.add(person);
  }
  return ids;
}
