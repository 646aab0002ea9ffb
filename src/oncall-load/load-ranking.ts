// One number per engineer for "how loaded": for ranking who carried the most, for the shadow plan's mentor term,
// and the team median a mentee's own load is set beside.
import { median as medianOf } from "../lib/stats.js";
import type { EngineerLoad, LoadFigures } from "./types.js";

/**
 * burden = hours on call + AFTER_HOURS_COST_HOURS per clock hour disturbed by after-hours pages + SLEEP_COST_HOURS per
 * clock hour disturbed by sleep-hour pages: an interrupted evening costs about an hour, a broken night two more.
 * Disturbed hours, not notifications, so that a storm re-notifying 300 times in an hour weighs as one interruption.
 */
export const AFTER_HOURS_COST_HOURS = 1;
export const SLEEP_COST_HOURS = 2;

export function loadBurden(load: EngineerLoad): number {
  return (
    load.hoursOnCall +
    AFTER_HOURS_COST_HOURS * load.disturbedHours.afterHours +
    SLEEP_COST_HOURS * load.disturbedHours.sleep
  );
}

/** Most loaded first; ties by name, so the order is the same on every run. */
export function byLoadDescending(a: EngineerLoad, b: EngineerLoad): number {
  return loadBurden(b) - loadBurden(a) || a.engineer.name.localeCompare(b.engineer.name);
}

/**
 * For the shadow plan: engineer id → 1 − burden / the largest burden among the loads given, in [0, 1].
 * 1 for anyone with no recent load (everyone, when nobody has any), 0 for the most loaded; proportional in
 * between, so two mentors with nearly the same load score nearly the same.
 */
export function mentorLoadScores(loads: readonly EngineerLoad[]): Map<string, number> {
  const burdens = loads.map((load) => [load.engineer.id, loadBurden(load)] as const);
  const most = Math.max(0, ...burdens.map(([, burden]) => burden));
  return new Map(burdens.map(([id, burden]) => [id, most === 0 ? 1 : 1 - burden / most]));
}

const median = (values: number[]): number => medianOf(values) ?? 0;

/** Each figure's median over the loads given (0 for none): what a mentee's own load is compared with. */
export function medianFigures(loads: readonly LoadFigures[]): LoadFigures {
  const of = (pick: (load: LoadFigures) => number) => median(loads.map(pick));
  return {
    hoursOnCall: of((load) => load.hoursOnCall),
    incidentsAcknowledged: of((load) => load.incidentsAcknowledged),
    incidentsResolved: of((load) => load.incidentsResolved),
    pages: of((load) => load.pages),
    afterHoursPages: of((load) => load.afterHoursPages),
    sleepHourPages: of((load) => load.sleepHourPages),
    longestOnCallStreakDays: of((load) => load.longestOnCallStreakDays),
    weekendHoursOnCall: of((load) => load.weekendHoursOnCall),
  };
}
