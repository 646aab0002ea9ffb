// Schedules rendered from team.yaml rotations (the workspace source's own renderer), and their overrides.
import { formatLocalDateTime, instantToLocal, isValidTimeZone } from "../../../src/lib/time-zones.js";
import type { RotationLength, Schedule, Shift } from "../../../src/model.js";
import { renderSchedule } from "../../../src/sources/workspace/rotation.js";
import { derivedId } from "../ids.js";
import { pageOf, parsePaging, single } from "../paging.js";
import { invalidInput, notFound } from "../pd-errors.js";
import { type PdObject, pdTime } from "../pd-objects.js";
import type { FakePagerDutyState, ScheduleRecord } from "../state.js";
import { type Handler, objectField, queryTime } from "./context.js";

const TWO_WEEKS_MS = 14 * 86_400_000;

function findScheduleOr404(state: FakePagerDutyState, id: string | undefined): ScheduleRecord {
  const record = id === undefined ? undefined : state.schedules.get(id);
  if (!record) throw notFound();
  return record;
}

function entries(state: FakePagerDutyState, shifts: Shift[]): PdObject[] {
  return shifts.map((shift) => ({
    start: pdTime(Date.parse(shift.start)),
    end: pdTime(Date.parse(shift.end)),
    user: state.userRefForEngineer(shift.user),
  }));
}

function coverage(shifts: Shift[], since: number, until: number): number {
  const covered = shifts.reduce((sum, shift) => sum + (Date.parse(shift.end) - Date.parse(shift.start)), 0);
  return Math.round((covered / (until - since)) * 10_000) / 100;
}

function renderedSchedule(
  state: FakePagerDutyState,
  record: ScheduleRecord,
  since: number,
  until: number,
): PdObject {
  const from = new Date(since);
  const to = new Date(until);
  const final = renderSchedule(record.model, from, to);
  const layerOnly = renderSchedule({ ...record.model, overrides: [] }, from, to);
  const overridesOnly = renderSchedule({ ...record.model, rotation: null }, from, to);
  const [layer, ...otherLayers] = record.object["schedule_layers"] as PdObject[];
  return {
    ...record.object,
    schedule_layers: [
      ...(layer
        ? [
            {
              ...layer,
              rendered_schedule_entries: entries(state, layerOnly),
              rendered_coverage_percentage: coverage(layerOnly, since, until),
            },
          ]
        : []),
      ...otherLayers,
    ],
    final_schedule: {
      name: "Final Schedule",
      rendered_schedule_entries: entries(state, final),
      rendered_coverage_percentage: coverage(final, since, until),
    },
    overrides_subschedule: {
      name: "Overrides",
      rendered_schedule_entries: entries(state, overridesOnly),
      rendered_coverage_percentage: coverage(overridesOnly, since, until),
    },
  };
}

export const listSchedules: Handler = ({ state, query }) => {
  const paging = parsePaging(query);
  const text = single(query, "query")?.toLowerCase();
  const schedules = [...state.schedules.values()]
    .map((record) => record.object)
    .filter((schedule) => !text || String(schedule["name"]).toLowerCase().includes(text));
  return { status: 200, body: pageOf("schedules", schedules, paging) };
};

export const getSchedule: Handler = ({ state, params, query }) => {
  const record = findScheduleOr404(state, params["id"]);
  const givenSince = queryTime(query, "since");
  const givenUntil = queryTime(query, "until");
  if (givenSince === undefined && givenUntil === undefined) {
    const unrendered = {
      name: "Final Schedule",
      rendered_schedule_entries: [],
      rendered_coverage_percentage: null,
    };
    return { status: 200, body: { schedule: { ...record.object, final_schedule: unrendered } } };
  }
  // PagerDuty: since defaults to 2 weeks before until, until to 2 weeks after since.
  const since = givenSince ?? givenUntil! - TWO_WEEKS_MS;
  const until = givenUntil ?? since + TWO_WEEKS_MS;
  if (since >= until) throw invalidInput("Since must be before until.");
  return { status: 200, body: { schedule: renderedSchedule(state, record, since, until) } };
};

function rotationLength(seconds: unknown): RotationLength {
  if (typeof seconds !== "number" || !Number.isInteger(seconds) || seconds <= 0 || seconds % 3600 !== 0) {
    throw invalidInput(
      "Rotation turn length seconds must be a positive whole number of hours (the fake's limit).",
    );
  }
  if (seconds % 604_800 === 0) return { amount: seconds / 604_800, unit: "w" };
  if (seconds % 86_400 === 0) return { amount: seconds / 86_400, unit: "d" };
  return { amount: seconds / 3600, unit: "h" };
}

