// What a mentee has done on each service, from plain records: shadow and reverse-shadow shifts that are over, the
// incidents that fired on the service while they were on such a shift, and the drills they played. Pure.
import type { DrillRecord, Incident, ShadowRecord } from "../../model.js";

export type EvidenceKind =
  | "shadow-shift"
  | "incident-seen"
  | "drill"
  | "reverse-shadow-shift"
  | "incident-handled";

export interface EvidenceItem {
  kind: EvidenceKind;
  at: string;
  /** A mentor id for a shift, the incident number for an incident, the incident played for a drill. */
  ref: string;
  /** The incident's title, the schedule of a shift. */
  detail: string;
  url: string | null;
}

export interface ServiceEvidence {
  service: string;
  learning: boolean;
  items: EvidenceItem[];
}

interface ServiceIncidents {
  /** Creation times in milliseconds, ascending, beside the incidents in the same order. */
  times: number[];
  /** The same times as normalised ISO instants: made once here, not once per shift that saw the incident. */
  isos: string[];
  incidents: Incident[];
}

/** Incidents grouped by service, oldest first, so a shift finds its incidents by binary search. */
export type IncidentIndex = ReadonlyMap<string, ServiceIncidents>;

export function indexIncidents(incidents: readonly Incident[]): IncidentIndex {
  const byService = new Map<string, { at: number; incident: Incident }[]>();
  for (const incident of incidents) {
    const list = byService.get(incident.service.id) ?? [];
    list.push({ at: Date.parse(incident.createdAt), incident });
    byService.set(incident.service.id, list);
  }
  const index = new Map<string, ServiceIncidents>();
  for (const [service, list] of byService) {
    list.sort((a, b) => a.at - b.at);
    index.set(service, {
      times: list.map((e) => e.at),
      isos: list.map((e) => new Date(e.at).toISOString()),
      incidents: list.map((e) => e.incident),
    });
  }
  return index;
}

export interface EvidenceInput {
  mentee: { id: string; learning: readonly string[] };
  now: Date;
  /** The mentee's own shadow records (any order). */
  history: readonly ShadowRecord[];
  /** The mentee's own drills. */
  drills: readonly DrillRecord[];
  /** Schedule id → the services it covers. */
  servicesOf: (schedule: string) => readonly string[];
  incidents: IncidentIndex;
}

/** Evidence per service: learning goals first (in their order), then every other service met on a shift. */
export function gatherEvidence(input: EvidenceInput): ServiceEvidence[] {
  const now = input.now.getTime();
  const byService = new Map<string, EvidenceItem[]>();
  const itemsOf = (service: string) => {
    const list = byService.get(service) ?? [];
    if (list.length === 0) byService.set(service, list);
    return list;
  };
  for (const service of input.mentee.learning) itemsOf(service);

  for (const record of input.history) {
    const start = Date.parse(record.start);
    if (start >= now) continue;
    const over = Date.parse(record.end) <= now;
    const end = Math.min(Date.parse(record.end), now);
    const reverse = record.role === "reverse-shadow";
    const startIso = new Date(start).toISOString();
    for (const service of input.servicesOf(record.schedule)) {
      const items = itemsOf(service);
      if (over) {
        items.push({
          kind: reverse ? "reverse-shadow-shift" : "shadow-shift",
          at: startIso,
          ref: record.mentor,
          detail: record.schedule,
          url: null,
        });
      }
      const sorted = input.incidents.get(service);
      if (!sorted) continue;
      const [from, to] = incidentRange(sorted, start, end);
      for (let i = from; i < to; i++) {
        const incident = sorted.incidents[i]!;
        items.push({
          kind: reverse ? "incident-handled" : "incident-seen",
          at: sorted.isos[i]!,
          ref: String(incident.number),
          detail: incident.title,
          url: incident.url,
        });
      }
    }
  }
  for (const drill of input.drills) {
    if (Date.parse(drill.at) > now) continue;
    itemsOf(drill.service).push({
      kind: "drill",
      at: new Date(drill.at).toISOString(),
      ref: drill.incident,
      detail: drill.notes ?? "",
      url: null,
    });
  }
  return [...byService].map(([service, items]) => ({
    service,
    learning: input.mentee.learning.includes(service),
    // Every `at` is a normalised ISO instant, so text order is time order.
    items: dedupe(items).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind.localeCompare(b.kind))),
  }));
}

/** The index range of the incidents created in [start, end). */
function incidentRange(sorted: ServiceIncidents, start: number, end: number): [number, number] {
  const { times } = sorted;
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (times[mid]! < start) low = mid + 1;
    else high = mid;
  }
  let stop = low;
  while (stop < times.length && times[stop]! < end) stop++;
  return [low, stop];
}

/** Two overlapping shifts on the same service see the same incident once. */
function dedupe(items: EvidenceItem[]): EvidenceItem[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.kind}|${item.at}|${item.ref}|${item.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
