// The fake's in-memory PagerDuty account: incidents with their log entries, notes and alerts, users, services,
// teams, schedules and overrides. Indexed for the queries the API answers; mutated by POSTs, DELETEs and by tests.
import type { Schedule, TeamDirectory } from "../../src/model.js";
import { derivedId } from "./ids.js";
import {
  type PdObject,
  pdTime,
  reference,
  scheduleLayer,
  serviceObject,
  teamObject,
  userObject,
} from "./pd-objects.js";
import { TimeIndex } from "./time-index.js";

/** One incident as a workspace file holds it: each part in PagerDuty's REST API v2 shape. */
export interface IncidentFile {
  incident: PdObject;
  log_entries?: PdObject[];
  notes?: PdObject[];
  alerts?: PdObject[];
}

/** What the incident files tell about the account that team.yaml does not. */
export interface SeedHints {
  /**
   * PagerDuty user ids the files already use, by the name they carry: an engineer without a `pagerdutyId` takes the
   * one under their name, so the files' references resolve to users of the account.
   */
  userIdsByName?: ReadonlyMap<string, string>;
  /** The escalation policy reference incidents of a service carry, by service id (workspace or PagerDuty). */
  escalationPolicyByService?: ReadonlyMap<string, PdObject>;
}

export interface IncidentRecord {
  incident: PdObject;
  id: string;
  number: number;
  createdMs: number;
  logEntries: TimeIndex<PdObject>;
  overviewLogEntries: TimeIndex<PdObject>;
  notes: PdObject[];
  alerts: PdObject[];
}

export interface ScheduleRecord {
  id: string;
  /** What renderSchedule reads; overrides posted through the API are appended here. */
  model: Schedule;
  object: PdObject;
  overrides: PdObject[];
}

// Notifications are the detail an overview leaves out; state changes, notes and escalations stay.
const DETAIL_ONLY_TYPES = new Set(["notify_log_entry"]);

export function isOverviewEntry(entry: PdObject): boolean {
  return !DETAIL_ONLY_TYPES.has(String(entry["type"]));
}

function timeOf(value: unknown, what: string): number {
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error(`${what} has no valid created_at (got ${JSON.stringify(value)}).`);
  return ms;
}

export class FakePagerDutyState {
  readonly incidents = new Map<string, IncidentRecord>();
  /** Incidents by created_at. */
  readonly incidentIndex = new TimeIndex<IncidentRecord>();
  /** Every incident's log entries by created_at, and the overview subset: for GET /log_entries. */
  readonly logEntries = new TimeIndex<PdObject>();
  readonly overviewLogEntries = new TimeIndex<PdObject>();
  readonly users: PdObject[] = [];
  readonly services: PdObject[] = [];
  readonly teams: PdObject[] = [];
  readonly schedules = new Map<string, ScheduleRecord>();

  private readonly incidentsByNumber = new Map<number, IncidentRecord>();
  private readonly usersById = new Map<string, PdObject>();
  private readonly userIdByEngineer = new Map<string, string>();
  private readonly engineerByUserId = new Map<string, string>();
  private readonly serviceIdByWorkspaceId = new Map<string, string>();
  private createdCount = 0;
  /** team.yaml `asOf` in epoch milliseconds, when set: the fake's default clock. */
  readonly seededAsOf: number | null;

  constructor(directory: TeamDirectory | null = null, hints: SeedHints = {}) {
    this.seededAsOf = directory?.asOf ? Date.parse(directory.asOf) : null;
    if (directory)
      this.seedDirectory(directory, this.seededAsOf ?? Date.parse("2026-01-01T00:00:00Z"), hints);
  }

