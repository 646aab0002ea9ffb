// planShadowRotation: engineers, rendered shifts, history and incident activity in; the optimal shadow
// pairings, the reasons for them and for everyone left out, a calendar and a chart out. Pure: no I/O.
import { requireKnownIds, unknownIdError } from "../../lib/known-ids.js";
import type { Engineer } from "../../model.js";
import { renderGantt } from "../render/render-gantt.js";
import { solveAssignment } from "../solver/solve.js";
import { renderCalendar } from "./calendar.js";
import { buildCandidates, POINTS_PER_SCORE } from "./candidates.js";
import { prepareEligibility } from "./eligibility.js";
import { parseInstant, resolveLimits, resolveWeights, resolveWindow } from "./options.js";
import { PairFactsBuilder } from "./pair-facts.js";
import type { Pairing, ScheduleInfo, ShadowPlan, ShadowPlanInput } from "./plan-types.js";
import { pairReasons } from "./scoring.js";
import { listUnmatched } from "./unmatched.js";

export function planShadowRotation(input: ShadowPlanInput): ShadowPlan {
  const clock = input.clock ?? (() => performance.now());
  const started = clock();
  const window = resolveWindow(input.window);
  const now = parseInstant(input.now, "now");
  const limits = resolveLimits(input.limits);
  const weights = resolveWeights(input.weights);
  const engineers = new Map(input.engineers.map((engineer) => [engineer.id, engineer]));
  const schedules = new Map(input.schedules.map((schedule) => [schedule.id, schedule]));
  const drawFrom = new Set(selectSchedules(input, schedules));
  const mentees = selectMentees(input, engineers);

  const ctx = prepareEligibility(
    window,
    input.shifts.filter((shift) => drawFrom.has(shift.scheduleId)),
    input.shifts,
    engineers,
    limits.minOverlapHours,
  );
  const facts = new PairFactsBuilder(input, schedules);
  const { problem, overlapMillis, funnels, onCall } = buildCandidates(
    mentees,
    ctx,
    engineers,
    facts,
    weights,
    limits,
  );
  const result = solveAssignment(problem, { workBudget: input.workBudget });

  const pairings: Pairing[] = result.chosen.map((index) => {
    const candidate = problem.candidates[index]!;
    const mentee = mentees[candidate.mentee]!;
    const shift = ctx.shifts[candidate.shift]!;
    const mentor = onCall[candidate.shift]!;
    const schedule = schedules.get(shift.scheduleId);
    const pair = facts.of(mentee, shift.scheduleId, mentor, overlapMillis[index]!);
    const reverse = mentee.stage === "reverse-shadow";
    return {
      mentee: person(mentee),
      mentor: person(mentor),
      schedule: { id: shift.scheduleId, name: schedule?.name ?? shift.scheduleId },
      start: new Date(shift.start).toISOString(),
      end: new Date(shift.end).toISOString(),
      overlapHours: Math.round((overlapMillis[index]! / 3_600_000) * 100) / 100,
      services: [...(schedule?.services ?? [])],
      score: candidate.score / POINTS_PER_SCORE,
      reasons: [...(reverse ? [reverseReason(mentee, mentor)] : []), ...pairReasons(pair, weights)],
      ...(reverse ? { role: "reverse-shadow" as const } : {}),
    };
  });
  pairings.sort((a, b) => a.start.localeCompare(b.start) || a.mentee.name.localeCompare(b.mentee.name));

  const unmatched = listUnmatched(problem, result.chosen, mentees, funnels, limits, onCall);
  const plan: ShadowPlan = {
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    limits,
    weights,
    pairings,
    unmatched,
    stats: {
      mentees: mentees.length,
      menteesMatched: result.objective.menteesMatched,
      pairings: result.objective.pairings,
      shiftsConsidered: ctx.shifts.length,
      objective: { ...result.objective, score: result.objective.score / POINTS_PER_SCORE },
      optimal: result.optimal,
      bound: {
        ...result.bound,
        score: result.bound.score === null ? null : result.bound.score / POINTS_PER_SCORE,
      },
      solveMillis: 0,
    },
    calendar: renderCalendar(pairings, engineers, now),
    gantt: "",
  };
  plan.gantt = renderGantt(plan.window, pairings);
  plan.stats.solveMillis = Math.round(clock() - started);
  return plan;
}

function selectSchedules(input: ShadowPlanInput, schedules: ReadonlyMap<string, ScheduleInfo>): string[] {
  if (!input.scheduleIds) return [...schedules.keys()];
  requireKnownIds("scheduleIds", "schedule", input.scheduleIds, { listed: [...schedules.keys()] });
  return input.scheduleIds;
}

function selectMentees(input: ShadowPlanInput, engineers: ReadonlyMap<string, Engineer>): Engineer[] {
  if (!input.menteeIds) return input.engineers.filter((engineer) => engineer.mentee);
  return [...new Set(input.menteeIds)].map((id) => {
    const engineer = engineers.get(id);
    if (!engineer) throw unknownIdError("mentees", "engineer", id, [...engineers.keys()]);
    return engineer;
  });
}

function person(engineer: Engineer) {
  return { id: engineer.id, name: engineer.name, timeZone: engineer.timeZone };
}

/** A mentee in reverse shadow carries the shift and the mentor backs them up: same rules, same score, other roles. */
export function reverseReason(mentee: { name: string }, mentor: { name: string }): string {
  return `reverse shadow: ${mentee.name} carries the shift, ${mentor.name} backs them up`;
}
