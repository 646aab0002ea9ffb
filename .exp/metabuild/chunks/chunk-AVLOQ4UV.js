import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DAY_MS
} from "./chunk-OVEIKJ4F.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/lib/time-zones.ts
var WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"], formatters = /* @__PURE__ */ new Map();
function formatterFor(zone) {
  let formatter = formatters.get(zone);
  return formatter || (formatter = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    era: "short"
  }), formatters.set(zone, formatter)), formatter;
}
function isValidTimeZone(zone) {
  if (zone.length === 0 || /^[+-]/.test(zone)) return !1;
  try {
    return formatterFor(zone), !0;
  } catch {
    return !1;
  }
}
function daysInMonth(year, month) {
  return new Date(utcMillis({ year, month: month + 1, day: 0, hour: 0, minute: 0, second: 0 })).getUTCDate();
}
function utcMillis(local) {
  let date = new Date(Date.UTC(2e3, 0, 1, local.hour, local.minute, local.second));
  return date.setUTCFullYear(local.year, local.month - 1, local.day), date.getTime();
}
function fromUtcMillis(millis) {
  let date = new Date(millis);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds()
  };
}
var LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;
function parseLocalDateTime(text) {
  let match = LOCAL_PATTERN.exec(text);
  if (!match)
    throw new UserInputError(
      `"${text}" is not a local date or date-time; write YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM:SS.`
    );
  let [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? "0"));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new UserInputError(`"${text}" is not a calendar date; check the month and the day.`);
  if (hour > 23 || minute > 59 || second > 59)
    throw new UserInputError(`"${text}" is not a time of day; hours run 00\u201323, minutes and seconds 00\u201359.`);
  return { year, month, day, hour, minute, second };
}
var FORMATTED_PATTERN = /^(\d+)\/(\d+)\/(\d+) (AD|BC), (\d+):(\d+):(\d+)$/;
function readLocal(instantMillis, zone) {
  let formatter = formatterFor(zone), match = FORMATTED_PATTERN.exec(formatter.format(instantMillis));
  if (match) {
    let yearOfEra = Number(match[3]);
    return {
      year: match[4] === "BC" ? 1 - yearOfEra : yearOfEra,
      month: Number(match[1]),
      day: Number(match[2]),
      hour: Number(match[5]) % 24,
      minute: Number(match[6]),
      second: Number(match[7])
    };
  }
  return readLocalParts(formatter, instantMillis);
}
function readLocalParts(formatter, instantMillis) {
  let parts = formatter.formatToParts(new Date(instantMillis)), value = (type) => {
    let part = parts.find((p) => p.type === type);
    return part ? Number(part.value) : 0;
  }, era = parts.find((p) => p.type === "era")?.value, yearOfEra = value("year");
  return {
    year: era === "BC" || era === "B" ? 1 - yearOfEra : yearOfEra,
    month: value("month"),
    day: value("day"),
    hour: value("hour") % 24,
    minute: value("minute"),
    second: value("second")
  };
}
function offsetAt(instantMillis, zone) {
  let wholeSecond = Math.floor(instantMillis / 1e3) * 1e3;
  return utcMillis(readLocal(wholeSecond, zone)) - wholeSecond;
}
function localToInstant(local, zone) {
  let wall = utcMillis(local), offsetBefore = offsetAt(wall - DAY_MS, zone), offsetAfter = offsetAt(wall + DAY_MS, zone);
  if (offsetBefore === offsetAfter) return new Date(wall - offsetBefore);
  let earliest = [wall - offsetBefore, wall - offsetAfter].filter((instant) => utcMillis(readLocal(instant, zone)) === wall).sort((a, b) => a - b)[0];
  return earliest !== void 0 ? new Date(earliest) : new Date(wall - offsetBefore);
}
function instantToLocal(instant, zone) {
  let local = readLocal(instant.getTime(), zone);
  return { ...local, weekday: weekdayOf(local) };
}
function weekdayOf(local) {
  return WEEKDAYS[new Date(utcMillis({ ...local, hour: 12, minute: 0, second: 0 })).getUTCDay()];
}
function addLocalDays(local, days) {
  return fromUtcMillis(utcMillis(local) + days * DAY_MS);
}
function formatLocalDateTime(local) {
  let pad = (n, width = 2) => String(n).padStart(width, "0");
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}`;
}
var OFFSET_DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/i;
function parseOffsetDateTime(text) {
  let match = OFFSET_DATE_TIME_PATTERN.exec(text);
  if (!match) return null;
  let [, date, hour, minute, second] = match;
  try {
    parseLocalDateTime(`${date}T${hour}:${minute}:${second ?? "00"}`);
  } catch {
    return null;
  }
  let instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

export {
  isValidTimeZone,
  parseLocalDateTime,
  localToInstant,
  instantToLocal,
  weekdayOf,
  addLocalDays,
  formatLocalDateTime,
  parseOffsetDateTime
};
