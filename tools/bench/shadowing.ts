// Benchmark of the shadow pairing optimiser on three synthetic teams, built the same way on every run
// (seeded): the demo-sized team for 6 weeks, 200 engineers for 13 weeks, 2,000 engineers for 26 weeks.
// Targets: < 100 ms, < 1 s, < 10 s, with mentees matched and pairings proved optimal in all three.
import { localToInstant, parseLocalDateTime } from "../../src/lib/time-zones.js";
import type { Engineer, Level, ShadowRecord, Shift } from "../../src/model.js";
import { planShadowRotation } from "../../src/shadowing/plan/plan-shadow-rotation.js";
import type { ScheduleInfo, ShadowPlanInput } from "../../src/shadowing/plan/plan-types.js";
import { Random } from "../demo-workspace/prng.js";
import type { BenchRow } from "./report.js";

export interface ShadowBenchResult {
  name: string;
  targetMillis: number;
  solveMillis: number;
  objective: { menteesMatched: number; pairings: number; score: number };
  optimal: { menteesMatched: boolean; pairings: boolean; score: boolean };
}

interface TeamSpec {
  name: string;
  seed: number;
  engineers: number;
  mentees: number;
  schedules: number;
  usersPerSchedule: number;
  /** Rotation lengths to draw from, e.g. ["1d"]. */
  lengths: string[];
  /** Local date the window starts on (a Monday) and its length in weeks. */
  firstDay: string;
  weeks: number;
  /** The solve time to stay under. */
  targetMillis: number;
}

export const SHADOW_BENCH_SPECS: readonly TeamSpec[] = [
  {
    name: "demo team (14 engineers), 6 weeks",
    seed: 14,
    engineers: 14,
    mentees: 4,
    schedules: 3,
    usersPerSchedule: 5,
    lengths: ["1w", "1d", "8h"],
    firstDay: "2026-11-23",
    weeks: 6,
    targetMillis: 100,
  },
  {
    name: "200 engineers (60 mentees), 12 schedules, 13 weeks of daily shifts",
    seed: 200,
    engineers: 200,
    mentees: 60,
    schedules: 12,
    usersPerSchedule: 8,
    lengths: ["1d"],
    firstDay: "2027-01-04",
    weeks: 13,
    targetMillis: 1_000,
  },
  {
    name: "2,000 engineers (600 mentees), 50 schedules, 26 weeks of daily shifts",
    seed: 2000,
    engineers: 2000,
    mentees: 600,
    schedules: 50,
    usersPerSchedule: 10,
    lengths: ["1d"],
    firstDay: "2027-01-04",
    weeks: 26,
    targetMillis: 10_000,
  },
];

const ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Asia/Tokyo",
];
const HOUR_MS = 3_600_000;

