// Normalisers from PagerDuty REST API v2 JSON to the project's records. Shared by the workspace source
// (incidents/*.json) and the PagerDuty API source; pure, no I/O.
//
// Exported API (keep stable):
//   normaliseIncident(raw, joins, fail): Incident        raw = PagerDuty Incident
//   normaliseLogEntry(raw, joins, fail, incidentId?): LogEntry   incidentId when raw.incident is absent
//   normaliseNote(raw, incidentId, joins, fail): Note    raw = IncidentNote
//   normaliseAlert(raw, fail): Alert
//   teamJoins(team): RecordJoins                         the join rules of docs/workspace.md against team.yaml
//   logEntryKind(type): LogEntryKind
//   isOverviewEntry(entry): boolean                      false for notifications
//   type FailField = (field, problem) => never           the caller throws, naming its file or endpoint:
//     field is a dotted path inside the record ("service.id"), problem reads on from it ("is missing").
// Lenient where the API is loose (absent optional parts become null or []), strict where a field the record
// cannot do without (ids, times, status) is missing or malformed.

import { parseOffsetDateTime } from "../lib/time-zones.js";
import type {
  Alert,
  Incident,
  IncidentStatus,
  Instant,
  LogEntry,
  LogEntryKind,
  Note,
  PersonRef,
  ServiceRef,
  TeamDirectory,
  Urgency,
} from "../model.js";

export type FailField = (field: string, problem: string) => never;

/** A PagerDuty reference (or a full object returned through include[]). */
export interface PagerDutyRef {
  id: string;
  type: string | null;
  summary: string | null;
  name: string | null;
  email: string | null;
}

export interface RecordJoins {
  /** A user reference → a person, joined to a team.yaml engineer when one matches. */
  person(ref: PagerDutyRef): PersonRef;
  /** A service reference → the team.yaml service when one matches, else the vendor's id and name. */
  service(ref: PagerDutyRef): ServiceRef;
  /** A team reference → the team.yaml team when one matches. */
  team(ref: PagerDutyRef): { id: string; name: string };
}

/** Join rules of docs/workspace.md: people by PagerDuty id or email where the reference carries one, else by name. */
export function teamJoins(team: TeamDirectory): RecordJoins {
  const byPagerDutyId = new Map(
    team.engineers.flatMap((e) => (e.pagerdutyUserId ? [[e.pagerdutyUserId, e]] : [])),
  );
  const byEmail = new Map(team.engineers.flatMap((e) => (e.email ? [[e.email.toLowerCase(), e]] : [])));
  const byName = new Map(team.engineers.map((e) => [e.name, e]));
  const services = new Map(
    team.services.flatMap((s) => [
      [s.id, s] as const,
      ...(s.pagerdutyId ? [[s.pagerdutyId, s] as const] : []),
    ]),
  );
  const teams = new Map(
    team.teams.flatMap((t) => [[t.id, t] as const, ...(t.pagerdutyId ? [[t.pagerdutyId, t] as const] : [])]),
  );
  return {
    person(ref) {
      const engineer =
        byPagerDutyId.get(ref.id) ??
        (ref.email ? byEmail.get(ref.email.toLowerCase()) : undefined) ??
        (ref.summary ? byName.get(ref.summary) : undefined) ??
        (ref.name ? byName.get(ref.name) : undefined);
      if (engineer) return { id: engineer.id, name: engineer.name, known: true };
      return { id: ref.id, name: displayName(ref), known: false };
    },
    service(ref) {
      const service = services.get(ref.id);
      return service ? { id: service.id, name: service.name } : { id: ref.id, name: displayName(ref) };
    },
    team(ref) {
      const found = teams.get(ref.id);
      return found ? { id: found.id, name: found.name } : { id: ref.id, name: displayName(ref) };
    },
  };
}

function displayName(ref: PagerDutyRef): string {
  return ref.name ?? ref.summary ?? ref.id;
}

// ---- reading loose JSON -------------------------------------------------------------------------

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads fields of one JSON object, reporting problems by dotted path. */
class Fields {
  constructor(
    readonly raw: JsonObject,
    private readonly fail: FailField,
    private readonly prefix = "",
  ) {}

  path(key: string): string {
    return this.prefix + key;
  }

  requiredString(key: string): string {
    const value = this.raw[key];
    if (typeof value === "string" && value.length > 0) return value;
    if (value === undefined || value === null) return this.fail(this.path(key), "is missing");
    return this.fail(this.path(key), "must be a non-empty string");
  }

  optionalString(key: string): string | null {
    const value = this.raw[key];
    return typeof value === "string" && value.length > 0 ? value : null;
  }

  requiredInteger(key: string): number {
    const value = this.raw[key];
    if (typeof value === "number" && Number.isInteger(value)) return value;
    if (value === undefined || value === null) return this.fail(this.path(key), "is missing");
    return this.fail(this.path(key), "must be a whole number");
  }

