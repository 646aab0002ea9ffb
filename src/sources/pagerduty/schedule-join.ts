// team.yaml schedules ↔ PagerDuty schedules: by pagerdutyId, else (for a team.yaml schedule without one) by name.
import { NotFoundError } from "../../lib/errors.js";
import type { Schedule, TeamDirectory } from "../../model.js";
import type { FetchContext } from "../../ports/sources.js";
import type { PagerDutyClient } from "./http-client.js";
import { readAllPages } from "./paging.js";
import { type JsonObject, offsetPage } from "./response-shapes.js";

/** The team.yaml schedule a PagerDuty schedule is. Pure. */
export function teamScheduleFor(raw: JsonObject, team: TeamDirectory): Schedule | undefined {
  const id = raw["id"];
  const name = raw["name"];
  return (
    team.schedules.find((s) => s.pagerdutyId !== null && s.pagerdutyId === id) ??
    team.schedules.find((s) => s.pagerdutyId === null && s.name === name)
  );
}

export interface ResolvedSchedule {
  pagerDutyId: string;
  /** The team.yaml schedule, when team.yaml knows it. */
  known: Schedule | undefined;
}

/** A schedule named by team.yaml id or PagerDuty id → its PagerDuty id; asks PagerDuty only to match by name. */
export async function resolveSchedule(
  scheduleId: string,
  team: TeamDirectory,
  client: PagerDutyClient,
  ctx?: FetchContext,
): Promise<ResolvedSchedule> {
  const known = team.schedules.find((s) => s.id === scheduleId || s.pagerdutyId === scheduleId);
  if (!known) return { pagerDutyId: scheduleId, known: undefined };
  if (known.pagerdutyId) return { pagerDutyId: known.pagerdutyId, known };
  const candidates = await readAllPages(async (offset, limit) => {
    const data = await client.request(
      { method: "GET", path: "/schedules", query: { query: known.name, offset, limit } },
      ctx,
    );
    return offsetPage(data, "schedules", "GET /schedules", (item) => item);
  }, "schedules");
  const match = candidates.find((raw) => raw["name"] === known.name && typeof raw["id"] === "string");
  if (!match) {
    throw new NotFoundError(
      `PagerDuty has no schedule named "${known.name}" for schedule ${known.id}; set its pagerdutyId in team.yaml (schedules[].pagerdutyId).`,
    );
  }
  return { pagerDutyId: match["id"] as string, known };
}
