// The records every part of the server shares. Sources produce them; capabilities consume them.
// No vendor JSON travels past a source: everything here is the project's own shape.
// All instants are ISO 8601 strings in UTC ("2026-11-24T12:00:00.000Z") unless a field says otherwise.

export type Instant = string;

/** A person as incidents see them: joined to a team.yaml engineer when possible. */
export interface PersonRef {
  /** The engineer id from team.yaml when the person is known there, else the vendor's user id. */
  id: string;
  name: string;
  /** True when `id` is a team.yaml engineer id. */
  known: boolean;
}

export interface ServiceRef {
  /** The team.yaml service id when known, else the vendor's service id. */
  id: string;
  name: string;
}

export type IncidentStatus = "triggered" | "acknowledged" | "resolved";
export type Urgency = "high" | "low";

export interface Incident {
  /** PagerDuty incident id, e.g. "Q2K4GW9LZ1F0XW". */
  id: string;
  number: number;
  title: string;
  status: IncidentStatus;
  urgency: Urgency;
  /** Priority name such as "P1", or null. */
  priority: string | null;
  service: ServiceRef;
  teams: { id: string; name: string }[];
  escalationPolicy: { id: string; name: string } | null;
  assignees: PersonRef[];
  createdAt: Instant;
  /** When status is resolved: resolved_at, else last_status_change_at. Null while open. */
  resolvedAt: Instant | null;
  lastStatusChangeAt: Instant;
  url: string | null;
  incidentKey: string | null;
  /** Alert counts as the incident record reports them, when it does. */
  alertCounts: { all: number; triggered: number; resolved: number } | null;
}

export type LogEntryKind =
  | "trigger"
  | "acknowledge"
  | "unacknowledge"
  | "resolve"
  | "notify"
  | "assign"
  | "escalate"
  | "annotate"
  | "snooze"
  | "reach_trigger_limit"
  | "reach_ack_limit"
  | "priority_change"
  | "urgency_change"
  | "other";

export interface LogEntry {
  id: string;
  incidentId: string;
  kind: LogEntryKind;
  /** The vendor's own type, e.g. "notify_log_entry", kept for display. */
  rawType: string;
  at: Instant;
  /** The vendor's one-line summary of the entry. */
  summary: string;
  /** Who acted (the agent), when a person did. Null for services, integrations and the system. */
  actor: PersonRef | null;
  /** For notify: the person notified. For assign/escalate: the new assignees. */
  targets: PersonRef[];
  /** For notify: sms | phone | email | push | … For trigger: the channel type (api, web_trigger, …). */
  channel: string | null;
  /** For annotate: the note text. For resolve: a resolution message when one was given. */
  message: string | null;
  /** Escalation level reached, for escalate entries. */
  escalationLevel: number | null;
}

export interface Note {
  id: string;
  incidentId: string;
  at: Instant;
  author: PersonRef | null;
  content: string;
}

export interface Alert {
  id: string;
  /** alert_key (the de-duplication key), or null. */
  key: string | null;
  summary: string;
  status: "triggered" | "resolved";
  createdAt: Instant;
  severity: string | null;
  /** The alert body's details, as sent by the monitoring tool (user content: redact before output). */
  details: unknown;
}

// ---- Team ---------------------------------------------------------------------------------------

export type Level = "junior" | "mid" | "senior" | "staff";
/** The path from shadow to on call, in order: watch, then carry the pager with a backup, then alone. */
export const STAGES = ["shadow", "reverse-shadow", "on-call-with-backup", "on-call"] as const;
export type Stage = (typeof STAGES)[number];
/** shadow: the mentee watches the mentor's shift; reverse-shadow: the mentee carries it and the mentor backs up. */
export const SHADOW_ROLES = ["shadow", "reverse-shadow"] as const;
export type ShadowRole = (typeof SHADOW_ROLES)[number];
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

export interface WorkingHours {
  /** "HH:MM", local to the engineer's time zone. */
  start: string;
  end: string;
  days: Weekday[];
}

