// Readiness and milestones for mentees from the team file and the incidents on their services. Pure.
import { readinessThresholds } from "../../lib/readiness-thresholds.js";
import type { Engineer, Incident, ReadinessThresholds, Stage, TeamDirectory } from "../../model.js";
import { gatherEvidence, indexIncidents, type ServiceEvidence } from "./evidence.js";
import { type Milestone, type MilestoneNames, milestones } from "./milestones.js";
import { assessReadiness, type MenteeReadiness, stageDates } from "./readiness.js";

export interface MenteeAssessment {
  readiness: MenteeReadiness;
  milestones: Milestone[];
}

export interface AssessInput {
  team: TeamDirectory;
  mentees: readonly Engineer[];
  now: Date;
  servicesOf: (schedule: string) => readonly string[];
  incidents: readonly Incident[];
  names: MilestoneNames;
  /** Per mentee id, runbook changes from their notes, oldest first. */
  runbookChanges?: ReadonlyMap<string, { at: string; runbook: string; incident: string }[]>;
}

export function stageOf(engineer: Engineer): Stage {
  return engineer.stage ?? (engineer.mentee ? "shadow" : "on-call");
}

export function thresholdsOf(team: TeamDirectory): ReadinessThresholds {
  return team.readiness ?? readinessThresholds(null);
}

export function assessMentees(input: AssessInput): MenteeAssessment[] {
  const index = indexIncidents(input.incidents);
  const thresholds = thresholdsOf(input.team);
  const historyOf = groupBy(input.team.shadowHistory, (r) => r.mentee);
  const drillsOf = groupBy(input.team.drillHistory ?? [], (d) => d.mentee);
  return input.mentees.map((mentee) => {
    const evidence: ServiceEvidence[] = gatherEvidence({
      mentee,
      now: input.now,
      history: historyOf.get(mentee.id) ?? [],
      drills: drillsOf.get(mentee.id) ?? [],
      servicesOf: input.servicesOf,
      incidents: index,
    });
    const stage = stageOf(mentee);
    const readiness = assessReadiness(
      { id: mentee.id, name: mentee.name, stage },
      evidence,
      thresholds,
      input.names.service,
    );
    const dates = stageDates(evidence, thresholds);
    return {
      readiness,
      milestones: milestones({
        mentee: { name: mentee.name, timeZone: mentee.timeZone, stage },
        evidence,
        runbookChanges: input.runbookChanges?.get(mentee.id) ?? [],
        ...dates,
        names: input.names,
      }),
    };
  });
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Everyone marked a mentee, and anyone whose stage says they are not yet on call alone. */
export function menteesOf(team: TeamDirectory): Engineer[] {
  return team.engineers.filter((engineer) => engineer.mentee || stageOf(engineer) !== "on-call");
}
