// ScheduleSource over the PagerDuty REST API: schedules joined to team.yaml (schedule-join.ts), rendered by PagerDuty.
import { NotFoundError } from "../../lib/errors.js";
import type { Shift, TeamDirectory } from "../../model.js";
import type { FetchContext, ScheduleSource, ScheduleSummary } from "../../ports/sources.js";
import type { RecordJoins } from "../pagerduty-records.js";
import type { PagerDutyClient } from "./http-client.js";
import { readAllPages } from "./paging.js";
import {
  isObject,
  type JsonObject,
  listField,
  malformed,
  objectField,
  offsetPage,
  referenceOf,
  stringField,
} from "./response-shapes.js";
import { resolveSchedule, teamScheduleFor } from "./schedule-join.js";
import type { UserDirectory } from "./user-directory.js";

export function createPagerDutyScheduleSource(
  client: PagerDutyClient,
  directory: UserDirectory,
): ScheduleSource {
  return {
    async listSchedules(ctx?: FetchContext): Promise<ScheduleSummary[]> {
      const [raws, { team, joins }] = await Promise.all([
        readAllPages(async (offset, limit) => {
          const data = await client.request(
            { method: "GET", path: "/schedules", query: { offset, limit } },
            ctx,
          );
          return offsetPage(data, "schedules", "GET /schedules", (item) => item);
        }, "schedules"),
        directory.load(ctx),
      ]);
      return raws.map((raw, index) => scheduleSummary(raw, `schedules[${index}]`, team, joins));
    },

    async renderSchedule(scheduleId, since, until, ctx): Promise<Shift[]> {
      const { team, joins } = await directory.load(ctx);
      const { pagerDutyId, known } = await resolveSchedule(scheduleId, team, client, ctx);
      const path = `/schedules/${encodeURIComponent(pagerDutyId)}`;
      const data = await client.request(
        {
          method: "GET",
          path,
          query: { since, until },
          notFound: () =>
            new NotFoundError(
              `PagerDuty has no schedule ${scheduleId}; check its id, or its pagerdutyId in team.yaml.`,
            ),
        },
        ctx,
      );
      const operation = `GET ${path}`;
      const schedule = objectField(data, "schedule", operation);
      const final = schedule["final_schedule"];
      const entries = isObject(final) ? listField(final, "rendered_schedule_entries", operation) : [];
      return renderedShifts(entries, known?.id ?? pagerDutyId, since, until, joins, operation);
    },
  };
}

/** A PagerDuty schedule as the port describes it, with team.yaml's id, zone and services when it knows the schedule. */
export function scheduleSummary(
  raw: JsonObject,
  at: string,
  team: TeamDirectory,
  joins: RecordJoins,
): ScheduleSummary {
  const id = stringField(raw, "id", at);
  const known = teamScheduleFor(raw, team);
  const name = typeof raw["name"] === "string" && raw["name"] ? raw["name"] : (known?.name ?? id);
  const zone = typeof raw["time_zone"] === "string" && raw["time_zone"] ? raw["time_zone"] : "UTC";
  const firstTeam = Array.isArray(raw["teams"]) ? raw["teams"].find(isObject) : undefined;
  const pagerDutyTeam =
    firstTeam && typeof firstTeam["id"] === "string"
      ? joins.team(referenceOf(firstTeam, `${at}.teams[0]`)).id
      : null;
  return {
    id: known?.id ?? id,
    name,
    timeZone: known?.timeZone ?? zone,
    services: known?.services ?? [],
    team: known?.team ?? pagerDutyTeam,
  };
}

/** final_schedule entries → shifts clipped to [since, until), oldest first; entries with nobody on call are gaps. */
export function renderedShifts(
  entries: JsonObject[],
  scheduleId: string,
  since: string,
  until: string,
  joins: RecordJoins,
  operation: string,
): Shift[] {
  const from = Date.parse(since);
  const to = Date.parse(until);
  const shifts: Shift[] = [];
  entries.forEach((entry, index) => {
    const at = `rendered_schedule_entries[${index}]`;
    const start = Date.parse(stringField(entry, "start", at));
    const end = Date.parse(stringField(entry, "end", at));
    if (Number.isNaN(start) || Number.isNaN(end))
      throw malformed(operation, `with ${at} whose start or end is not a date-time`);
    const user = entry["user"];
    if (!isObject(user) || typeof user["id"] !== "string") return;
    const clippedStart = Math.max(start, from);
    const clippedEnd = Math.min(end, to);
    if (clippedStart >= clippedEnd) return;
    shifts.push({
      scheduleId,
      user: joins.person(referenceOf(user, `${at}.user`)).id,
      start: new Date(clippedStart).toISOString(),
      end: new Date(clippedEnd).toISOString(),
    });
  });
  return shifts.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
