// record_shadow_rotation: writes a rotation where the team will see it. PagerDuty: overrides on a "Shadow — <team>"
// schedule. Workspace: shadow-rotations/<from>_<to>.yaml and .ics, and team.yaml shadowHistory. Idempotent.
import { z } from "zod";
import { parseInstant } from "../lib/dates.js";
import { UserInputError } from "../lib/errors.js";
import { describeInputProblems } from "../lib/input-problems.js";
import { defineTool } from "../ports/tool.js";
import { renderCalendar } from "./calendar.js";
import { checkGivenPairings, givenPairingSchema, shadowRecordOf } from "./given-pairings.js";
import { toPlanOutput } from "./plan-output.js";
import { type PlanRequest, planFromRequest, planRequestSchema, resolvePlanWindow } from "./plan-request.js";
import type { Pairing } from "./types.js";

export const recordShadowRotation = defineTool({
  name: "record_shadow_rotation",
  title: "Record shadow rotation",
  description:
    'Records shadow pairings: pass window and pairings from suggest_shadow_pairings, or plan (its input) to recompute. PagerDuty: a "Shadow — <team>" schedule, one override per pairing paging the mentee beside the mentor. Workspace: shadow-rotations/<from>_<to>.yaml and .ics, team.yaml shadowHistory. Idempotent.',
  input: z.object({
    window: z.object({ from: z.string(), to: z.string() }).optional(),
    pairings: z.array(givenPairingSchema).min(1).max(500).optional(),
    plan: z.looseObject({}).optional().describe("suggest_shadow_pairings input"),
  }),
  output: z.object({
    mode: z.enum(["workspace", "pagerduty"]),
    window: z.object({ from: z.string(), to: z.string() }),
    pairings: z.number().int(),
    created: z.array(z.string()),
    existing: z.array(z.string()).describe("Already recorded"),
  }),
  writes: true,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  reaches: ["incidents", "schedules", "shadows"],
  async handler(input, ctx) {
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
      pairings = await checkGivenPairings(input.pairings, ctx);
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
    if (reverse && !ctx.sources.shadows.recordsReverseShadows) {
      throw new UserInputError(
        `${reverse.mentee.name} is in reverse shadow: recording that in PagerDuty would change who is paged first (an override putting them on ${reverse.schedule.name} ahead of ${reverse.mentor.name}), which this server does not do yet. Record the shadow pairings without them, or make the override by hand in PagerDuty and add the shift to team.yaml shadowHistory with role: reverse-shadow.`,
      );
    }
    const recording = await ctx.sources.shadows.recordShadowRotation(
      {
        window: { start: window.from, end: window.to },
        shadows: pairings.map(shadowRecordOf),
        details,
        calendar,
      },
      { signal: ctx.signal, requests: ctx.requests },
    );
    return {
      structured: { window, pairings: pairings.length, ...recording },
      markdown: renderRecording(recording.mode, window, pairings.length, recording),
    };
  },
});

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

function renderRecording(
  mode: "workspace" | "pagerduty",
  window: { from: string; to: string },
  count: number,
  recording: { created: string[]; existing: string[] },
): string {
  const where = mode === "pagerduty" ? "PagerDuty" : "the workspace";
  const lines = [
    `## Shadow rotation ${window.from} to ${window.to}`,
    "",
    recording.created.length === 0
      ? `All ${count} pairing${count === 1 ? " was" : "s were"} already recorded in ${where}; nothing new was created.`
      : `Recorded ${count} pairing${count === 1 ? "" : "s"} in ${where}.`,
  ];
  if (recording.created.length > 0)
    lines.push("", "Created:", ...recording.created.map((item) => `- ${item}`));
  if (recording.existing.length > 0)
    lines.push("", "Already there:", ...recording.existing.map((item) => `- ${item}`));
  if (mode === "pagerduty") {
    lines.push(
      "",
      "Add each Shadow schedule to a level of the team's escalation policy, so mentees are paged alongside their mentors.",
    );
  }
  return lines.join("\n");
}