  requiredInstant(key: string): Instant {
    const value = this.raw[key];
    if (value === undefined || value === null) return this.fail(this.path(key), "is missing");
    return this.instant(key, value);
  }

  optionalInstant(key: string): Instant | null {
    const value = this.raw[key];
    return value === undefined || value === null ? null : this.instant(key, value);
  }

  private instant(key: string, value: unknown): Instant {
    const instant = typeof value === "string" ? parseOffsetDateTime(value) : null;
    if (instant) return instant.toISOString();
    return this.fail(
      this.path(key),
      `must be an ISO 8601 date-time with an offset or Z, such as "2026-11-20T17:04:00Z"`,
    );
  }

  requiredEnum<T extends string>(key: string, allowed: readonly T[]): T {
    const value = this.requiredString(key);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return this.fail(this.path(key), `must be one of ${allowed.join(", ")}, not "${value}"`);
  }

  object(key: string): Fields | null {
    const value = this.raw[key];
    return isObject(value) ? new Fields(value, this.fail, `${this.path(key)}.`) : null;
  }

  requiredObject(key: string): Fields {
    const value = this.raw[key];
    if (isObject(value)) return new Fields(value, this.fail, `${this.path(key)}.`);
    if (value === undefined || value === null) return this.fail(this.path(key), "is missing");
    return this.fail(this.path(key), "must be an object");
  }

  /** Objects of an array field; a missing array is empty, an item that is not an object is skipped. */
  objects(key: string): Fields[] {
    const value = this.raw[key];
    if (!Array.isArray(value)) return [];
    return value.flatMap((item, index) =>
      isObject(item) ? [new Fields(item, this.fail, `${this.path(key)}[${index}].`)] : [],
    );
  }

  reference(): PagerDutyRef {
    return {
      id: this.requiredString("id"),
      type: this.optionalString("type"),
      summary: this.optionalString("summary"),
      name: this.optionalString("name"),
      email: this.optionalString("email"),
    };
  }
}

// ---- incidents ----------------------------------------------------------------------------------

const STATUSES: readonly IncidentStatus[] = ["triggered", "acknowledged", "resolved"];

export function normaliseIncident(raw: unknown, joins: RecordJoins, fail: FailField): Incident {
  if (!isObject(raw)) return fail("incident", "must be a PagerDuty Incident object");
  const f = new Fields(raw, fail);
  const status = f.requiredEnum("status", STATUSES);
  const createdAt = f.requiredInstant("created_at");
  const lastStatusChangeAt =
    f.optionalInstant("last_status_change_at") ?? f.optionalInstant("updated_at") ?? createdAt;
  const urgencyText = f.optionalString("urgency");
  const urgency: Urgency = urgencyText === "low" ? "low" : "high";
  const priority = f.object("priority");
  const policy = f.object("escalation_policy");
  const counts = f.object("alert_counts");
  return {
    id: f.requiredString("id"),
    number: f.requiredInteger("incident_number"),
    title: f.optionalString("title") ?? f.optionalString("summary") ?? f.requiredString("title"),
    status,
    urgency,
    priority: priority ? (priority.optionalString("name") ?? priority.optionalString("summary")) : null,
    service: joins.service(f.requiredObject("service").reference()),
    teams: f.objects("teams").map((team) => joins.team(team.reference())),
    escalationPolicy: policy ? nameOf(policy.reference()) : null,
    assignees: f.objects("assignments").flatMap((assignment) => {
      const assignee = assignment.object("assignee");
      return assignee ? [joins.person(assignee.reference())] : [];
    }),
    createdAt,
    resolvedAt: status === "resolved" ? (f.optionalInstant("resolved_at") ?? lastStatusChangeAt) : null,
    lastStatusChangeAt,
    url: f.optionalString("html_url"),
    incidentKey: f.optionalString("incident_key"),
    alertCounts: counts
      ? {
          all: countOf(counts, "all"),
          triggered: countOf(counts, "triggered"),
          resolved: countOf(counts, "resolved"),
        }
      : null,
  };
}

function nameOf(ref: PagerDutyRef): { id: string; name: string } {
  return { id: ref.id, name: displayName(ref) };
}

function countOf(counts: Fields, key: string): number {
  const value = counts.raw[key];
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
}

// ---- log entries --------------------------------------------------------------------------------

const KINDS: Record<string, LogEntryKind> = {
  trigger_log_entry: "trigger",
  acknowledge_log_entry: "acknowledge",
  unacknowledge_log_entry: "unacknowledge",
  resolve_log_entry: "resolve",
  notify_log_entry: "notify",
  assign_log_entry: "assign",
  // A delegation reassigns the incident to another escalation policy's people.
  delegate_log_entry: "assign",
  escalate_log_entry: "escalate",
  annotate_log_entry: "annotate",
  snooze_log_entry: "snooze",
  reach_trigger_limit_log_entry: "reach_trigger_limit",
  reach_ack_limit_log_entry: "reach_ack_limit",
  priority_change_log_entry: "priority_change",
  urgency_change_log_entry: "urgency_change",
};

