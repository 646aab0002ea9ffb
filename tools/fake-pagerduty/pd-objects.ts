// PagerDuty-shaped objects (REST API v2) built from team.yaml records.
import { localToInstant, parseLocalDateTime } from "../../src/lib/time-zones.js";
import type { Engineer, RotationLength, Schedule, Service, Team } from "../../src/model.js";

export type PdObject = Record<string, unknown>;

export const API_ROOT = "https://api.pagerduty.com";
export const WEB_ROOT = "https://fake.pagerduty.com";

/** "2026-11-02T17:00:00Z": PagerDuty's own format, without milliseconds. */
export function pdTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

export function reference(kind: string, id: string, summary: string, collection = `${kind}s`): PdObject {
  return {
    id,
    type: `${kind}_reference`,
    summary,
    self: `${API_ROOT}/${collection}/${id}`,
    html_url: `${WEB_ROOT}/${collection}/${id}`,
  };
}

export function referenceTo(object: PdObject): PdObject {
  const type = String(object["type"]);
  const kind = type.endsWith("_reference") ? type.slice(0, -"_reference".length) : type;
  return reference(kind, String(object["id"]), String(object["summary"] ?? object["name"] ?? ""));
}

export function userObject(engineer: Engineer, id: string, teams: PdObject[]): PdObject {
  return {
    ...reference("user", id, engineer.name),
    type: "user",
    name: engineer.name,
    // PagerDuty requires an email; an engineer without one gets an address that joins to nobody.
    email: engineer.email ?? `${engineer.id}@example.invalid`,
    time_zone: engineer.timeZone,
    color: "purple",
    role: "user",
    description: null,
    invitation_sent: false,
    job_title: engineer.level,
    teams,
    contact_methods: [],
    notification_rules: [],
  };
}

export function teamObject(team: Team, id: string): PdObject {
  return { ...reference("team", id, team.name), type: "team", name: team.name };
}

export function serviceObject(
  service: Service,
  id: string,
  teams: PdObject[],
  escalationPolicy: PdObject,
  createdAt: string,
): PdObject {
  return {
    ...reference("service", id, service.name, "services"),
    html_url: `${WEB_ROOT}/service-directory/${id}`,
    type: "service",
    name: service.name,
    status: "active",
    created_at: createdAt,
    escalation_policy: escalationPolicy,
    teams,
    integrations: [],
    incident_urgency_rule: { type: "constant", urgency: "high" },
    acknowledgement_timeout: null,
    auto_resolve_timeout: null,
    alert_creation: "create_alerts_and_incidents",
  };
}

export function lengthSeconds(length: RotationLength): number {
  const hours = { h: 1, d: 24, w: 168 }[length.unit];
  return length.amount * hours * 3600;
}

/** The one layer a team.yaml rotation makes. Rendering goes through the model Schedule, not this. */
export function scheduleLayer(
  schedule: Schedule,
  layerId: string,
  userRef: (engineerId: string) => PdObject,
): PdObject {
  const rotation = schedule.rotation;
  if (!rotation) return { id: layerId, name: "Layer 1", users: [], restrictions: [] };
  const start = pdTime(localToInstant(parseLocalDateTime(rotation.start), schedule.timeZone).getTime());
  return {
    id: layerId,
    name: "Layer 1",
    start,
    end: null,
    rotation_virtual_start: start,
    rotation_turn_length_seconds: lengthSeconds(rotation.length),
    users: rotation.users.map((user) => ({ user: userRef(user) })),
    restrictions: [],
  };
}
