import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseOffsetDateTime
} from "./chunk-X76O3TIG.js";

// src/sources/pagerduty-records.ts
function teamJoins(team) {
  let byPagerDutyId = new Map(
    team.engineers.flatMap((e) => e.pagerdutyUserId ? [[e.pagerdutyUserId, e]] : [])
  ), byEmail = new Map(team.engineers.flatMap((e) => e.email ? [[e.email.toLowerCase(), e]] : [])), byName = new Map(team.engineers.map((e) => [e.name, e])), services = new Map(
    team.services.flatMap((s) => [
      [s.id, s],
      ...s.pagerdutyId ? [[s.pagerdutyId, s]] : []
    ])
  ), teams = new Map(
    team.teams.flatMap((t) => [[t.id, t], ...t.pagerdutyId ? [[t.pagerdutyId, t]] : []])
  );
  return {
    person(ref) {
      let engineer = byPagerDutyId.get(ref.id) ?? (ref.email ? byEmail.get(ref.email.toLowerCase()) : void 0) ?? (ref.summary ? byName.get(ref.summary) : void 0) ?? (ref.name ? byName.get(ref.name) : void 0);
      return engineer ? { id: engineer.id, name: engineer.name, known: !0 } : { id: ref.id, name: displayName(ref), known: !1 };
    },
    service(ref) {
      let service = services.get(ref.id);
      return service ? { id: service.id, name: service.name } : { id: ref.id, name: displayName(ref) };
    },
    team(ref) {
      let found = teams.get(ref.id);
      return found ? { id: found.id, name: found.name } : { id: ref.id, name: displayName(ref) };
    }
  };
}
function displayName(ref) {
  return ref.name ?? ref.summary ?? ref.id;
}
function isObject(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
var Fields = class _Fields {
  constructor(raw, fail, prefix = "") {
    this.raw = raw;
    this.fail = fail;
    this.prefix = prefix;
  }
  raw;
  fail;
  prefix;
  path(key) {
    return this.prefix + key;
  }
  requiredString(key) {
    let value = this.raw[key];
    return typeof value == "string" && value.length > 0 ? value : value == null ? this.fail(this.path(key), "is missing") : this.fail(this.path(key), "must be a non-empty string");
  }
  optionalString(key) {
    let value = this.raw[key];
    return typeof value == "string" && value.length > 0 ? value : null;
  }
  requiredInteger(key) {
    let value = this.raw[key];
    return typeof value == "number" && Number.isInteger(value) ? value : value == null ? this.fail(this.path(key), "is missing") : this.fail(this.path(key), "must be a whole number");
  }
  requiredInstant(key) {
    let value = this.raw[key];
    return value == null ? this.fail(this.path(key), "is missing") : this.instant(key, value);
  }
  optionalInstant(key) {
    let value = this.raw[key];
    return value == null ? null : this.instant(key, value);
  }
  instant(key, value) {
    let instant = typeof value == "string" ? parseOffsetDateTime(value) : null;
    return instant ? instant.toISOString() : this.fail(
      this.path(key),
      'must be an ISO 8601 date-time with an offset or Z, such as "2026-11-20T17:04:00Z"'
    );
  }
  requiredEnum(key, allowed) {
    let value = this.requiredString(key);
    return allowed.includes(value) ? value : this.fail(this.path(key), `must be one of ${allowed.join(", ")}, not "${value}"`);
  }
  object(key) {
    let value = this.raw[key];
    return isObject(value) ? new _Fields(value, this.fail, `${this.path(key)}.`) : null;
  }
  requiredObject(key) {
    let value = this.raw[key];
    return isObject(value) ? new _Fields(value, this.fail, `${this.path(key)}.`) : value == null ? this.fail(this.path(key), "is missing") : this.fail(this.path(key), "must be an object");
  }
  /** Objects of an array field; a missing array is empty, an item that is not an object is skipped. */
  objects(key) {
    let value = this.raw[key];
    return Array.isArray(value) ? value.flatMap(
      (item, index) => isObject(item) ? [new _Fields(item, this.fail, `${this.path(key)}[${index}].`)] : []
    ) : [];
  }
  reference() {
    return {
      id: this.requiredString("id"),
      type: this.optionalString("type"),
      summary: this.optionalString("summary"),
      name: this.optionalString("name"),
      email: this.optionalString("email")
    };
  }
}, STATUSES = ["triggered", "acknowledged", "resolved"];
function normaliseIncident(raw, joins, fail) {
  if (!isObject(raw)) return fail("incident", "must be a PagerDuty Incident object");
  let f = new Fields(raw, fail), status = f.requiredEnum("status", STATUSES), createdAt = f.requiredInstant("created_at"), lastStatusChangeAt = f.optionalInstant("last_status_change_at") ?? f.optionalInstant("updated_at") ?? createdAt, urgency = f.optionalString("urgency") === "low" ? "low" : "high", priority = f.object("priority"), policy = f.object("escalation_policy"), counts = f.object("alert_counts");
  return {
    id: f.requiredString("id"),
    number: f.requiredInteger("incident_number"),
    title: f.optionalString("title") ?? f.optionalString("summary") ?? f.requiredString("title"),
    status,
    urgency,
    priority: priority ? priority.optionalString("name") ?? priority.optionalString("summary") : null,
    service: joins.service(f.requiredObject("service").reference()),
    teams: f.objects("teams").map((team) => joins.team(team.reference())),
    escalationPolicy: policy ? nameOf(policy.reference()) : null,
    assignees: f.objects("assignments").flatMap((assignment) => {
      let assignee = assignment.object("assignee");
      return assignee ? [joins.person(assignee.reference())] : [];
    }),
    createdAt,
    resolvedAt: status === "resolved" ? f.optionalInstant("resolved_at") ?? lastStatusChangeAt : null,
    lastStatusChangeAt,
    url: f.optionalString("html_url"),
    incidentKey: f.optionalString("incident_key"),
    alertCounts: counts ? {
      all: countOf(counts, "all"),
      triggered: countOf(counts, "triggered"),
      resolved: countOf(counts, "resolved")
    } : null
  };
}
function nameOf(ref) {
  return { id: ref.id, name: displayName(ref) };
}
function countOf(counts, key) {
  let value = counts.raw[key];
  return typeof value == "number" && Number.isInteger(value) && value >= 0 ? value : 0;
}
var KINDS = {
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
  urgency_change_log_entry: "urgency_change"
};
function logEntryKind(type) {
  return KINDS[type] ?? "other";
}
function isOverviewEntry(entry) {
  return entry.kind !== "notify";
}
var NOTIFICATION_CHANNELS = {
  sms: "sms",
  sms_notification: "sms",
  phone: "phone",
  phone_notification: "phone",
  voice: "phone",
  email: "email",
  email_notification: "email",
  push: "push",
  push_notification: "push"
};
function normaliseLogEntry(raw, joins, fail, incidentId) {
  if (!isObject(raw)) return fail("log entry", "must be a PagerDuty LogEntry object");
  let f = new Fields(raw, fail), rawType = f.requiredString("type"), kind = logEntryKind(rawType), channel = f.object("channel"), channelType = channel?.optionalString("type") ?? null, agentRef = f.object("agent")?.reference() ?? null, owningIncident = f.object("incident")?.requiredString("id") ?? incidentId ?? f.requiredString("incident"), note = f.optionalString("note"), targets = [], channelName = channelType, message = null, escalationLevel = null;
  switch (kind) {
    case "notify": {
      let notification = channel?.object("notification") ?? null, user = f.object("user") ?? notification?.object("user") ?? null;
      targets = user ? [joins.person(user.reference())] : [];
      let notificationType = notification?.optionalString("type") ?? channelType;
      channelName = notificationType ? NOTIFICATION_CHANNELS[notificationType] ?? notificationType : null;
      break;
    }
    case "assign":
    case "escalate":
      targets = f.objects("assignees").map((assignee) => joins.person(assignee.reference())), kind === "escalate" && (escalationLevel = escalationLevelOf(f));
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
    escalationLevel
  };
}
function isPersonRef(ref) {
  return ref.type === null || ref.type === "user_reference" || ref.type === "user";
}
function escalationLevelOf(f) {
  let explicit = f.raw.escalation_level ?? f.raw.level;
  if (typeof explicit == "number" && Number.isInteger(explicit)) return explicit;
  let match = /level\s+(\d+)/i.exec(f.optionalString("summary") ?? "");
  return match ? Number(match[1]) : null;
}
function normaliseNote(raw, incidentId, joins, fail) {
  if (!isObject(raw)) return fail("note", "must be a PagerDuty IncidentNote object");
  let f = new Fields(raw, fail), ref = f.object("user")?.reference() ?? null;
  return {
    id: f.requiredString("id"),
    incidentId,
    at: f.requiredInstant("created_at"),
    // A bot user is a service writing the note, not a person.
    author: ref && ref.type !== "bot_user_reference" ? joins.person(ref) : null,
    content: typeof raw.content == "string" ? raw.content : f.requiredString("content")
  };
}
function normaliseAlert(raw, fail) {
  if (!isObject(raw)) return fail("alert", "must be a PagerDuty Alert object");
  let f = new Fields(raw, fail), body = f.object("body"), details = body ? body.raw.details ?? null : null;
  return {
    id: f.requiredString("id"),
    key: f.optionalString("alert_key"),
    summary: f.optionalString("summary") ?? (isObject(details) ? summaryFromDetails(details) : null) ?? "",
    status: f.requiredEnum("status", ["triggered", "resolved"]),
    createdAt: f.requiredInstant("created_at"),
    severity: f.optionalString("severity"),
    details
  };
}
function summaryFromDetails(details) {
  let summary = details.summary ?? details.description;
  return typeof summary == "string" ? summary : null;
}

export {
  teamJoins,
  normaliseIncident,
  isOverviewEntry,
  normaliseLogEntry,
  normaliseNote,
  normaliseAlert
};
