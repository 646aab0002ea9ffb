// The facts the score terms read about one (mentee, shift) pair, assembled from history and activity.
// Most facts belong to (mentee, schedule) and are computed once per schedule, not once per shift.
import type { Engineer } from "../../model.js";
import type { ScheduleInfo, ScoreWeights, ShadowPlanInput } from "./plan-types.js";
import { type PairFacts, partialScore, type TermInput } from "./scoring.js";

export class PairFactsBuilder {
  private readonly incidentsOf: (service: string) => number;
  private readonly loadOf: (engineer: string) => number | undefined;
  private readonly shadowedMentors = new Map<string, Set<string>>();
  private readonly shadowedServices = new Map<string, Set<string>>();
  private scratchMentee: Engineer | null = null;
  private readonly scratch = new Map<string, PairFacts>();

  constructor(
    input: Pick<ShadowPlanInput, "incidentCounts" | "shadowHistory" | "mentorLoadScores">,
    private readonly schedules: ReadonlyMap<string, ScheduleInfo>,
  ) {
    const counts = input.incidentCounts;
    this.incidentsOf =
      counts instanceof Map
        ? (service) => counts.get(service) ?? 0
        : (service) => (Object.hasOwn(counts, service) ? (counts as Record<string, number>)[service]! : 0);
    const loads = input.mentorLoadScores;
    this.loadOf =
      loads === undefined
        ? () => undefined
        : loads instanceof Map
          ? (engineer) => loads.get(engineer) ?? 1
          : (engineer) => (Object.hasOwn(loads, engineer) ? (loads as Record<string, number>)[engineer]! : 1);
    for (const record of input.shadowHistory) {
      const mentors = this.shadowedMentors.get(record.mentee) ?? new Set();
      mentors.add(record.mentor);
      this.shadowedMentors.set(record.mentee, mentors);
      const services = this.shadowedServices.get(record.mentee) ?? new Set();
      for (const service of schedules.get(record.schedule)?.services ?? []) services.add(service);
      this.shadowedServices.set(record.mentee, services);
    }
  }

  /** A fresh facts object, for reasons that outlive the call. */
  of(mentee: Engineer, scheduleId: string, mentor: Engineer, overlapMillis: number): PairFacts {
    return { ...this.fill(mentee, scheduleId, mentor, overlapMillis) };
  }

  /** The part of the score read from `input` only, without allocating (called for millions of pairs). */
  partialScore(
    mentee: Engineer,
    scheduleId: string,
    mentor: Engineer,
    overlapMillis: number,
    weights: ScoreWeights,
    input: TermInput,
  ): number {
    return partialScore(this.fill(mentee, scheduleId, mentor, overlapMillis), weights, input);
  }

  private fill(mentee: Engineer, scheduleId: string, mentor: Engineer, overlapMillis: number): PairFacts {
    if (this.scratchMentee !== mentee) {
      this.scratch.clear();
      this.scratchMentee = mentee;
    }
    let facts = this.scratch.get(scheduleId);
    if (!facts) {
      const services = this.schedules.get(scheduleId)?.services ?? [];
      const seen = this.shadowedServices.get(mentee.id);
      facts = {
        menteeName: mentee.name,
        mentorName: "",
        overlapHours: 0,
        learningMatches: services.filter((service) => mentee.learning.includes(service)),
        incidents: services.reduce((sum, service) => sum + this.incidentsOf(service), 0),
        newMentor: false,
        newServices: services.filter((service) => !seen?.has(service)),
        serviceCount: services.length,
      };
      this.scratch.set(scheduleId, facts);
    }
    facts.mentorName = mentor.name;
    facts.overlapHours = overlapMillis / 3_600_000;
    facts.newMentor = !this.shadowedMentors.get(mentee.id)?.has(mentor.id);
    facts.mentorLoad = this.loadOf(mentor.id);
    return facts;
  }
}
