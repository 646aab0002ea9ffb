// Pairings a caller passes to record_shadow_rotation, checked against team.yaml and the schedules before anything
// is written: known people and schedule, and the mentor really on call for the whole shift (or, for a reverse shadow
// already recorded in PagerDuty, the mentee in their place).
import { z } from "zod";
import { parseInstant } from "../../lib/dates.js";
import { UserInputError } from "../../lib/errors.js";
import { unknownIdError } from "../../lib/known-ids.js";
import type { Engineer, ShadowRecord } from "../../model.js";
import type { CallContext } from "../../ports/call-context.js";
import type { ScheduleSummary } from "../../ports/sources.js";
import type { Pairing } from "./plan-types.js";

const text = () => z.string();

/** A pairing as suggest_shadow_pairings outputs it; its other fields are accepted and ignored. */
export const givenPairingSchema = z.object({
  mentee: text(),
  mentor: text(),
  schedule: text(),
  start: text(),
  end: text(),
});

export type GivenPairing = z.output<typeof givenPairingSchema>;

interface CheckedTimes {
  start: Date;
  end: Date;
}

/**
 * The pairings as full plan pairings (names, zones, services), or a UserInputError naming the first bad one.
 * `onCall: false` skips the check that the mentor is on call (an undo matches what it removes exactly anyway).
 */
export async function checkGivenPairings(
  given: readonly GivenPairing[],
  ctx: CallContext,
  options: { onCall?: boolean } = {},
): Promise<Pairing[]> {
  const menteeMayCarry = ctx.sources.shadows.reverseShadowChangesPaging;
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const engineers = new Map(ctx.team.engineers.map((engineer) => [engineer.id, engineer]));
  const schedules = new Map((await ctx.sources.schedules.listSchedules(fetch)).map((s) => [s.id, s]));
  const times = given.map((pairing, index) => ({
    start: instantOf(pairing.start, `pairings[${index}].start`),
    end: instantOf(pairing.end, `pairings[${index}].end`),
  }));
  const pairings = given.map((pairing, index) => {
    const at = `pairings[${index}]`;
    const { start, end } = times[index]!;
    const mentee = knownEngineer(engineers, pairing.mentee, `${at}.mentee`);
    const mentor = knownEngineer(engineers, pairing.mentor, `${at}.mentor`);
    const schedule = schedules.get(pairing.schedule);
    if (!schedule)
      throw unknownIdError(`${at}.schedule`, "schedule", pairing.schedule, [...schedules.keys()]);
    if (end.getTime() <= start.getTime()) {
      throw new UserInputError(`${at}: end must be after start.`);
    }
    if (mentee.id === mentor.id) throw new UserInputError(`${at}: a mentee cannot shadow themselves.`);
    return toPairing({ start, end }, mentee, mentor, schedule);
  });
  if (options.onCall !== false) await checkMentorsOnCall(pairings, times, menteeMayCarry, ctx);
  return pairings;
}

export function shadowRecordOf(pairing: Pairing): ShadowRecord {
  return {
    mentee: pairing.mentee.id,
    mentor: pairing.mentor.id,
    schedule: pairing.schedule.id,
    start: pairing.start,
    end: pairing.end,
    ...(pairing.role === "reverse-shadow" ? { role: pairing.role } : {}),
  };
}

function knownEngineer(engineers: ReadonlyMap<string, Engineer>, id: string, field: string): Engineer {
  const engineer = engineers.get(id);
  if (!engineer) throw unknownIdError(field, "engineer", id, [...engineers.keys()]);
  return engineer;
}

function instantOf(text: string, field: string): Date {
  const parsed = parseInstant(text.trim());
  if (typeof parsed === "string") throw new UserInputError(`${field}: ${parsed}.`);
  return parsed;
}

function toPairing(
  given: CheckedTimes,
  mentee: Engineer,
  mentor: Engineer,
  schedule: ScheduleSummary,
): Pairing {
  const person = (engineer: Engineer) => ({
    id: engineer.id,
    name: engineer.name,
    timeZone: engineer.timeZone,
  });
  return {
    mentee: person(mentee),
    mentor: person(mentor),
    schedule: { id: schedule.id, name: schedule.name },
    start: given.start.toISOString(),
    end: given.end.toISOString(),
    overlapHours: 0,
    services: [...schedule.services],
    score: 0,
    reasons: [],
    ...(mentee.stage === "reverse-shadow" ? { role: "reverse-shadow" as const } : {}),
  };
}

/**
 * Each schedule is rendered once over the span of its pairings; every pairing must be the mentor's time on call.
 * Where recording a reverse shadow puts the mentee on call in the mentor's place (PagerDuty: `menteeMayCarry`), the
 * mentee's time counts too, so the same pairings can be recorded again (nothing new) once they are.
 */
async function checkMentorsOnCall(
  pairings: readonly Pairing[],
  times: readonly CheckedTimes[],
  menteeMayCarry: boolean,
  ctx: CallContext,
): Promise<void> {
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const bySchedule = new Map<string, number[]>();
  pairings.forEach((pairing, index) => {
    bySchedule.set(pairing.schedule.id, [...(bySchedule.get(pairing.schedule.id) ?? []), index]);
  });
  for (const [scheduleId, indexes] of bySchedule) {
    const since = Math.min(...indexes.map((i) => times[i]!.start.getTime()));
    const until = Math.max(...indexes.map((i) => times[i]!.end.getTime()));
    const shifts = await ctx.sources.schedules.renderSchedule(
      scheduleId,
      new Date(since).toISOString(),
      new Date(until).toISOString(),
      fetch,
    );
    for (const index of indexes) {
      const pairing = pairings[index]!;
      const mentor = pairing.mentor.id;
      const carrying = menteeMayCarry && pairing.role === "reverse-shadow" ? pairing.mentee.id : mentor;
      const { start, end } = times[index]!;
      const covered = shifts
        .filter((shift) => shift.user === mentor || shift.user === carrying)
        .reduce(
          (sum, shift) =>
            sum +
            Math.max(
              0,
              Math.min(Date.parse(shift.end), end.getTime()) -
                Math.max(Date.parse(shift.start), start.getTime()),
            ),
          0,
        );
      if (covered < end.getTime() - start.getTime()) {
        throw new UserInputError(
          `pairings[${index}]: ${mentor} is not on call in ${scheduleId} for all of ${start.toISOString()} to ${end.toISOString()}; pass pairings from suggest_shadow_pairings.`,
        );
      }
    }
  }
}
