// Readiness: per learning service, the evidence against the thresholds of the mentee's stage, what is missing, when
// each gate was met, and the one next step. Pure.
import { type ReadinessThresholds, STAGES, type Stage } from "../../model.js";
import type { EvidenceItem, EvidenceKind, ServiceEvidence } from "./evidence.js";

export const STAGE_WORDS: Record<Stage, string> = {
  shadow: "shadow",
  "reverse-shadow": "reverse shadow",
  "on-call-with-backup": "on call with backup",
  "on-call": "on call",
};

/** The evidence each stage asks for before the next, as threshold field and evidence kind. */
const GATES: Record<Stage, readonly { field: keyof ReadinessThresholds; kind: EvidenceKind }[]> = {
  shadow: [
    { field: "shadowShifts", kind: "shadow-shift" },
    { field: "incidentsSeen", kind: "incident-seen" },
    { field: "drills", kind: "drill" },
  ],
  "reverse-shadow": [
    { field: "reverseShadowShifts", kind: "reverse-shadow-shift" },
    { field: "incidentsHandled", kind: "incident-handled" },
  ],
  "on-call-with-backup": [],
  "on-call": [],
};

const MISSING_NOUN: Record<EvidenceKind, [string, string]> = {
  "shadow-shift": ["shadow shift", "shadow shifts"],
  "incident-seen": ["incident seen", "incidents seen"],
  drill: ["drill", "drills"],
  "reverse-shadow-shift": ["reverse-shadow shift", "reverse-shadow shifts"],
  "incident-handled": ["incident handled", "incidents handled"],
};

export interface GateStatus {
  kind: EvidenceKind;
  have: number;
  want: number;
  /** When the wanted count was reached (the date of the last item needed), null while short or when none is wanted. */
  metAt: string | null;
}

export interface ServiceReadiness extends ServiceEvidence {
  gates: GateStatus[];
  ready: boolean;
  /** "1 more shadow shift", one phrase per gate short of its threshold. */
  missing: string[];
}

export interface MenteeReadiness {
  mentee: string;
  stage: Stage;
  /** The stage after this one; null at on-call. */
  nextStage: Stage | null;
  services: ServiceReadiness[];
  /** Every learning service meets this stage's gates (false when there is nothing to judge). */
  ready: boolean;
  /** When the last gate was met, when ready and some evidence was wanted. */
  readySince: string | null;
  nextStep: string;
}

export function assessReadiness(
  mentee: { id: string; name: string; stage: Stage },
  evidence: readonly ServiceEvidence[],
  thresholds: ReadinessThresholds,
  serviceName: (id: string) => string = (id) => id,
): MenteeReadiness {
  const stage = mentee.stage;
  const nextStage = STAGES[STAGES.indexOf(stage) + 1] ?? null;
  const services = evidence.map((service) => serviceReadiness(service, GATES[stage], thresholds));
  const judged = services.filter((service) => service.learning);
  const ready = judged.length > 0 && judged.every((service) => service.ready);
  const metDates = judged.flatMap((s) => s.gates.map((g) => g.metAt)).filter((d): d is string => d !== null);
  const readySince = ready && metDates.length > 0 ? latest(metDates) : null;
  return {
    mentee: mentee.id,
    stage,
    nextStage,
    services,
    ready,
    readySince,
    nextStep: nextStepOf(mentee, stage, judged, ready, serviceName),
  };
}

function serviceReadiness(
  evidence: ServiceEvidence,
  gates: readonly { field: keyof ReadinessThresholds; kind: EvidenceKind }[],
  thresholds: ReadinessThresholds,
): ServiceReadiness {
  const statuses: GateStatus[] = gates.map(({ field, kind }) => {
    const items = evidence.items.filter((item) => item.kind === kind);
    const want = thresholds[field];
    return {
      kind,
      have: items.length,
      want,
      metAt: want > 0 && items.length >= want ? items[want - 1]!.at : null,
    };
  });
  const missing = statuses
    .filter((gate) => gate.have < gate.want)
    .map((gate) => {
      const short = gate.want - gate.have;
      const [one, many] = MISSING_NOUN[gate.kind];
      return `${short} more ${short === 1 ? one : many}`;
    });
  return { ...evidence, gates: statuses, ready: missing.length === 0, missing };
}

const HOW: Partial<Record<EvidenceKind, string>> = {
  "shadow-shift": "plan one with suggest_shadow_pairings",
  "incident-seen": "shadow a busier shift, or read its recent incidents with list_incidents",
  drill: "play a past incident with create_incident_drill",
  "reverse-shadow-shift": "plan one with suggest_shadow_pairings (they carry the pager, the mentor backs up)",
  "incident-handled": "keep reverse shadowing until a page comes in",
};

function nextStepOf(
  mentee: { id: string; name: string },
  stage: Stage,
  judged: readonly ServiceReadiness[],
  ready: boolean,
  serviceName: (id: string) => string,
): string {
  if (stage === "on-call") return `${mentee.name} is on call; nothing is missing.`;
  if (stage === "on-call-with-backup") {
    return `${mentee.name} is on call with a backup; when they have carried shifts without needing the backup, set stage: on-call for ${mentee.id} in team.yaml.`;
  }
  if (judged.length === 0) {
    return `${mentee.name} has no learning goals; list the services they are learning under learning in team.yaml.`;
  }
  if (ready) {
    const next = stage === "shadow" ? "reverse-shadow" : "on-call-with-backup";
    const then =
      next === "reverse-shadow"
        ? "then plan reverse-shadow pairings with suggest_shadow_pairings"
        : "then put them in the rotation with a named backup";
    return `${mentee.name} is ready for ${STAGE_WORDS[next]}: set stage: ${next} for ${mentee.id} in team.yaml, ${then}.`;
  }
  // The service furthest from ready leads: the most missing, then the order of the learning goals.
  const lagging = [...judged].sort((a, b) => shortfall(b) - shortfall(a))[0]!;
  const gate = lagging.gates.find((g) => g.have < g.want)!;
  return `On ${serviceName(lagging.service)}, ${lagging.missing.join(", ")}; next, ${HOW[gate.kind]}.`;
}

function shortfall(service: ServiceReadiness): number {
  return service.gates.reduce((sum, gate) => sum + Math.max(0, gate.want - gate.have), 0);
}

export type { EvidenceItem };

/** When the mentee met the gates of shadow (ready for reverse shadow) and of reverse shadow (ready for on call). */
export function stageDates(
  evidence: readonly ServiceEvidence[],
  thresholds: ReadinessThresholds,
): { readyForReverseShadow: string | null; readyForOnCall: string | null } {
  const at = (stage: Stage) => {
    const judged = evidence
      .filter((service) => service.learning)
      .map((service) => serviceReadiness(service, GATES[stage], thresholds));
    if (judged.length === 0 || !judged.every((service) => service.ready)) return null;
    const dates = judged.flatMap((s) => s.gates.map((g) => g.metAt)).filter((d): d is string => d !== null);
    return dates.length === 0 ? null : latest(dates);
  };
  const readyForReverseShadow = at("shadow");
  const onCall = at("reverse-shadow");
  return {
    readyForReverseShadow,
    readyForOnCall: readyForReverseShadow && onCall ? maxOf(readyForReverseShadow, onCall) : null,
  };
}

function maxOf(a: string, b: string): string {
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function latest(instants: readonly string[]): string {
  return instants.reduce(maxOf);
}
