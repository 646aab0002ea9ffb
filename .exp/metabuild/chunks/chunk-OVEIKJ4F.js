import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  external_exports
} from "./chunk-GCCA2YSU.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/lib/dates.ts
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/, DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i, EXAMPLE = "use ISO 8601 such as 2026-11-24 or 2026-11-24T09:00:00Z";
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function parseInstant(text) {
  let match = DATE.exec(text) ?? DATE_TIME.exec(text);
  if (!match) return `"${truncate(text)}" is not a date; ${EXAMPLE}`;
  let [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return `"${text}" is not a real calendar date; ${EXAMPLE}`;
  if (match[4] !== void 0 && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59))
    return `"${text}" is not a real time of day; ${EXAMPLE}`;
  let instant = new Date(match[4] === void 0 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(instant.getTime()) || year < 1970 || year > 2200 ? `"${text}" is out of range; ${EXAMPLE}` : instant;
}
function truncate(text) {
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}
function instantField(description) {
  return external_exports.string().max(64).describe(`${description} ISO 8601.`).transform((text, ctx) => {
    let parsed = parseInstant(text.trim());
    return typeof parsed == "string" ? (ctx.addIssue({ code: "custom", message: parsed }), external_exports.NEVER) : parsed;
  });
}
var DAY_MS = 864e5, HOUR_MS = 36e5;
function startOfHour(now) {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
}
function resolveWindow(since, until, options) {
  let end = until ?? options.now, start = since ?? new Date(end.getTime() - options.defaultDays * DAY_MS);
  if (start.getTime() >= end.getTime())
    throw new UserInputError(
      `since (${start.toISOString()}) must be before until (${end.toISOString()}); swap them or widen the window.`
    );
  let days = (end.getTime() - start.getTime()) / DAY_MS;
  if (days > options.maxDays)
    throw new UserInputError(
      `The window from ${start.toISOString()} to ${end.toISOString()} is ${Math.ceil(days)} days; at most ${options.maxDays} days are allowed, so narrow since/until.`
    );
  return { since: start, until: end };
}

export {
  parseInstant,
  instantField,
  DAY_MS,
  HOUR_MS,
  startOfHour,
  resolveWindow
};
