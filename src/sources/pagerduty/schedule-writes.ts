// Schedule reads and writes the shadowing capability needs in PagerDuty mode, beyond the ScheduleSource port:
// find a schedule by name, create one, list, create and delete overrides. People are named by team.yaml engineer id
// (or by PagerDuty user id for people team.yaml does not know).
import { NotFoundError, UpstreamError, UserInputError } from "../../lib/errors.js";
import type { Instant, TeamDirectory } from "../../model.js";
import type { FetchContext } from "../../ports/sources.js";
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
import { resolveSchedule } from "./schedule-join.js";
import type { UserDirectory } from "./user-directory.js";

export interface PagerDutyScheduleRef {
  /** PagerDuty's schedule id. */
  id: string;
  name: string;
  timeZone: string;
}

export interface ScheduleOverride {
  /** PagerDuty's override id; null only before it exists. */
  id: string | null;
  start: Instant;
  end: Instant;
  /** Engineer id when the person is in team.yaml, else the PagerDuty user id. */
  user: string;
}

export interface NewScheduleLayer {
  name?: string;
  start: Instant;
  /** When the first turn starts (users[0] on call from here). */
  rotationVirtualStart: Instant;
  turnLengthSeconds: number;
  /** Engineer ids (or PagerDuty user ids), in rotation order. */
  users: string[];
}

export interface NewSchedule {
  name: string;
  /** IANA zone. */
  timeZone: string;
  description?: string;
  layers: NewScheduleLayer[];
}

export interface PagerDutyScheduleWrites {
  /** The schedule whose name is exactly `name`, or null. */
  findScheduleByName(name: string, ctx?: FetchContext): Promise<PagerDutyScheduleRef | null>;
  createSchedule(schedule: NewSchedule, ctx?: FetchContext): Promise<PagerDutyScheduleRef>;
  /** Overrides of a schedule (team.yaml id or PagerDuty id) overlapping [since, until). */
  listOverrides(
    scheduleId: string,
    since: Instant,
    until: Instant,
    ctx?: FetchContext,
  ): Promise<ScheduleOverride[]>;
  createOverrides(
    scheduleId: string,
    overrides: Omit<ScheduleOverride, "id">[],
    ctx?: FetchContext,
  ): Promise<ScheduleOverride[]>;
  /**
   * PagerDuty removes an override that has not started, ends one under way at its own "now", and refuses past ones
   * (do not ask). False when it is not there (404).
   */
  deleteOverride(scheduleId: string, overrideId: string, ctx?: FetchContext): Promise<boolean>;
}

