// A workspace of many small incident files (100,000 for the scale test and bench), written fast and
// deterministically: the synthetic payments team, and incidents spread evenly over SCALE_SPAN ending at the team's
// asOf.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { incidentObject, SYNTHETIC_TEAM_YAML } from "./synthetic-incidents.js";

export const SCALE_INCIDENTS = 100_000;
export const SCALE_UNTIL = "2026-11-24T00:00:00Z";
/** 150 days: inside list_incidents' 180-day window, about 4,700 incidents a week. */
export const SCALE_SPAN_MS = 150 * 86_400_000;
const ASSIGNEE = { id: "PALICE1", name: "Alice Chen" };

/** When the k-th of `count` incidents was created. */
export function scaleCreatedMs(k: number, count: number): number {
  const until = Date.parse(SCALE_UNTIL);
  return until - SCALE_SPAN_MS + Math.floor(((k + 0.5) * SCALE_SPAN_MS) / count);
}

/** Writes team.yaml and `count` one-line incident files into `dir`. */
export function writeScaleWorkspace(dir: string, count: number = SCALE_INCIDENTS): void {
  mkdirSync(join(dir, "incidents"), { recursive: true });
  writeFileSync(join(dir, "team.yaml"), SYNTHETIC_TEAM_YAML);
  for (let k = 0; k < count; k++) {
    const id = `QS${String(k).padStart(12, "0")}`;
    const created = scaleCreatedMs(k, count);
    const incident = incidentObject({
      id,
      number: 100_000 + k,
      title: `Synthetic incident ${k}`,
      createdMs: created,
      resolvedMs: created + 600_000,
      service: k % 2 === 0 ? "PSVC001" : "PSVC002",
      urgency: "high",
      assignee: ASSIGNEE,
      alerts: 1,
    });
    const file = { incident, log_entries: [], notes: [], alerts: [] };
    writeFileSync(join(dir, "incidents", `${id}.json`), JSON.stringify(file));
  }
}