  private seedDirectory(directory: TeamDirectory, seededAtMs: number, hints: SeedHints): void {
    const userIdsByName = hints.userIdsByName ?? new Map<string, string>();
    const policies = hints.escalationPolicyByService ?? new Map<string, PdObject>();
    const teamIds = new Map<string, string>();
    for (const team of directory.teams) {
      const id = team.pagerdutyId ?? derivedId("team", team.id);
      teamIds.set(team.id, id);
      this.teams.push(teamObject(team, id));
    }
    const teamRefs = (teamId: string | null) => {
      const team = this.teams.find((candidate) => candidate["id"] === teamIds.get(teamId ?? ""));
      return team ? [reference("team", String(team["id"]), String(team["name"]))] : [];
    };
    for (const engineer of directory.engineers) {
      const id =
        engineer.pagerdutyUserId ?? userIdsByName.get(engineer.name) ?? derivedId("user", engineer.id);
      this.userIdByEngineer.set(engineer.id, id);
      this.engineerByUserId.set(id, engineer.id);
      const user = userObject(engineer, id, teamRefs(engineer.team));
      this.users.push(user);
      this.usersById.set(id, user);
    }
    for (const service of directory.services) {
      const id = service.pagerdutyId ?? derivedId("service", service.id);
      this.serviceIdByWorkspaceId.set(service.id, id);
      const policy =
        policies.get(id) ??
        policies.get(service.id) ??
        reference(
          "escalation_policy",
          derivedId("policy", service.id),
          `${service.name} policy`,
          "escalation_policies",
        );
      this.services.push(serviceObject(service, id, teamRefs(service.team), policy, pdTime(seededAtMs)));
    }
    for (const schedule of directory.schedules) this.addSchedule(schedule);
  }

  // ---- people ----------------------------------------------------------------------------------

  user(id: string): PdObject | undefined {
    return this.usersById.get(id);
  }

  userByEmail(email: string): PdObject | undefined {
    const wanted = email.trim().toLowerCase();
    return this.users.find((user) => String(user["email"]).toLowerCase() === wanted);
  }

  /** A user reference for a team.yaml engineer id (or a PagerDuty user id the fake does not know). */
  userRefForEngineer(engineerId: string): PdObject {
    const userId = this.userIdByEngineer.get(engineerId) ?? engineerId;
    const user = this.usersById.get(userId);
    return reference("user", userId, user ? String(user["name"]) : userId);
  }

  engineerForUserId(userId: string): string {
    return this.engineerByUserId.get(userId) ?? userId;
  }

  // ---- incidents -------------------------------------------------------------------------------

  /** Seeds one incident; also how benchmarks add synthetic data. Returns the stored incident. */
  addIncident(file: IncidentFile): PdObject {
    const incident = this.withPagerDutyServiceId(file.incident);
    const id = incident["id"];
    const number = incident["incident_number"];
    if (typeof id !== "string" || id === "") throw new Error("The incident has no string id.");
    if (typeof number !== "number") throw new Error(`Incident ${id} has no numeric incident_number.`);
    if (this.incidents.has(id)) throw new Error(`Incident ${id} is seeded twice.`);
    const record: IncidentRecord = {
      incident,
      id,
      number,
      createdMs: timeOf(incident["created_at"], `Incident ${id}`),
      logEntries: new TimeIndex(),
      overviewLogEntries: new TimeIndex(),
      notes: [...(file.notes ?? [])],
      alerts: (file.alerts ?? []).map((alert) => this.withPagerDutyServiceId(alert)),
    };
    this.incidents.set(id, record);
    this.incidentsByNumber.set(number, record);
    this.incidentIndex.add(record.createdMs, record);
    for (const entry of file.log_entries ?? []) this.addLogEntry(record, entry);
    return incident;
  }

  /** By id, or by incident number as PagerDuty also accepts. */
  findIncident(idOrNumber: string): IncidentRecord | undefined {
    const byId = this.incidents.get(idOrNumber);
    if (byId) return byId;
    return /^\d+$/.test(idOrNumber) ? this.incidentsByNumber.get(Number(idOrNumber)) : undefined;
  }

