import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  idField
} from "./chunk-HKFD4U5M.js";
import {
  DAY_MS,
  instantField,
  startOfHour
} from "./chunk-OVEIKJ4F.js";
import {
  external_exports
} from "./chunk-GCCA2YSU.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";

// src/shadowing/plan/plan-request.ts
var DEFAULT_PLAN_DAYS = 28, MAX_PLAN_DAYS = 183, n = () => external_exports.number().optional(), planRequestFields = {
  from: instantField("Start; default this hour.").optional(),
  to: instantField("End (exclusive); default from + 4 weeks.").optional(),
  scheduleIds: external_exports.array(idField(external_exports.string().max(100))).max(100).optional().describe("Shadow these schedules; default all"),
  mentees: external_exports.array(idField(external_exports.string().max(100))).max(500).optional().describe("Engineer ids; default all mentees"),
  limits: external_exports.strictObject({
    maxShadowsPerMentee: n(),
    maxShadowsPerMentor: n(),
    maxShadowsPerShift: n(),
    minOverlapHours: n()
  }).optional().describe("Defaults 2, 2, 1, 4"),
  weights: external_exports.strictObject({ overlap: n(), learning: n(), activity: n(), novelty: n(), load: n() }).optional().describe(
    "0 = off; defaults 1, 2, 1, 1, 1; load favours mentors less loaded on call in the 28 days before from"
  )
}, planRequestSchema = external_exports.object(planRequestFields);
function resolvePlanWindow(request, now) {
  let from = request.from ?? startOfHour(now), to = request.to ?? new Date(from.getTime() + DEFAULT_PLAN_DAYS * DAY_MS);
  if (to.getTime() <= from.getTime())
    throw new UserInputError(
      `to (${to.toISOString()}) must be after from (${from.toISOString()}); swap them or widen the window.`
    );
  let days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days > MAX_PLAN_DAYS)
    throw new UserInputError(
      `The window is ${Math.ceil(days)} days; plan at most ${MAX_PLAN_DAYS} days at a time, so narrow from/to.`
    );
  return { from, to };
}

export {
  DEFAULT_PLAN_DAYS,
  planRequestFields,
  planRequestSchema,
  resolvePlanWindow
};
