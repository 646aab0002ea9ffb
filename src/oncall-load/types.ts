// On-call load, per engineer and for the team: plain data that the pure functions fill in.
import type { Instant } from "../model.js";

/** The figures of one engineer over a window; hours are exact (rounded only for output). */
export interface LoadFigures {
  hoursOnCall: number;
  /** Distinct incidents acknowledged. */
  incidentsAcknowledged: number;
  /** Distinct incidents resolved. */
  incidentsResolved: number;
  /**
   * Incidents that paged the engineer: one incident paging one person is one page, however many pushes, SMS, calls
   * and emails it sent; placed at its first notification.
   */
  pages: number;
  /** Pages outside the engineer's working hours. */
  afterHoursPages: number;
  /** Pages between 22:00 and 07:00 in the engineer's zone. */
  sleepHourPages: number;
  longestOnCallStreakDays: number;
  /** Hours on call on Saturdays and Sundays in the engineer's zone. */
  weekendHoursOnCall: number;
}

export interface EngineerRef {
  id: string;
  name: string;
  timeZone: string;
}

export interface EngineerLoad extends LoadFigures {
  engineer: EngineerRef;
  /** Notifications received (push, SMS, phone and email each count): what the pages cost in interruptions. */
  notifications: number;
  /** The 7 days with the most sleep-hour pages: how many, the first and the last of them; null without any. */
  busiestSleepWeek: { pages: number; from: Instant; to: Instant } | null;
  /** Start and end of the longest streak; null when never on call. */
  longestStreak: { from: Instant; to: Instant } | null;
  /** Distinct clock hours (UTC) with an after-hours page, and with a sleep-hour page: a storm of 300 pages in an hour disturbs one. */
  disturbedHours: { afterHours: number; sleep: number };
  /** Incident ids, in order of the engineer's first action on each. */
  acknowledged: string[];
  resolved: string[];
}

/** When a flag is raised; each is "at or above". */
export interface LoadThresholds {
  /** Sleep-hour pages within any 7 days. */
  sleepPagesIn7Days: number;
  /** Days on call in a row. */
  streakDays: number;
  /** Share of the window spent on call, 0 to 1. */
  onCallShare: number;
}

export const DEFAULT_THRESHOLDS: LoadThresholds = { sleepPagesIn7Days: 6, streakDays: 8, onCallShare: 0.5 };

export type FlagKind = "sleep-pages" | "streak" | "on-call-share";

export interface LoadFlag {
  engineer: string;
  kind: FlagKind;
  reason: string;
}

export interface LoadTotals {
  engineers: number;
  hoursOnCall: number;
  weekendHoursOnCall: number;
  pages: number;
  notifications: number;
  afterHoursPages: number;
  sleepHourPages: number;
  /** Distinct incidents acknowledged by anyone counted. */
  incidentsAcknowledged: number;
  incidentsResolved: number;
}

export interface TeamLoad {
  totals: LoadTotals;
  /** Gini coefficients: 0 when everyone carries the same, towards 1 when one person carries it all. */
  fairness: { afterHoursPagesGini: number; hoursOnCallGini: number };
  flags: LoadFlag[];
}

export interface LoadWindow {
  since: Date;
  until: Date;
}
