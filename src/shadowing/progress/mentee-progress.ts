// A mentee's shadowing so far, from plain records: the shadow shifts done and the incidents they saw, their services
// against their learning goals with each service's runbook, what comes next, and (once they take shifts of their
// own) their on-call load beside the team's median. Pure: the tool reads the records.
import type { Engineer, Incident, ShadowRecord } from "../../model.js";
import type { ScheduleInfo } from "../plan/plan-types.js";

/** Shadow shifts whose incidents are read and listed: the most recent ones. */
export const MAX_SHIFTS_READ = 50;

export interface LoadFiguresShown {
  hoursOnCall: number;
  pages: number;
  afterHoursPages: number;
  sleepHourPages: number;
}

export interface NextShadow {
  mentor: string;
  schedule: string;
  start: string;
  end: string;
  /** True for a shadow shift already in shadowHistory, false for a suggestion. */
  recorded: boolean;
}

export interface ProgressInput {
  mentee: Engineer;
  now: Date;
  /** The whole team's shadowHistory. */
  history: readonly ShadowRecord[];
  schedules: ReadonlyMap<string, ScheduleInfo>;
  /** Incidents created during the shifts read (any service: only the shadowed services' count). */
  incidents: readonly Incident[];
  /** Service id → runbook path, or null when the service has none. */
  runbooks: ReadonlyMap<string, string | null>;
  /** Suggested shadow shifts after the recorded ones. */
  suggestions: readonly Omit<NextShadow, "recorded">[];
  load: { own: LoadFiguresShown; teamMedian: LoadFiguresShown } | null;
}

export interface ShadowShiftDone {
  mentor: string;
  schedule: string;
  start: string;
  end: string;
  incidents: { number: number; title: string; service: string }[];
}

export interface ServiceProgress {
  service: string;
  /** In the mentee's learning goals. */
  learning: boolean;
  shifts: number;
  incidentsSeen: number;
  runbook: string | null;
}

export interface MenteeProgress {
  mentee: string;
  shifts: ShadowShiftDone[];
  /** Shadow shifts before `shifts` whose incidents were not read (more than MAX_SHIFTS_READ). */
  olderShifts: number;
  hoursShadowed: number;
  services: ServiceProgress[];
  next: NextShadow[];
  load: { own: LoadFiguresShown; teamMedian: LoadFiguresShown } | null;
}

/** The mentee's shadow shifts that have begun, oldest first. */
export function shadowShiftsBegun(
  history: readonly ShadowRecord[],
  mentee: string,
  now: Date,
): ShadowRecord[] {
  return history
    .filter((record) => record.mentee === mentee && Date.parse(record.start) < now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The mentee's shadow shifts still to begin, oldest first. */
export function shadowShiftsAhead(
  history: readonly ShadowRecord[],
  mentee: string,
  now: Date,
): ShadowRecord[] {
  return history
    .filter((record) => record.mentee === mentee && Date.parse(record.start) >= now.getTime())
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The part of a shift that has happened: incidents after `now` are not seen yet. */
export function seenSpan(record: ShadowRecord, now: Date): { start: number; end: number } {
  return { start: Date.parse(record.start), end: Math.min(Date.parse(record.end), now.getTime()) };
}

export function menteeProgress(input: ProgressInput): MenteeProgress {
  const { mentee, now } = input;
  const begun = shadowShiftsBegun(input.history, mentee.id, now);
  const read = begun.slice(-MAX_SHIFTS_READ);
  const servicesOf = (record: ShadowRecord) => input.schedules.get(record.schedule)?.services ?? [];

  const shifts: ShadowShiftDone[] = read.map((record) => {
    const services = servicesOf(record);
    const span = seenSpan(record, now);
    const incidents = input.incidents
      .filter((incident) => {
        const at = Date.parse(incident.createdAt);
        return services.includes(incident.service.id) && at >= span.start && at < span.end;
      })
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
      .map((incident) => ({ number: incident.number, title: incident.title, service: incident.service.id }));
    return {
      mentor: record.mentor,
      schedule: record.schedule,
      start: record.start,
      end: record.end,
      incidents,
    };
  });

  const coverage = new Map<string, { shifts: number; incidentsSeen: number }>();
  for (const service of mentee.learning) coverage.set(service, { shifts: 0, incidentsSeen: 0 });
  for (const record of begun) {
    for (const service of servicesOf(record)) {
      const entry = coverage.get(service) ?? { shifts: 0, incidentsSeen: 0 };
      entry.shifts++;
      coverage.set(service, entry);
    }
  }
  for (const shift of shifts) {
    for (const incident of shift.incidents) coverage.get(incident.service)!.incidentsSeen++;
  }
  const services: ServiceProgress[] = [...coverage].map(([service, figures]) => ({
    service,
    learning: mentee.learning.includes(service),
    ...figures,
    runbook: input.runbooks.get(service) ?? null,
  }));
  // Learning goals first, the least covered first among them: what the mentee still needs leads.
  services.sort(
    (a, b) =>
      Number(b.learning) - Number(a.learning) || a.shifts - b.shifts || a.service.localeCompare(b.service),
  );

  const recorded = shadowShiftsAhead(input.history, mentee.id, now).map((record) => ({
    mentor: record.mentor,
    schedule: record.schedule,
    start: record.start,
    end: record.end,
    recorded: true,
  }));
  return {
    mentee: mentee.id,
    shifts,
    olderShifts: begun.length - read.length,
    hoursShadowed: round1(
      begun.reduce((sum, record) => {
        const span = seenSpan(record, now);
        return sum + (span.end - span.start);
      }, 0) / 3_600_000,
    ),
    services,
    next: [...recorded, ...input.suggestions.map((suggestion) => ({ ...suggestion, recorded: false }))],
    load: input.load,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