  addLogEntry(record: IncidentRecord, raw: PdObject): PdObject {
    const summary = `[#${record.number}] ${String(record.incident["title"] ?? "")}`;
    const entry = this.withPagerDutyServiceId({
      ...raw,
      incident: raw["incident"] ?? reference("incident", record.id, summary),
    });
    const ms = timeOf(entry["created_at"], `A log entry of incident ${record.id}`);
    record.logEntries.add(ms, entry);
    this.logEntries.add(ms, entry);
    if (isOverviewEntry(entry)) {
      record.overviewLogEntries.add(ms, entry);
      this.overviewLogEntries.add(ms, entry);
    }
    return entry;
  }

  /** A note by `user`, with the annotate log entry PagerDuty records beside it. */
  addNote(record: IncidentRecord, content: string, user: PdObject, nowMs: number): PdObject {
    const sequence = ++this.createdCount;
    const userRef = reference("user", String(user["id"]), String(user["name"]));
    const note: PdObject = {
      id: derivedId("note", `${record.id}:${sequence}`),
      user: userRef,
      channel: { summary: "The PagerDuty REST API" },
      content,
      created_at: pdTime(nowMs),
    };
    record.notes.push(note);
    this.addLogEntry(record, {
      id: derivedId("log", `${record.id}:${sequence}`, 13, "R"),
      type: "annotate_log_entry",
      summary: "Note added",
      self: null,
      html_url: null,
      created_at: pdTime(nowMs),
      agent: userRef,
      channel: { type: "note", summary: content },
      note: content,
    });
    return note;
  }

  private withPagerDutyServiceId(object: PdObject): PdObject {
    const service = object["service"];
    if (typeof service !== "object" || service === null) return object;
    const serviceRef = service as PdObject;
    const pagerDutyId = this.serviceIdByWorkspaceId.get(String(serviceRef["id"]));
    if (!pagerDutyId) return object;
    return { ...object, service: { ...serviceRef, id: pagerDutyId } };
  }

  // ---- schedules -------------------------------------------------------------------------------

  addSchedule(model: Schedule): ScheduleRecord {
    const id = model.pagerdutyId ?? derivedId("schedule", model.id);
    const users = [...new Set(model.rotation?.users ?? [])].map((user) => this.userRefForEngineer(user));
    const object: PdObject = {
      ...reference("schedule", id, model.name),
      type: "schedule",
      name: model.name,
      time_zone: model.timeZone,
      users,
      teams: [],
      escalation_policies: [],
      schedule_layers: [
        scheduleLayer(model, derivedId("layer", id), (user) => this.userRefForEngineer(user)),
      ],
    };
    const record: ScheduleRecord = {
      id,
      model: { ...model, overrides: [...model.overrides] },
      object,
      overrides: model.overrides.map((override, index) => ({
        id: derivedId("override", `${id}:${index}`),
        start: pdTime(Date.parse(override.start)),
        end: pdTime(Date.parse(override.end)),
        user: this.userRefForEngineer(override.user),
      })),
    };
    this.schedules.set(id, record);
    return record;
  }

  addOverride(record: ScheduleRecord, start: string, end: string, userId: string): PdObject {
    const override: PdObject = {
      id: derivedId("override", `${record.id}:${record.overrides.length}:${++this.createdCount}`),
      start,
      end,
      user: this.userRefForEngineer(this.engineerForUserId(userId)),
    };
    record.overrides.push(override);
    record.model.overrides.push({ user: this.engineerForUserId(userId), start, end });
    return override;
  }

  /** Takes the override off the schedule (`record.overrides` and the rendered model's list run in step). */
  removeOverride(record: ScheduleRecord, override: PdObject): void {
    const index = record.overrides.indexOf(override);
    if (index === -1) return;
    record.overrides.splice(index, 1);
    record.model.overrides.splice(index, 1);
  }

  /** Ends the override at `end` (an override under way, deleted). */
  endOverride(record: ScheduleRecord, override: PdObject, end: string): void {
    const index = record.overrides.indexOf(override);
    if (index === -1) return;
    override["end"] = end;
    record.model.overrides[index] = { ...record.model.overrides[index]!, end };
  }
}
