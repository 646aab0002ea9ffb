// What a caller may ask of a shadow plan: the input suggest_shadow_pairings and record_shadow_rotation share, and the
// window it covers. Zod only; gather-plan-input.ts reads what the plan needs through the ports.
import { z } from "zod";
import { DAY_MS, instantField, startOfHour } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import { idField } from "../../lib/input-coercion.js";

export const DEFAULT_PLAN_DAYS = 28;
export const MAX_PLAN_DAYS = 183;

// Numbers are checked by resolveLimits/resolveWeights, whose sentences name the field: bounds here would only lengthen
// the schema every client reads.
const n = () => z.number().optional();

export const planRequestFields = {
  from: instantField("Start; default this hour.").optional(),
  to: instantField("End (exclusive); default from + 4 weeks.").optional(),
  scheduleIds: z
    .array(idField(z.string().max(100)))
    .max(100)
    .optional()
    .describe("Shadow these schedules; default all"),
  mentees: z
    .array(idField(z.string().max(100)))
    .max(500)
    .optional()
    .describe("Engineer ids; default all mentees"),
  limits: z
    .strictObject({
      maxShadowsPerMentee: n(),
      maxShadowsPerMentor: n(),
      maxShadowsPerShift: n(),
      minOverlapHours: n(),
    })
    .optional()
    .describe("Defaults 2, 2, 1, 4"),
  weights: z
    .strictObject({ overlap: n(), learning: n(), activity: n(), novelty: n(), load: n() })
    .optional()
    .describe(
      "0 = off; defaults 1, 2, 1, 1, 1; load favours mentors less loaded on call in the 28 days before from",
    ),
};

export const planRequestSchema = z.object(planRequestFields);
export type PlanRequest = z.output<typeof planRequestSchema>;

/**
 * from/to, by default the 4 weeks from the start of the current hour: whole hours, so that the same request made
 * twice within the hour (suggest, then record recomputing it) plans the same window.
 */
export function resolvePlanWindow(
  request: Pick<PlanRequest, "from" | "to">,
  now: Date,
): { from: Date; to: Date } {
  const from = request.from ?? startOfHour(now);
  const to = request.to ?? new Date(from.getTime() + DEFAULT_PLAN_DAYS * DAY_MS);
  if (to.getTime() <= from.getTime()) {
    throw new UserInputError(
      `to (${to.toISOString()}) must be after from (${from.toISOString()}); swap them or widen the window.`,
    );
  }
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days > MAX_PLAN_DAYS) {
    throw new UserInputError(
      `The window is ${Math.ceil(days)} days; plan at most ${MAX_PLAN_DAYS} days at a time, so narrow from/to.`,
    );
  }
  return { from, to };
}
