// Why a mentee got no shadow shift, in the words of the rule that stopped them, and what would change it.
import type { Engineer } from "../../model.js";
import type { EligibilityFunnel } from "./eligibility.js";
import type { ShadowLimits } from "./plan-types.js";

/** For a mentee who had shifts to shadow but got none: who took them. */
export interface Contention {
  eligibleShifts: number;
  /** Names of the mentors of those shifts who reached maxShadowsPerMentor. */
  mentorsAtLimit: string[];
  /** Of those shifts, how many already have maxShadowsPerShift mentees. */
  fullShifts: number;
}

export interface Explanation {
  reason: string;
  fix: string;
}

const hours = (millis: number) => `${Number((millis / 3_600_000).toFixed(1))} h`;

export function explainUnmatched(
  mentee: Engineer,
  funnel: EligibilityFunnel,
  limits: ShadowLimits,
  contention: Contention,
): Explanation {
  const zero = (["maxShadowsPerMentee", "maxShadowsPerMentor", "maxShadowsPerShift"] as const).find(
    (field) => limits[field] === 0,
  );
  if (zero) return { reason: `${zero} is 0, so nobody can shadow`, fix: `set ${zero} to 1 or more` };
  const { start, end, days } = mentee.workingHours;
  const hoursText = `${days.join(", ")} ${start}–${end} ${mentee.timeZone}`;
  if (funnel.workingMillis === 0) {
    return {
      reason: `no working hours in the window (they work ${hoursText})`,
      fix: "widen the window to include their working days",
    };
  }
  if (funnel.availableWorkingMillis <= 0) {
    const why = [...new Set(mentee.unavailable.map((entry) => entry.reason).filter(Boolean))].join(", ");
    return {
      reason: `unavailable the whole window${why ? ` (${why})` : ""}`,
      fix: "plan a window that starts after their time off",
    };
  }
  if (funnel.shifts === 0) {
    return {
      reason: "no shifts in the chosen schedules during the window",
      fix: "widen the window or draw from more schedules",
    };
  }
  if (funnel.withMentor === 0) {
    return {
      reason: "no mentor is on call in the chosen schedules during the window",
      fix: "draw from schedules where mentors are on call, or widen the window",
    };
  }
  if (funnel.inWorkingHours === 0) {
    return {
      reason: `no mentor on call during their working hours (${hoursText})`,
      fix: "widen the window, or draw from schedules whose mentors are on call in their working hours",
    };
  }
  if (funnel.whileAvailable === 0) {
    return {
      reason: "unavailable whenever a mentor is on call during their working hours",
      fix: "widen the window past their time off",
    };
  }
  if (funnel.whileOffCall === 0) {
    return {
      reason: "on call themselves whenever a mentor is on call during their working hours",
      fix: "hand their own shifts to someone else with an override, or widen the window",
    };
  }
  if (funnel.longEnough === 0) {
    return {
      reason: `no mentor's shift overlaps their working hours by ${limits.minOverlapHours} h (the longest overlap is ${hours(funnel.bestOverlapMillis)})`,
      fix: `lower minOverlapHours to ${Math.floor((funnel.bestOverlapMillis / 3_600_000) * 10) / 10}, or widen the window`,
    };
  }
  const takenBy: string[] = [];
  if (contention.mentorsAtLimit.length > 0) {
    const limit = limits.maxShadowsPerMentor;
    takenBy.push(
      `${listNames(contention.mentorsAtLimit)} already ${contention.mentorsAtLimit.length === 1 ? "has" : "have"} ${limit} shadowed shift${limit === 1 ? "" : "s"} (maxShadowsPerMentor)`,
    );
  }
  if (contention.fullShifts > 0) {
    const limit = limits.maxShadowsPerShift;
    const which = contention.eligibleShifts === 1 ? "it" : `${contention.fullShifts} of them`;
    takenBy.push(
      `${which} already ${contention.fullShifts === 1 ? "has" : "have"} ${limit} mentee${limit === 1 ? "" : "s"} (maxShadowsPerShift)`,
    );
  }
  const shifts =
    contention.eligibleShifts === 1
      ? "the only shift they could shadow went to another mentee"
      : `the ${contention.eligibleShifts} shifts they could shadow went to other mentees`;
  return {
    // With mentees matched at its maximum, any way to give them a shift leaves another mentee without one.
    reason: `${shifts} (giving them one would leave another mentee with none)${takenBy.length > 0 ? `: ${takenBy.join("; ")}` : ""}`,
    fix: `raise maxShadowsPerMentor (now ${limits.maxShadowsPerMentor}) or maxShadowsPerShift (now ${limits.maxShadowsPerShift}), widen the window, or draw from more schedules`,
  };
}

function listNames(names: string[]): string {
  if (names.length <= 3) return names.join(", ");
  return `${names.slice(0, 3).join(", ")} and ${names.length - 3} more`;
}
