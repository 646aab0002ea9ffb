// Who the demo schedules put on call, so the incident logs page the right people. Same semantics as
// docs/workspace.md: handoff k at start + k × length (days and weeks keep the local wall clock), overrides win.

import { DAY_MS, HOUR_MS } from "../../src/lib/dates.js";
import { addLocalDays, localToInstant, parseLocalDateTime } from "../../src/lib/time-zones.js";
import type { DemoSchedule } from "./team.js";

export interface DemoShift {
  user: string;
  start: Date;
  end: Date;
}

function parseLength(text: string): { amount: number; unit: "h" | "d" | "w" } {
  const match = /^(\d+)([hdw])$/.exec(text);
  if (!match) throw new Error(`Bad rotation length ${text}.`);
  return { amount: Number(match[1]), unit: match[2] as "h" | "d" | "w" };
}

/** The instant of handoff k. */
function handoff(schedule: DemoSchedule, k: number): Date {
  const start = parseLocalDateTime(schedule.rotation.start);
  const { amount, unit } = parseLength(schedule.rotation.length);
  if (unit === "h")
    return new Date(localToInstant(start, schedule.timeZone).getTime() + k * amount * HOUR_MS);
  const days = unit === "d" ? amount : amount * 7;
  return localToInstant(addLocalDays(start, k * days), schedule.timeZone);
}

/** The rotation turn (ignoring overrides) that contains `at`. */
export function rotationShiftAt(schedule: DemoSchedule, at: Date): DemoShift & { k: number } {
  const first = handoff(schedule, 0).getTime();
  const { amount, unit } = parseLength(schedule.rotation.length);
  const approxMs = amount * (unit === "h" ? HOUR_MS : unit === "d" ? DAY_MS : 7 * DAY_MS);
  let k = Math.floor((at.getTime() - first) / approxMs);
  while (handoff(schedule, k).getTime() > at.getTime()) k--;
  while (handoff(schedule, k + 1).getTime() <= at.getTime()) k++;
  const users = schedule.rotation.users;
  return {
    k,
    user: users[((k % users.length) + users.length) % users.length]!,
    start: handoff(schedule, k),
    end: handoff(schedule, k + 1),
  };
}

/** The engineer on call at `at`, overrides included. */
export function onCallAt(schedule: DemoSchedule, at: Date): string {
  const override = schedule.overrides.find(
    (o) => new Date(o.start).getTime() <= at.getTime() && at.getTime() < new Date(o.end).getTime(),
  );
  return override ? override.user : rotationShiftAt(schedule, at).user;
}

/** The first rotation turn of `user` that starts at or after `from`. */
export function nextTurnOf(schedule: DemoSchedule, user: string, from: Date): DemoShift {
  let shift = rotationShiftAt(schedule, from);
  if (shift.start.getTime() < from.getTime()) shift = rotationShiftAt(schedule, shift.end);
  for (let guard = 0; guard < 1000; guard++) {
    if (shift.user === user) return shift;
    shift = rotationShiftAt(schedule, shift.end);
  }
  throw new Error(`${user} is not in the rotation of ${schedule.id}.`);
}
