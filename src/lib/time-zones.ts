// Wall-clock times in IANA zones, on top of Intl alone (no dependency).
// Semantics match PagerDuty and Temporal's "compatible" disambiguation: a local time in a DST gap moves
// forward by the gap; a local time in a DST overlap maps to the earlier instant.

import type { Weekday } from "../model.js";
import { DAY_MS } from "./dates.js";
import { UserInputError } from "./errors.js";

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const WEEKDAYS: readonly Weekday[] = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

/** One DateTimeFormat per zone for these options: creating one costs far more than using one. */
export function zoneFormatters(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): (zone: string) => Intl.DateTimeFormat {
  const formatters = new Map<string, Intl.DateTimeFormat>();
  return (zone) => {
    let formatter = formatters.get(zone);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
      formatters.set(zone, formatter);
    }
    return formatter;
  };
}

const formatterFor = zoneFormatters("en-US", {
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  era: "short",
});

export function isValidTimeZone(zone: string): boolean {
  // Recent ICU versions also accept offsets such as "+01:00"; those are not IANA zones and have no DST rules.
  if (zone.length === 0 || /^[+-]/.test(zone)) return false;
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMillis({ year, month: month + 1, day: 0, hour: 0, minute: 0, second: 0 })).getUTCDate();
}

/** The local parts read as if they were UTC. Date.UTC maps years 0–99 to 1900–1999, hence setUTCFullYear. */
function utcMillis(local: LocalDateTime): number {
  const date = new Date(Date.UTC(2000, 0, 1, local.hour, local.minute, local.second));
  date.setUTCFullYear(local.year, local.month - 1, local.day);
  return date.getTime();
}

function fromUtcMillis(millis: number): LocalDateTime {
  const date = new Date(millis);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS" → parts; throws UserInputError on a malformed or impossible date (2026-02-30). */
export function parseLocalDateTime(text: string): LocalDateTime {
  const match = LOCAL_PATTERN.exec(text);
  if (!match) {
    throw new UserInputError(
      `"${text}" is not a local date or date-time; write YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS.`,
    );
  }
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? "0")) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new UserInputError(`"${text}" is not a calendar date; check the month and the day.`);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    throw new UserInputError(`"${text}" is not a time of day; hours run 00–23, minutes and seconds 00–59.`);
  }
  return { year, month, day, hour, minute, second };
}

// format() is about three times faster than formatToParts(); this is its en-US shape ("1/15/2026 AD, 09:00:00").
const FORMATTED_PATTERN = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/;

function readLocal(instantMillis: number, zone: string): LocalDateTime {
  const formatter = formatterFor(zone);
  const match = FORMATTED_PATTERN.exec(formatter.format(instantMillis));
  if (match) {
    const yearOfEra = Number(match[3]);
    return {
      year: match[4] === "BC" ? 1 - yearOfEra : yearOfEra,
      month: Number(match[1]),
      day: Number(match[2]),
      hour: Number(match[5]) % 24,
      minute: Number(match[6]),
      second: Number(match[7]),
    };
  }
  return readLocalParts(formatter, instantMillis);
}

/** The slower path, for an ICU whose en-US output differs from the pattern above. */
function readLocalParts(formatter: Intl.DateTimeFormat, instantMillis: number): LocalDateTime {
  const parts = formatter.formatToParts(new Date(instantMillis));
  const value = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    return part ? Number(part.value) : 0;
  };
  const era = parts.find((p) => p.type === "era")?.value;
  const yearOfEra = value("year");
  return {
    year: era === "BC" || era === "B" ? 1 - yearOfEra : yearOfEra,
    month: value("month"),
    day: value("day"),
    hour: value("hour") % 24,
    minute: value("minute"),
    second: value("second"),
  };
}

/** Milliseconds the zone's wall clock is ahead of UTC at the instant (whole seconds). */
function offsetAt(instantMillis: number, zone: string): number {
  const wholeSecond = Math.floor(instantMillis / 1000) * 1000;
  return utcMillis(readLocal(wholeSecond, zone)) - wholeSecond;
}

/** Wall-clock time in `zone` → instant. In a DST gap the time moves forward by the gap; in a DST overlap the earlier instant wins (as PagerDuty/Temporal "compatible"). */
export function localToInstant(local: LocalDateTime, zone: string): Date {
  const wall = utcMillis(local);
  // Offsets a day either side bracket any single transition near this wall-clock time.
  const offsetBefore = offsetAt(wall - DAY_MS, zone);
  const offsetAfter = offsetAt(wall + DAY_MS, zone);
  // The common case: no transition near this time, so the one offset is right.
  if (offsetBefore === offsetAfter) return new Date(wall - offsetBefore);
  const candidates = [wall - offsetBefore, wall - offsetAfter]
    .filter((instant) => utcMillis(readLocal(instant, zone)) === wall)
    .sort((a, b) => a - b);
  const earliest = candidates[0];
  if (earliest !== undefined) return new Date(earliest);
  // In a gap: read the wall time with the offset in force before the transition, which lands past the gap.
  return new Date(wall - offsetBefore);
}

export function instantToLocal(instant: Date, zone: string): LocalDateTime & { weekday: Weekday } {
  const local = readLocal(instant.getTime(), zone);
  return { ...local, weekday: weekdayOf(local) };
}

/** The weekday of a local calendar date. */
export function weekdayOf(local: LocalDateTime): Weekday {
  return WEEKDAYS[new Date(utcMillis({ ...local, hour: 12, minute: 0, second: 0 })).getUTCDay()]!;
}

/** Calendar arithmetic, wall clock kept. */
export function addLocalDays(local: LocalDateTime, days: number): LocalDateTime {
  return fromUtcMillis(utcMillis(local) + days * DAY_MS);
}

/** "YYYY-MM-DDTHH:MM:SS" for messages and keys. */
export function formatLocalDateTime(local: LocalDateTime): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
}

const OFFSET_DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/i;

/** An ISO 8601 date-time that carries an offset or Z → instant; null when malformed or impossible (2026-02-30T…). */
export function parseOffsetDateTime(text: string): Date | null {
  const match = OFFSET_DATE_TIME_PATTERN.exec(text);
  if (!match) return null;
  const [, date, hour, minute, second] = match;
  try {
    parseLocalDateTime(`${date}T${hour}:${minute}:${second ?? "00"}`);
  } catch {
    return null;
  }
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