export function logEntryKind(type: string): LogEntryKind {
  return KINDS[type] ?? "other";
}

/** Overview entries are what PagerDuty's is_overview=true returns: everything but notifications. */
export function isOverviewEntry(entry: LogEntry): boolean {
  return entry.kind !== "notify";
}

const NOTIFICATION_CHANNELS: Record<string, string> = {
  sms: "sms",
  sms_notification: "sms",
  phone: "phone",
  phone_notification: "phone",
  voice: "phone",
  email: "email",
  email_notification: "email",
  push: "push",
  push_notification: "push",
};

export function normaliseLogEntry(
  raw: unknown,
  joins: RecordJoins,
  fail: FailField,
  incidentId?: string,
): LogEntry {
  if (!isObject(raw)) return fail("log entry", "must be a PagerDuty LogEntry object");
  const f = new Fields(raw, fail);
  const rawType = f.requiredString("type");
  const kind = logEntryKind(rawType);
  const channel = f.object("channel");
  const channelType = channel?.optionalString("type") ?? null;
  const agent = f.object("agent");
  const agentRef = agent?.reference() ?? null;
  const incident = f.object("incident");
  const owningIncident = incident?.requiredString("id") ?? incidentId ?? f.requiredString("incident");
  const note = f.optionalString("note");

  let targets: PersonRef[] = [];
  let channelName: string | null = channelType;
  let message: string | null = null;
  let escalationLevel: number | null = null;
  switch (kind) {
    case "notify": {
      const notification = channel?.object("notification") ?? null;
      const user = f.object("user") ?? notification?.object("user") ?? null;
      targets = user ? [joins.person(user.reference())] : [];
      const notificationType = notification?.optionalString("type") ?? channelType;
      channelName = notificationType ? (NOTIFICATION_CHANNELS[notificationType] ?? notificationType) : null;
      break;
    }
    case "assign":
    case "escalate":
      targets = f.objects("assignees").map((assignee) => joins.person(assignee.reference()));
      if (kind === "escalate") escalationLevel = escalationLevelOf(f);
      break;
    case "annotate":
      message = note ?? channel?.optionalString("summary") ?? channel?.optionalString("content") ?? null;
      break;
    case "resolve":
      message = note ?? channel?.optionalString("message") ?? null;
      break;
    default:
      message = note;
  }

  return {
    id: f.requiredString("id"),
    incidentId: owningIncident,
    kind,
    rawType,
    at: f.requiredInstant("created_at"),
    summary: f.optionalString("summary") ?? rawType.replace(/_log_entry$/, "").replaceAll("_", " "),
    actor: agentRef && isPersonRef(agentRef) ? joins.person(agentRef) : null,
    targets,
    channel: channelName,
    message,
    escalationLevel,
  };
}

/** People act as user references; services, integrations and the system do not count as actors. */
function isPersonRef(ref: PagerDutyRef): boolean {
  return ref.type === null || ref.type === "user_reference" || ref.type === "user";
}

/** PagerDuty does not document a level field; the summary reads "Escalated … to level 2 …". */
function escalationLevelOf(f: Fields): number | null {
  const explicit = f.raw["escalation_level"] ?? f.raw["level"];
  if (typeof explicit === "number" && Number.isInteger(explicit)) return explicit;
  const match = /level\s+(\d+)/i.exec(f.optionalString("summary") ?? "");
  return match ? Number(match[1]) : null;
}

// ---- notes and alerts ---------------------------------------------------------------------------

export function normaliseNote(raw: unknown, incidentId: string, joins: RecordJoins, fail: FailField): Note {
  if (!isObject(raw)) return fail("note", "must be a PagerDuty IncidentNote object");
  const f = new Fields(raw, fail);
  const user = f.object("user");
  const ref = user?.reference() ?? null;
  return {
    id: f.requiredString("id"),
    incidentId,
    at: f.requiredInstant("created_at"),
    // A bot user is a service writing the note, not a person.
    author: ref && ref.type !== "bot_user_reference" ? joins.person(ref) : null,
    content: typeof raw["content"] === "string" ? raw["content"] : f.requiredString("content"),
  };
}

export function normaliseAlert(raw: unknown, fail: FailField): Alert {
  if (!isObject(raw)) return fail("alert", "must be a PagerDuty Alert object");
  const f = new Fields(raw, fail);
  const body = f.object("body");
  const details = body ? (body.raw["details"] ?? null) : null;
  return {
    id: f.requiredString("id"),
    key: f.optionalString("alert_key"),
    summary: f.optionalString("summary") ?? (isObject(details) ? summaryFromDetails(details) : null) ?? "",
    status: f.requiredEnum("status", ["triggered", "resolved"] as const),
    createdAt: f.requiredInstant("created_at"),
    severity: f.optionalString("severity"),
    details,
  };
}

function summaryFromDetails(details: JsonObject): string | null {
  const summary = details["summary"] ?? details["description"];
  return typeof summary === "string" ? summary : null;
}
