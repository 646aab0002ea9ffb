// Accumulates what happened to one incident and emits it as PagerDuty REST API v2 JSON: the incident, its
// log entries (oldest first), notes and alerts, each in the shape GET /incidents/{id}[/log_entries|/notes|/alerts]
// returns.
import {
  API_URL,
  escalationPolicyRefOf,
  incidentRef,
  integrationRef,
  type PriorityName,
  priorityRef,
  type Reference,
  serviceRef,
  teamRefOf,
  userRef,
  WEB_URL,
} from "./pagerduty-refs.js";
import type { IdMint } from "./prng.js";
import type { DemoEngineer, DemoService } from "./team.js";
import { isoSeconds } from "./time.js";

export type JsonObject = { [key: string]: unknown };

export interface IncidentFile {
  incident: JsonObject;
  log_entries: JsonObject[];
  notes: JsonObject[];
  alerts: JsonObject[];
}

export type Urgency = "high" | "low";
export type NotificationMethod = "push" | "sms" | "phone" | "email";
export type Severity = "critical" | "error" | "warning" | "info";

export interface AlertSpec {
  key: string;
  summary: string;
  severity: Severity;
  /** The monitoring tool's payload (custom_details), shown as body.details. */
  details: JsonObject;
  /** Links the monitoring tool attached (dashboards, runbooks). */
  links?: { href: string; text: string }[];
}

export interface IncidentOptions {
  number: number;
  title: string;
  service: DemoService;
  urgency: Urgency;
  priority: PriorityName | null;
  /** The monitoring integration's name, e.g. "Prometheus Alertmanager". */
  source: string;
  /** Minutes before an unacknowledged incident escalates (for pending_actions of open incidents). */
  escalationDelayMinutes: number;
}

const NOTIFICATION_WORDS: Record<NotificationMethod, string> = {
  push: "push notification",
  sms: "SMS",
  phone: "phone",
  email: "email",
};

type Status = "triggered" | "acknowledged" | "resolved";

export class IncidentBuilder {
  readonly id: string;
  private readonly entries: JsonObject[] = [];
  private readonly notes: JsonObject[] = [];
  private readonly alerts: JsonObject[] = [];
  private status: Status = "triggered";
  private createdAt: Date | null = null;
  private firstTrigger: JsonObject | null = null;
  private firstAlertKey: string | null = null;
  private assignments: { at: Date; assignee: DemoEngineer }[] = [];
  private acknowledgements: { at: Date; by: DemoEngineer }[] = [];
  private lastStatusChange: { at: Date; by: Reference } | null = null;
  private resolvedAt: Date | null = null;
  private directlyAssigned = false;
  private grouping: { startedAt: Date; endedAt: Date } | null = null;

  constructor(
    private readonly ids: IdMint,
    private readonly options: IncidentOptions,
  ) {
    this.id = ids.mint("Q", 14);
  }

  get service(): DemoService {
    return this.options.service;
  }

  get urgency(): Urgency {
    return this.options.urgency;
  }

  get currentStatus(): Status {
    return this.status;
  }

  private get ref(): Reference {
    return incidentRef(this.id, this.options.number, this.options.title);
  }

  private entry(type: string, at: Date, summary: string, agent: Reference, channel: JsonObject): JsonObject {
    const id = this.ids.mint("R", 14);
    const entry: JsonObject = {
      id,
      type,
      summary,
      self: `${API_URL}/log_entries/${id}?incident_id=${this.id}`,
      html_url: `${WEB_URL}/incidents/${this.id}/log_entries/${id}`,
      created_at: isoSeconds(at),
      agent,
      channel,
      // As in PagerDuty's documented log entry responses: the incident is referenced, the service is not.
      incident: this.ref,
      teams: [teamRefOf(this.options.service)],
      contexts: [],
    };
    this.entries.push(entry);
    return entry;
  }