export function buildShadowBenchInput(spec: TeamSpec): ShadowPlanInput {
  const random = new Random(spec.seed);
  const from = localToInstant(parseLocalDateTime(`${spec.firstDay}T00:00`), "UTC");
  const to = new Date(from.getTime() + spec.weeks * 7 * 24 * HOUR_MS);
  const services = Array.from({ length: spec.schedules * 2 }, (_, i) => `service-${i + 1}`);
  const engineers: Engineer[] = Array.from({ length: spec.engineers }, (_, i) => {
    const mentee = i < spec.mentees;
    const level: Level = mentee ? "junior" : random.pick(["mid", "senior", "senior", "staff"] as const);
    const offWeek = random.chance(0.1) ? random.int(0, spec.weeks - 1) : null;
    return {
      id: `eng-${i + 1}`,
      name: `Engineer ${i + 1}`,
      email: `eng-${i + 1}@example.com`,
      timeZone: random.pick(ZONES),
      level,
      mentor: level === "senior" || level === "staff",
      mentee,
      skills: [random.pick(services)],
      learning: mentee ? [random.pick(services), random.pick(services)] : [],
      workingHours: { start: "09:00", end: "17:00", days: ["mon", "tue", "wed", "thu", "fri"] },
      unavailable:
        offWeek === null
          ? []
          : [
              {
                start: new Date(from.getTime() + offWeek * 7 * 24 * HOUR_MS).toISOString(),
                end: new Date(from.getTime() + (offWeek + 1) * 7 * 24 * HOUR_MS).toISOString(),
                reason: "PTO",
              },
            ],
      team: null,
      pagerdutyUserId: null,
    };
  });
  const schedules: ScheduleInfo[] = [];
  const shifts: Shift[] = [];
  for (let s = 0; s < spec.schedules; s++) {
    const schedule: ScheduleInfo = {
      id: `schedule-${s + 1}`,
      name: `Schedule ${s + 1}`,
      timeZone: random.pick(ZONES),
      services: services.slice(2 * s, 2 * s + random.int(1, 2)),
    };
    schedules.push(schedule);
    // Mostly non-mentees on call, as in real teams; a few mentees too, so rule 2 has work to do.
    const users = Array.from({ length: spec.usersPerSchedule }, () =>
      random.chance(0.1)
        ? random.pick(engineers.slice(0, spec.mentees))
        : random.pick(engineers.slice(spec.mentees)),
    ).map((engineer) => engineer.id);
    shifts.push(
      ...rotationShifts(schedule, users, spec.lengths[s % spec.lengths.length]!, spec.firstDay, from, to),
    );
  }
  const history: ShadowRecord[] = Array.from({ length: spec.mentees }, (_, i) => {
    const shift = random.pick(shifts);
    return {
      mentee: engineers[i]!.id,
      mentor: shift.user,
      schedule: shift.scheduleId,
      start: shift.start,
      end: shift.end,
    };
  });
  return {
    window: { from: from.toISOString(), to: to.toISOString() },
    engineers,
    schedules,
    shifts,
    shadowHistory: history,
    incidentCounts: Object.fromEntries(services.map((service) => [service, random.int(0, 12)])),
    now: from.toISOString(),
  };
}

/** Handoffs at 09:00 local for day and week lengths (kept across DST), every N hours absolute for hour lengths. */
function rotationShifts(
  schedule: ScheduleInfo,
  users: string[],
  length: string,
  firstDay: string,
  from: Date,
  to: Date,
): Shift[] {
  const amount = Number(length.slice(0, -1));
  const unit = length.slice(-1);
  const first = localToInstant(parseLocalDateTime(`${firstDay}T09:00`), schedule.timeZone);
  const handoff = (k: number): Date => {
    if (unit === "h") return new Date(first.getTime() + k * amount * HOUR_MS);
    const days = k * amount * (unit === "w" ? 7 : 1);
    const local = new Date(Date.parse(`${firstDay}T09:00:00Z`) + days * 24 * HOUR_MS);
    return localToInstant(parseLocalDateTime(local.toISOString().slice(0, 16)), schedule.timeZone);
  };
  const shifts: Shift[] = [];
  for (let k = -1; handoff(k).getTime() < to.getTime(); k++) {
    const start = Math.max(handoff(k).getTime(), from.getTime());
    const end = Math.min(handoff(k + 1).getTime(), to.getTime());
    if (end <= start) continue;
    shifts.push({
      scheduleId: schedule.id,
      user: users[((k % users.length) + users.length) % users.length]!,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
    });
  }
  return shifts;
}

export function benchShadowing(): ShadowBenchResult[] {
  return SHADOW_BENCH_SPECS.map((spec) => {
    const plan = planShadowRotation(buildShadowBenchInput(spec));
    return {
      name: spec.name,
      targetMillis: spec.targetMillis,
      solveMillis: plan.stats.solveMillis,
      objective: plan.stats.objective,
      optimal: plan.stats.optimal,
    };
  });
}

/** The bench suite: one row per team, its solve time against the target, and what was proved optimal. */
export async function shadowingRows(): Promise<BenchRow[]> {
  return benchShadowing().map((result) => {
    const { optimal, objective } = result;
    const counts =
      optimal.menteesMatched && optimal.pairings ? "(1),(2) optimal" : "(1),(2) NOT proved optimal";
    return {
      benchmark: `suggest_shadow_pairings optimiser: ${result.name}`,
      figure: `${result.solveMillis} ms; ${counts}`,
      target: `< ${result.targetMillis.toLocaleString("en-US")} ms; (1),(2) optimal`,
      comparison: `${objective.menteesMatched} mentees matched, ${objective.pairings} pairings, score ${objective.score} (${optimal.score ? "proved best" : "best found"})`,
      met: result.solveMillis < result.targetMillis && optimal.menteesMatched && optimal.pairings,
    };
  });
}
