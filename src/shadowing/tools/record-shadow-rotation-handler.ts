// record_shadow_rotation: the pairings given (checked against team.yaml and the schedules) or the plan recomputed,
// written through the shadow port, or with `undo` removed through it.
import { z } from "zod";
import { parseInstant } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import { describeInputProblems } from "../../lib/input-problems.js";
import type { ToolHandler } from "../../ports/tool.js";
import { renderCalendar } from "../plan/calendar.js";
import { planFromRequest } from "../plan/gather-plan-input.js";
import { checkGivenPairings, shadowRecordOf } from "../plan/given-pairings.js";
import { toPlanOutput } from "../plan/plan-output.js";
import { type PlanRequest, planRequestSchema, resolvePlanWindow } from "../plan/plan-request.js";
import type { Pairing } from "../plan/plan-types.js";
import {
  pagedFirstSentences,
  renderRotationRecording,
  renderRotationUndo,
} from "../render/render-rotation-recording.js";
import type { recordInput, recordOutput } from "./record-shadow-rotation-tool.js";

export const handle: ToolHandler<typeof recordInput, typeof recordOutput> = async (input, ctx) => {
  if ((input.pairings === undefined) === (input.plan === undefined)) {
    throw new UserInputError(
      "Pass pairings (with their window) from suggest_shadow_pairings, or plan with its input to recompute them; one of the two.",
    );
  }
  let window: { from: string; to: string };
  let pairings: Pairing[];
  let details: object[];
  let calendar: string;
  if (input.pairings) {
    pairings = await checkGivenPairings(input.pairings, ctx, { onCall: !input.undo });
    window = givenWindow(input.window, pairings, ctx.now);
    details = pairings.map((pairing) => ({ ...shadowRecordOf(pairing), services: pairing.services }));
    const engineers = new Map(ctx.team.engineers.map((engineer) => [engineer.id, engineer]));
    calendar = renderCalendar(pairings, engineers, ctx.now);
  } else {
    if (input.window)
      throw new UserInputError("window goes with pairings; with plan, give plan.from and plan.to.");
    const plan = await planFromRequest(planRequest(input.plan), ctx);
    ({ window, calendar } = plan);
    pairings = plan.pairings;
    details = toPlanOutput(plan).pairings;
  }
  if (pairings.length === 0) {
    throw new UserInputError(
      `There are no pairings to record for ${window.from} to ${window.to}; run suggest_shadow_pairings to see why, then widen the window or relax the limits.`,
    );
  }
  const reverse = pairings.find((pairing) => pairing.role === "reverse-shadow");
  if (reverse && input.plan && ctx.sources.shadows.reverseShadowChangesPaging) {
    // Recording it changes the schedule the plan is computed from: the same plan would not come back to undo it.
    throw new UserInputError(
      `${reverse.mentee.name} is in reverse shadow: in PagerDuty that puts them on ${reverse.schedule.name} in ${reverse.mentor.name}'s place, which changes the schedule a plan is computed from, so the same plan could not be recomputed to record again or undo. Pass window and pairings from suggest_shadow_pairings instead, and the same to undo.`,
    );
  }
  const rotation = {
    window: { start: window.from, end: window.to },
    shadows: pairings.map(shadowRecordOf),
    details,
    calendar,
  };
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const engineers = new Map(ctx.team.engineers.map((engineer) => [engineer.id, engineer.name]));
  const nameOf = (id: string) => engineers.get(id) ?? id;
  if (input.undo) {
    const removal = await ctx.sources.shadows.undoShadowRotation(rotation, ctx.now, fetch);
    const pagedFirst = pagedFirstSentences(removal.pagingChanges, nameOf);
    const { mode, removed, notRemoved } = removal;
    return {
      structured: {
        mode,
        window,
        pairings: pairings.length,
        created: [],
        existing: [],
        removed,
        notRemoved,
        ...(pagedFirst.length > 0 ? { pagedFirst } : {}),
      },
      markdown: renderRotationUndo(mode, window, pairings.length, removal, pagedFirst),
    };
  }
  const recording = await ctx.sources.shadows.recordShadowRotation(rotation, fetch);
  const pagedFirst = pagedFirstSentences(recording.pagingChanges, nameOf);
  const { mode, created, existing } = recording;
  return {
    structured: {
      mode,
      window,
      pairings: pairings.length,
      created,
      existing,
      ...(pagedFirst.length > 0 ? { pagedFirst } : {}),
    },
    markdown: renderRotationRecording(mode, window, pairings.length, recording, pagedFirst),
  };
};

/** `plan` is advertised as a plain object, to keep the schema short; its fields are checked here. */
function planRequest(value: unknown): PlanRequest {
  const parsed = planRequestSchema.strict().safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ["plan", ...issue.path] }));
  throw new UserInputError(describeInputProblems(new z.ZodError(issues)));
}

/** The window given (the plan's), else the span of the pairings; every pairing must lie inside it. */
function givenWindow(
  given: { from: string; to: string } | undefined,
  pairings: readonly Pairing[],
  now: Date,
): { from: string; to: string } {
  const bound = (text: string | undefined, field: string, fallback: number) => {
    if (text === undefined) return new Date(fallback);
    const parsed = parseInstant(text.trim());
    if (typeof parsed === "string") throw new UserInputError(`window.${field}: ${parsed}.`);
    return parsed;
  };
  const window = resolvePlanWindow(
    {
      from: bound(given?.from, "from", Math.min(...pairings.map((p) => Date.parse(p.start)))),
      to: bound(given?.to, "to", Math.max(...pairings.map((p) => Date.parse(p.end)))),
    },
    now,
  );
  const outside = pairings.findIndex(
    (p) => Date.parse(p.start) < window.from.getTime() || Date.parse(p.end) > window.to.getTime(),
  );
  if (outside !== -1) {
    throw new UserInputError(
      `pairings[${outside}] lies outside the window; pass the window they were planned for.`,
    );
  }
  return { from: window.from.toISOString(), to: window.to.toISOString() };
}
