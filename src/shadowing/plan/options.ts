// Defaults and checks for the knobs a caller may turn; a bad value is a UserInputError naming the field.
import { parseInstant as parseDateInput } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import type { ScoreWeights, ShadowLimits } from "./plan-types.js";
import { DEFAULT_WEIGHTS } from "./scoring.js";

export const DEFAULT_LIMITS: ShadowLimits = {
  maxShadowsPerMentee: 2,
  maxShadowsPerMentor: 2,
  maxShadowsPerShift: 1,
  minOverlapHours: 4,
};

/** Above this the score could not be ranked exactly next to the counts it must never outweigh. */
const MAX_WEIGHT = 1000;

export function resolveLimits(given: Partial<ShadowLimits> = {}): ShadowLimits {
  const limits = { ...DEFAULT_LIMITS, ...withoutUndefined(given) };
  for (const field of ["maxShadowsPerMentee", "maxShadowsPerMentor", "maxShadowsPerShift"] as const) {
    const value = limits[field];
    if (!Number.isInteger(value) || value < 0 || value > 1000) {
      throw new UserInputError(`${field} must be a whole number from 0 to 1000; it was ${value}.`);
    }
  }
  const hours = limits.minOverlapHours;
  if (!Number.isFinite(hours) || hours < 0) {
    throw new UserInputError(`minOverlapHours must be a number of hours, 0 or more; it was ${hours}.`);
  }
  return limits;
}

export function resolveWeights(given: Partial<ScoreWeights> = {}): ScoreWeights {
  const weights = { ...DEFAULT_WEIGHTS, ...withoutUndefined(given) };
  for (const [field, value] of Object.entries(weights)) {
    if (!Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
      throw new UserInputError(`weights.${field} must be a number from 0 to ${MAX_WEIGHT}; it was ${value}.`);
    }
  }
  return weights;
}

export function resolveWindow(window: { from: string; to: string }): { from: Date; to: Date } {
  const from = parseInstant(window.from, "window.from");
  const to = parseInstant(window.to, "window.to");
  if (to.getTime() <= from.getTime()) {
    throw new UserInputError(`window.to (${window.to}) must be after window.from (${window.from}).`);
  }
  return { from, to };
}

/** The plan's instants come from tools that already validated them; a bad one still gets the shared sentence. */
export function parseInstant(text: string, field: string): Date {
  const parsed = parseDateInput(text);
  if (typeof parsed === "string") throw new UserInputError(`${field}: ${parsed}.`);
  return parsed;
}

/** The fields that are set: a caller's `undefined` means "the default", not "nothing". */
export function withoutUndefined<T extends object>(value: Partial<T>): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
