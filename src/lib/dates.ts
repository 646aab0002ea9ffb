// Date inputs from tool callers: ISO 8601 date-times with an offset or Z, or plain dates (UTC midnight).
import { z } from "zod";
import { UserInputError } from "./errors.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

const EXAMPLE = "use ISO 8601 such as 2026-11-24 or 2026-11-24T09:00:00Z";

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Returns the instant, or a sentence saying what is wrong with the text. */
export function parseInstant(text: string): Date | string {
  const match = DATE.exec(text) ?? DATE_TIME.exec(text);
  if (!match) return `"${truncate(text)}" is not a date; ${EXAMPLE}`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `"${text}" is not a real calendar date; ${EXAMPLE}`;
  }
  if (
    match[4] !== undefined &&
    (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59)
  ) {
    return `"${text}" is not a real time of day; ${EXAMPLE}`;
  }
  const instant = new Date(match[4] === undefined ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(instant.getTime()) || year < 1970 || year > 2200)
    return `"${text}" is out of range; ${EXAMPLE}`;
  return instant;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A zod input field holding an instant; the JSON Schema clients see is a plain string. */
export function instantField(description: string) {
  return z
    .string()
    .max(64)
    .describe(`${description} ISO 8601.`)
    .transform((text, ctx) => {
      const parsed = parseInstant(text.trim());
      if (typeof parsed === "string") {
        ctx.addIssue({ code: "custom", message: parsed });
        return z.NEVER;
      }
      return parsed;
    });
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** The start of the UTC hour holding `now`: plans start on whole hours, so two calls within the hour agree. */
export function startOfHour(now: Date): Date {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * Resolves an optional window against defaults, refusing backwards and over-long windows: `until` defaults to now
 * (also when only `since` is given), `since` to `defaultDays` before `until`. Every tool that reads a past window uses it.
 */
export function resolveWindow(
  since: Date | undefined,
  until: Date | undefined,
  options: { now: Date; defaultDays: number; maxDays: number },
): { since: Date; until: Date } {
  const end = until ?? options.now;
  const start = since ?? new Date(end.getTime() - options.defaultDays * DAY_MS);
  if (start.getTime() >= end.getTime()) {
    throw new UserInputError(
      `since (${start.toISOString()}) must be before until (${end.toISOString()}); swap them or widen the window.`,
    );
  }
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  if (days > options.maxDays) {
    throw new UserInputError(
      `The window from ${start.toISOString()} to ${end.toISOString()} is ${Math.ceil(days)} days; at most ${options.maxDays} days are allowed, so narrow since/until.`,
    );
  }
  return { since: start, until: end };
}