function knownUserId(state: FakePagerDutyState, reference: unknown): string {
  const id = typeof reference === "object" && reference !== null ? (reference as PdObject)["id"] : undefined;
  if (typeof id !== "string" || !state.user(id)) throw invalidInput(`User ${String(id)} does not exist.`);
  return id;
}

/** The highest layer wins, as in PagerDuty where nothing restricts it; restrictions are not rendered. */
export const createSchedule: Handler = ({ state, body }) => {
  const input = objectField(body, "schedule");
  const name = input?.["name"];
  const timeZone = input?.["time_zone"];
  const layers = input?.["schedule_layers"];
  if (typeof name !== "string" || name === "") throw invalidInput("Schedule name is required.");
  if (typeof timeZone !== "string" || !isValidTimeZone(timeZone)) throw invalidInput("Time zone is invalid.");
  if (!Array.isArray(layers) || layers.length === 0) throw invalidInput("Schedule layers must not be empty.");
  const top = layers[layers.length - 1] as PdObject;
  const virtualStart = Date.parse(String(top["rotation_virtual_start"] ?? top["start"]));
  if (Number.isNaN(virtualStart)) throw invalidInput("Rotation virtual start is not a valid date-time.");
  const users = Array.isArray(top["users"]) ? (top["users"] as PdObject[]) : [];
  if (users.length === 0) throw invalidInput("A schedule layer needs at least one user.");
  const id = derivedId("schedule", `${name}:${state.schedules.size}`);
  const model: Schedule = {
    id,
    name,
    timeZone,
    services: [],
    rotation: {
      start: formatLocalDateTime(instantToLocal(new Date(virtualStart), timeZone)),
      length: rotationLength(top["rotation_turn_length_seconds"]),
      users: users.map((entry) => state.engineerForUserId(knownUserId(state, entry["user"]))),
    },
    overrides: [],
    pagerdutyId: id,
    team: null,
  };
  const record = state.addSchedule(model);
  if (typeof input?.["description"] === "string") record.object["description"] = input["description"];
  return { status: 201, body: { schedule: record.object } };
};

export const listOverrides: Handler = ({ state, params, query }) => {
  const record = findScheduleOr404(state, params["id"]);
  const since = queryTime(query, "since");
  const until = queryTime(query, "until");
  if (since === undefined || until === undefined) throw invalidInput("Since and until are required.");
  const overrides = record.overrides.filter(
    (override) =>
      Date.parse(String(override["start"])) < until && Date.parse(String(override["end"])) > since,
  );
  // PagerDuty's description documents this listing as 201.
  return { status: 201, body: { overrides } };
};

export const createOverrides: Handler = ({ state, params, body }) => {
  const record = findScheduleOr404(state, params["id"]);
  const requested = (body as PdObject | undefined)?.["overrides"];
  if (!Array.isArray(requested) || requested.length === 0)
    throw invalidInput("Overrides must be a non-empty list.");
  const results = (requested as PdObject[]).map((input) => {
    const start = Date.parse(String(input["start"]));
    const end = Date.parse(String(input["end"]));
    const userId = objectField(input, "user")?.["id"];
    const errors: string[] = [];
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start)
      errors.push("Start must be a date-time before end.");
    if (typeof userId !== "string" || !state.user(userId))
      errors.push(`User ${String(userId)} does not exist.`);
    if (errors.length > 0) return { status: 400, errors, override: input };
    return { status: 201, override: state.addOverride(record, pdTime(start), pdTime(end), String(userId)) };
  });
  return { status: 201, body: results };
};

/**
 * PagerDuty's description: an override that has not started is removed (204), one under way is cut short at the
 * current time (200), and "you cannot remove a past override", with no status documented for that: the fake answers
 * 400, which the response check reports as undocumented.
 */
export const deleteOverride: Handler = ({ state, params, now }) => {
  const record = findScheduleOr404(state, params["id"]);
  const override = record.overrides.find((candidate) => candidate["id"] === params["override_id"]);
  if (!override) throw notFound();
  const nowMs = now();
  if (Date.parse(String(override["end"])) <= nowMs) throw invalidInput("You cannot remove a past override.");
  if (Date.parse(String(override["start"])) < nowMs) {
    state.endOverride(record, override, pdTime(nowMs));
    return { status: 200, body: undefined };
  }
  state.removeOverride(record, override);
  return { status: 204, body: undefined };
};