  /** A new alert: the first one triggers the incident, later ones are grouped into it. */
  trigger(at: Date, alert: AlertSpec, assignee: DemoEngineer): void {
    const entry = this.entry(
      "trigger_log_entry",
      at,
      "Triggered through the API.",
      serviceRef(this.options.service),
      { type: "api", summary: alert.summary, incident_key: alert.key },
    );
    entry["event_details"] = { description: alert.summary };
    if (!this.firstTrigger) {
      this.firstTrigger = entry;
      this.createdAt = at;
      this.firstAlertKey = alert.key;
      this.assignments = [{ at, assignee }];
      this.lastStatusChange = { at, by: serviceRef(this.options.service) };
    } else {
      this.grouping = { startedAt: this.grouping?.startedAt ?? this.createdAt!, endedAt: at };
    }
    this.alerts.push(this.alertObject(at, alert, entry));
  }

  private alertObject(at: Date, alert: AlertSpec, trigger: JsonObject): JsonObject {
    const id = this.ids.mint("Q", 14);
    const service = this.options.service;
    return {
      id,
      type: "alert",
      summary: alert.summary,
      self: `${API_URL}/alerts/${id}`,
      html_url: `${WEB_URL}/alerts/${id}`,
      created_at: isoSeconds(at),
      status: "triggered",
      alert_key: alert.key,
      service: serviceRef(service),
      first_trigger_log_entry: logEntryRef(trigger),
      incident: this.ref,
      suppressed: false,
      severity: alert.severity,
      integration: integrationRef(service, this.options.source),
      body: {
        type: "alert_body",
        contexts: (alert.links ?? []).map((link) => ({ type: "link", href: link.href, text: link.text })),
        details: alert.details,
      },
    };
  }

  notify(at: Date, who: DemoEngineer, method: NotificationMethod): void {
    const address = method === "email" ? who.email : method === "push" ? null : who.phone;
    const entry = this.entry(
      "notify_log_entry",
      at,
      `Notified ${who.name} by ${NOTIFICATION_WORDS[method]}.`,
      serviceRef(this.options.service),
      {
        type: method,
        notification: {
          type: `${method}_notification`,
          started_at: isoSeconds(at),
          // PagerDuty leaves the address out for push notifications.
          ...(address ? { address } : {}),
          status: "success",
        },
      },
    );
    entry["user"] = userRef(who);
  }

  escalate(at: Date, level: number, to: DemoEngineer): void {
    const entry = this.entry(
      "escalate_log_entry",
      at,
      `Escalated to level ${level} (${to.name}) by timeout.`,
      serviceRef(this.options.service),
      { type: "timeout" },
    );
    entry["assignees"] = [userRef(to)];
    this.assignments = [{ at, assignee: to }];
  }

  /** Hands the incident to other people (PagerDuty's "Reassign"), e.g. a specialist or extra responders. */
  reassign(at: Date, by: DemoEngineer, to: DemoEngineer[]): void {
    const names = to.map((e) => e.name).join(", ");
    const entry = this.entry("assign_log_entry", at, `Assigned to ${names} by ${by.name}.`, userRef(by), {
      type: "website",
    });
    entry["assignees"] = to.map(userRef);
    this.assignments = to.map((assignee) => ({ at, assignee }));
    this.acknowledgements = [];
    this.directlyAssigned = true;
    // Reassigning puts an acknowledged incident back to triggered until the new assignee acknowledges.
    if (this.status === "acknowledged") {
      this.status = "triggered";
      this.lastStatusChange = { at, by: userRef(by) };
    }
  }

  acknowledge(at: Date, by: DemoEngineer, via: "website" | "sms"): void {
    this.entry("acknowledge_log_entry", at, `Acknowledged by ${by.name}.`, userRef(by), { type: via });
    this.status = "acknowledged";
    this.acknowledgements = [{ at, by }];
    this.lastStatusChange = { at, by: userRef(by) };
  }

  annotate(at: Date, by: DemoEngineer, content: string): void {
    this.entry("annotate_log_entry", at, `${by.name} added a note.`, userRef(by), {
      type: "note",
      summary: content,
    });
    this.notes.push({
      id: this.ids.mint("P", 7),
      user: userRef(by),
      channel: { summary: "The PagerDuty website or APIs" },
      content,
      created_at: isoSeconds(at),
      updated_at: isoSeconds(at),
    });
  }

