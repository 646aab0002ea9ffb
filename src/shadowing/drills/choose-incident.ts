// Which past incident to drill: resolved, on a service the mentee is learning, neither seen on their shifts nor
// drilled before; the service they have drilled least first, then high urgency, then the most recent. Pure.
import type { Incident } from "../../model.js";

export interface DrillChoiceInput {
  candidates: readonly Incident[];
  learning: readonly string[];
  /** Ids and numbers (as text) of incidents the mentee saw, handled or drilled. */
  excluded: ReadonlySet<string>;
  /** Service id → drills the mentee has done on it. */
  drillsPerService: ReadonlyMap<string, number>;
}

export function chooseDrillIncident(input: DrillChoiceInput): Incident | null {
  const eligible = input.candidates.filter(
    (incident) =>
      incident.status === "resolved" &&
      input.learning.includes(incident.service.id) &&
      !input.excluded.has(incident.id) &&
      !input.excluded.has(String(incident.number)),
  );
  const drills = (incident: Incident) => input.drillsPerService.get(incident.service.id) ?? 0;
  eligible.sort(
    (a, b) =>
      drills(a) - drills(b) ||
      Number(b.urgency === "high") - Number(a.urgency === "high") ||
      Date.parse(b.createdAt) - Date.parse(a.createdAt),
  );
  return eligible[0] ?? null;
}
