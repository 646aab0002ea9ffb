import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  checkGivenPairings,
  describeInputProblems,
  shadowRecordOf
} from "./chunk-SIRGLJNJ.js";
import {
  toPlanOutput
} from "./chunk-C377UVKX.js";
import {
  planFromRequest,
  renderCalendar
} from "./chunk-SK7JI2KM.js";
import {
  planRequestSchema,
  resolvePlanWindow
} from "./chunk-5J5TFA2B.js";
import "./chunk-M5B2Y6FW.js";
import "./chunk-23M5H5XB.js";
import "./chunk-V5UGJZVH.js";
import "./chunk-HKFD4U5M.js";
import "./chunk-5M6LFBTC.js";
import "./chunk-Z6XIM2SB.js";
import "./chunk-AVLOQ4UV.js";
import {
  parseInstant
} from "./chunk-OVEIKJ4F.js";
import "./chunk-P23S5MLP.js";
import {
  external_exports
} from "./chunk-GCCA2YSU.js";
import {
  UserInputError
} from "./chunk-WMQNFYIK.js";
import "./chunk-DKVNMX5N.js";

// src/shadowing/render/render-rotation-recording.ts
function renderRotationRecording(mode, window, count, recording) {
  let where = mode === "pagerduty" ? "PagerDuty" : "the workspace", lines = [
    `## Shadow rotation ${window.from} to ${window.to}`,
    "",
    recording.created.length === 0 ? `All ${count} pairing${count === 1 ? " was" : "s were"} already recorded in ${where}; nothing new was created.` : `Recorded ${count} pairing${count === 1 ? "" : "s"} in ${where}.`
  ];
  return recording.created.length > 0 && lines.push("", "Created:", ...recording.created.map((item) => `- ${item}`)), recording.existing.length > 0 && lines.push("", "Already there:", ...recording.existing.map((item) => `- ${item}`)), mode === "pagerduty" && lines.push(
    "",
    "Add each Shadow schedule to a level of the team's escalation policy, so mentees are paged alongside their mentors."
  ), lines.join(`
`);
}

// src/shadowing/tools/record-shadow-rotation-handler.ts
var handle = async (input, ctx) => {
  if (input.pairings === void 0 == (input.plan === void 0))
    throw new UserInputError(
      "Pass pairings (with their window) from suggest_shadow_pairings, or plan with its input to recompute them; one of the two."
    );
  let window, pairings, details, calendar;
  if (input.pairings) {
    pairings = await checkGivenPairings(input.pairings, ctx), window = givenWindow(input.window, pairings, ctx.now), details = pairings.map((pairing) => ({ ...shadowRecordOf(pairing), services: pairing.services }));
    let engineers = new Map(ctx.team.engineers.map((engineer) => [engineer.id, engineer]));
    calendar = renderCalendar(pairings, engineers, ctx.now);
  } else {
    if (input.window)
      throw new UserInputError("window goes with pairings; with plan, give plan.from and plan.to.");
    let plan = await planFromRequest(planRequest(input.plan), ctx);
    ({ window, calendar } = plan), pairings = plan.pairings, details = toPlanOutput(plan).pairings;
  }
  if (pairings.length === 0)
    throw new UserInputError(
      `There are no pairings to record for ${window.from} to ${window.to}; run suggest_shadow_pairings to see why, then widen the window or relax the limits.`
    );
  let reverse = pairings.find((pairing) => pairing.role === "reverse-shadow");
  if (reverse && !ctx.sources.shadows.recordsReverseShadows)
    throw new UserInputError(
      `${reverse.mentee.name} is in reverse shadow: recording that in PagerDuty would change who is paged first (an override putting them on ${reverse.schedule.name} ahead of ${reverse.mentor.name}), which this server does not do yet. Record the shadow pairings without them, or make the override by hand in PagerDuty and add the shift to team.yaml shadowHistory with role: reverse-shadow.`
    );
  let recording = await ctx.sources.shadows.recordShadowRotation(
    {
      window: { start: window.from, end: window.to },
      shadows: pairings.map(shadowRecordOf),
      details,
      calendar
    },
    { signal: ctx.signal, requests: ctx.requests }
  );
  return {
    structured: { window, pairings: pairings.length, ...recording },
    markdown: renderRotationRecording(recording.mode, window, pairings.length, recording)
  };
};
function planRequest(value) {
  let parsed = planRequestSchema.strict().safeParse(value);
  if (parsed.success) return parsed.data;
  let issues = parsed.error.issues.map((issue) => ({ ...issue, path: ["plan", ...issue.path] }));
  throw new UserInputError(describeInputProblems(new external_exports.ZodError(issues)));
}
function givenWindow(given, pairings, now) {
  let bound = (text, field, fallback) => {
    if (text === void 0) return new Date(fallback);
    let parsed = parseInstant(text.trim());
    if (typeof parsed == "string") throw new UserInputError(`window.${field}: ${parsed}.`);
    return parsed;
  }, window = resolvePlanWindow(
    {
      from: bound(given?.from, "from", Math.min(...pairings.map((p) => Date.parse(p.start)))),
      to: bound(given?.to, "to", Math.max(...pairings.map((p) => Date.parse(p.end))))
    },
    now
  ), outside = pairings.findIndex(
    (p) => Date.parse(p.start) < window.from.getTime() || Date.parse(p.end) > window.to.getTime()
  );
  if (outside !== -1)
    throw new UserInputError(
      `pairings[${outside}] lies outside the window; pass the window they were planned for.`
    );
  return { from: window.from.toISOString(), to: window.to.toISOString() };
}
export {
  handle
};