export interface Interval {
  start: Instant;
  /** Exclusive. */
  end: Instant;
}

export interface Unavailability extends Interval {
  reason: string | null;
}

export interface Engineer {
  id: string;
  name: string;
  email: string | null;
  /** IANA zone, e.g. "America/Los_Angeles". */
  timeZone: string;
  level: Level;
  mentor: boolean;
  mentee: boolean;
  /** Service ids the engineer knows well. */
  skills: string[];
  /** Service ids a mentee wants exposure to. */
  learning: string[];
  workingHours: WorkingHours;
  /** Whole local days already converted to UTC [start, end) intervals. */
  unavailable: Unavailability[];
  team: string | null;
  /** PagerDuty user id, once joined (PagerDuty mode). */
  pagerdutyUserId: string | null;
  /** Where they are on the path to on call; team.yaml fills it (mentees default to shadow, others to on-call). */
  stage?: Stage;
}

export interface Team {
  id: string;
  name: string;
  pagerdutyId: string | null;
}

export interface Service {
  id: string;
  name: string;
  /** Runbook path under the runbook root, when set. */
  runbook: string | null;
  pagerdutyId: string | null;
  team: string | null;
}

export type RotationLength = { amount: number; unit: "h" | "d" | "w" };

export interface Rotation {
  /** Local wall-clock "YYYY-MM-DDTHH:MM[:SS]" in the schedule's time zone. */
  start: string;
  length: RotationLength;
  /** Engineer ids, in rotation order. */
  users: string[];
}

export interface Override extends Interval {
  user: string;
}

export interface Schedule {
  id: string;
  name: string;
  timeZone: string;
  services: string[];
  /** Absent for schedules that only exist in PagerDuty (rendered there). */
  rotation: Rotation | null;
  overrides: Override[];
  pagerdutyId: string | null;
  team: string | null;
}

/** One rendered entry of a schedule: who is on call for [start, end). */
export interface Shift extends Interval {
  scheduleId: string;
  /** Engineer id when the on-call person is in team.yaml, else the vendor's user id. */
  user: string;
}

export interface ShadowRecord extends Interval {
  mentee: string;
  mentor: string;
  schedule: string;
  /** Absent means shadow. */
  role?: ShadowRole;
}

/** A finished drill (a role-play of a past incident), as recorded in team.yaml drillHistory. */
export interface DrillRecord {
  mentee: string;
  /** The incident played: its id (or number as text). */
  incident: string;
  service: string;
  at: Instant;
  /** Who ran it, an engineer id, when given. */
  runBy: string | null;
  notes: string | null;
}

/** Evidence wanted per learning service before moving on (team.yaml readiness; defaults in readiness-thresholds). */
export interface ReadinessThresholds {
  /** Before reverse shadow: shadow shifts covering the service. */
  shadowShifts: number;
  /** Before reverse shadow: incidents on the service seen on shadow shifts. */
  incidentsSeen: number;
  /** Before reverse shadow: drills of incidents on the service. */
  drills: number;
  /** Before on call with backup: reverse-shadow shifts covering the service. */
  reverseShadowShifts: number;
  /** Before on call with backup: incidents on the service during reverse-shadow shifts. */
  incidentsHandled: number;
}

export interface TeamDirectory {
  asOf: Instant | null;
  engineers: Engineer[];
  services: Service[];
  schedules: Schedule[];
  teams: Team[];
  shadowHistory: ShadowRecord[];
  /** Absent means none (team.yaml always fills it). */
  drillHistory?: DrillRecord[];
  /** Absent means the defaults. */
  readiness?: ReadinessThresholds;
}

// ---- Runbooks -----------------------------------------------------------------------------------

export interface RunbookFile {
  /** Path under the runbook root, with forward slashes, e.g. "payments-api.md" or "db/postgres.md". */
  path: string;
  content: string;
  /** Git blob sha in GitHub mode, a content hash in workspace mode. */
  version: string;
}