export function createPagerDutyScheduleWrites(
  client: PagerDutyClient,
  directory: UserDirectory,
): PagerDutyScheduleWrites {
  const scheduleNotFound = (id: string) => () =>
    new NotFoundError(`PagerDuty has no schedule ${id}; check its id, or its pagerdutyId in team.yaml.`);

  return {
    async findScheduleByName(name, ctx) {
      const wanted = name.trim();
      const raws = await readAllPages(async (offset, limit) => {
        const data = await client.request(
          { method: "GET", path: "/schedules", query: { query: wanted, offset, limit } },
          ctx,
        );
        return offsetPage(data, "schedules", "GET /schedules", (item) => item);
      }, "schedules");
      const found = raws.find((raw) => raw["name"] === wanted);
      return found ? scheduleRef(found, "GET /schedules") : null;
    },

    async createSchedule(schedule, ctx) {
      const { team } = await directory.load(ctx);
      const body = {
        schedule: {
          type: "schedule",
          name: schedule.name,
          time_zone: schedule.timeZone,
          ...(schedule.description ? { description: schedule.description } : {}),
          schedule_layers: schedule.layers.map((layer, index) => ({
            name: layer.name ?? `Layer ${index + 1}`,
            start: layer.start,
            rotation_virtual_start: layer.rotationVirtualStart,
            rotation_turn_length_seconds: layer.turnLengthSeconds,
            users: layer.users.map((user) => ({
              user: { id: pagerDutyUserId(user, team), type: "user_reference" },
            })),
          })),
        },
      };
      const data = await client.request({ method: "POST", path: "/schedules", body }, ctx);
      return scheduleRef(objectField(data, "schedule", "POST /schedules"), "POST /schedules");
    },

    async listOverrides(scheduleId, since, until, ctx) {
      const { team, joins } = await directory.load(ctx);
      const { pagerDutyId } = await resolveSchedule(scheduleId, team, client, ctx);
      const path = `/schedules/${encodeURIComponent(pagerDutyId)}/overrides`;
      // overflow: overrides reaching past since or until come whole, not cut at them, so their times match exactly.
      const data = await client.request(
        {
          method: "GET",
          path,
          query: { since, until, overflow: true },
          notFound: scheduleNotFound(scheduleId),
        },
        ctx,
      );
      return listField(data, "overrides", `GET ${path}`).map((raw, index) =>
        override(raw, `overrides[${index}]`, joins),
      );
    },

    async createOverrides(scheduleId, overrides, ctx) {
      if (overrides.length === 0) return [];
      const { team, joins } = await directory.load(ctx);
      const { pagerDutyId } = await resolveSchedule(scheduleId, team, client, ctx);
      const path = `/schedules/${encodeURIComponent(pagerDutyId)}/overrides`;
      const operation = `POST ${path}`;
      const body = {
        overrides: overrides.map((o) => ({
          start: o.start,
          end: o.end,
          user: { id: pagerDutyUserId(o.user, team), type: "user_reference" },
        })),
      };
      const data = await client.request(
        { method: "POST", path, body, notFound: scheduleNotFound(scheduleId) },
        ctx,
      );
      if (!Array.isArray(data)) throw malformed(operation, "without a list of results");
      const created: ScheduleOverride[] = [];
      const refused: string[] = [];
      data.forEach((result: unknown, index) => {
        const status = isObject(result) ? result["status"] : undefined;
        if (
          isObject(result) &&
          isObject(result["override"]) &&
          (status === undefined || Number(status) < 300)
        ) {
          created.push(override(result["override"], `[${index}].override`, joins));
          return;
        }
        const errors =
          isObject(result) && Array.isArray(result["errors"]) ? result["errors"].join("; ") : "refused";
        refused.push(`override ${index + 1} (${errors})`);
      });
      if (refused.length > 0) {
        throw new UpstreamError(
          "PagerDuty",
          `PagerDuty created ${created.length} of ${overrides.length} overrides on schedule ${scheduleId} and refused ${refused.join(", ")}.`,
          null,
          false,
        );
      }
      return created;
    },

    async deleteOverride(scheduleId, overrideId, ctx) {
      const { team } = await directory.load(ctx);
      const { pagerDutyId } = await resolveSchedule(scheduleId, team, client, ctx);
      const path = `/schedules/${encodeURIComponent(pagerDutyId)}/overrides/${encodeURIComponent(overrideId)}`;
      const gone = new NotFoundError(`PagerDuty has no override ${overrideId} on schedule ${scheduleId}.`);
      try {
        await client.request({ method: "DELETE", path, notFound: () => gone }, ctx);
        return true;
      } catch (error) {
        if (error === gone) return false;
        throw error;
      }
    },
  };
}

/** Engineer id → PagerDuty user id (joined by email); any other id is taken to be PagerDuty's. */
function pagerDutyUserId(id: string, team: TeamDirectory): string {
  const engineer = team.engineers.find((e) => e.id === id);
  if (!engineer) return id;
  if (engineer.pagerdutyUserId) return engineer.pagerdutyUserId;
  throw new UserInputError(
    `Engineer ${id} has no PagerDuty user; set engineers[].email for ${id} in team.yaml to the email of their PagerDuty user.`,
  );
}

function scheduleRef(raw: JsonObject, operation: string): PagerDutyScheduleRef {
  const id = stringField(raw, "id", `the schedule from ${operation}`);
  return {
    id,
    name: typeof raw["name"] === "string" ? raw["name"] : id,
    timeZone: typeof raw["time_zone"] === "string" ? raw["time_zone"] : "UTC",
  };
}

function override(raw: JsonObject, at: string, joins: RecordJoins): ScheduleOverride {
  const user = raw["user"];
  if (!isObject(user))
    throw new UpstreamError("PagerDuty", `PagerDuty sent ${at} without a user.`, null, false);
  return {
    id: typeof raw["id"] === "string" ? raw["id"] : null,
    start: new Date(stringField(raw, "start", at)).toISOString(),
    end: new Date(stringField(raw, "end", at)).toISOString(),
    user: joins.person(referenceOf(user, `${at}.user`)).id,
  };
}