  resolve(at: Date, by: DemoEngineer, resolution: string | null): void {
    const entry = this.entry("resolve_log_entry", at, `Resolved by ${by.name}.`, userRef(by), {
      type: "website",
    });
    if (resolution) entry["note"] = resolution;
    this.markResolved(at, userRef(by));
  }

  /** The monitoring tool sent a resolve event: the condition cleared on its own. */
  resolveByMonitor(at: Date, summary: string): void {
    const agent = serviceRef(this.options.service);
    this.entry("resolve_log_entry", at, "Resolved through the API.", agent, { type: "api", summary });
    this.markResolved(at, agent);
  }

  private markResolved(at: Date, by: Reference): void {
    this.status = "resolved";
    this.resolvedAt = at;
    this.lastStatusChange = { at, by };
    this.assignments = [];
    this.acknowledgements = [];
  }

  build(asOf: Date): IncidentFile {
    if (!this.firstTrigger || !this.createdAt || !this.lastStatusChange) {
      throw new Error(`Incident #${this.options.number} was never triggered.`);
    }
    const last = byCreatedAt(this.entries).at(-1)!;
    if (new Date(String(last["created_at"])).getTime() > asOf.getTime()) {
      throw new Error(`Incident #${this.options.number} has log entries after asOf.`);
    }
    const resolved = this.status === "resolved";
    for (const alert of this.alerts) alert["status"] = resolved ? "resolved" : "triggered";
    const service = this.options.service;
    const escalateAt = new Date(this.createdAt.getTime() + this.options.escalationDelayMinutes * 60_000);
    const incident: JsonObject = {
      id: this.id,
      type: "incident",
      summary: this.ref.summary,
      self: this.ref.self,
      html_url: this.ref.html_url,
      incident_number: this.options.number,
      title: this.options.title,
      created_at: isoSeconds(this.createdAt),
      updated_at: last["created_at"],
      status: this.status,
      incident_key: this.firstAlertKey,
      service: serviceRef(service),
      assignments: this.assignments.map((a) => ({ at: isoSeconds(a.at), assignee: userRef(a.assignee) })),
      assigned_via: this.directlyAssigned ? "direct_assignment" : "escalation_policy",
      last_status_change_at: isoSeconds(this.lastStatusChange.at),
      last_status_change_by: this.lastStatusChange.by,
      resolved_at: this.resolvedAt ? isoSeconds(this.resolvedAt) : null,
      first_trigger_log_entry: logEntryRef(this.firstTrigger),
      alert_counts: {
        all: this.alerts.length,
        triggered: resolved ? 0 : this.alerts.length,
        resolved: resolved ? this.alerts.length : 0,
      },
      is_mergeable: true,
      incident_type: { name: "incident_default" },
      escalation_policy: escalationPolicyRefOf(service),
      teams: [teamRefOf(service)],
      pending_actions:
        this.status === "triggered" && escalateAt.getTime() > asOf.getTime()
          ? [{ type: "escalate", at: isoSeconds(escalateAt) }]
          : [],
      acknowledgements: this.acknowledgements.map((a) => ({
        at: isoSeconds(a.at),
        acknowledger: userRef(a.by),
      })),
      ...(this.grouping
        ? {
            alert_grouping: {
              grouping_type: "advanced",
              started_at: isoSeconds(this.grouping.startedAt),
              ended_at: isoSeconds(this.grouping.endedAt),
              alert_grouping_active: false,
            },
          }
        : {}),
      priority: this.options.priority ? priorityRef(this.options.priority) : null,
      urgency: this.options.urgency,
    };
    return {
      incident,
      log_entries: byCreatedAt(this.entries),
      notes: byCreatedAt(this.notes),
      alerts: byCreatedAt(this.alerts),
    };
  }
}

function logEntryRef(entry: JsonObject): Reference {
  return {
    id: String(entry["id"]),
    type: `${String(entry["type"])}_reference`,
    summary: String(entry["summary"]),
    self: String(entry["self"]),
    html_url: String(entry["html_url"]),
  };
}

/** Oldest first; records at the same second keep the order they happened in (the sort is stable). */
function byCreatedAt(records: JsonObject[]): JsonObject[] {
  return [...records].sort((a, b) => String(a["created_at"]).localeCompare(String(b["created_at"])));
}
