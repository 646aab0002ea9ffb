// Synthetic incidents in PagerDuty's JSON shape, deterministic, for the tests and the bench alike: a four-person
// payments team (team.yaml), an alert storm of 10,000 log entries, a week of 500 incidents for the digest, and a
// long history made from a workspace's own incidents. The fake PagerDuty serves them (fake.state.addIncident).
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DAY_MS } from "../../src/lib/dates.js";
import { Random } from "../../tools/demo-workspace/prng.js";
import type { IncidentFile } from "../../tools/fake-pagerduty/state.js";

export const STORM = { id: "QSTORM10K0A1B2", number: 9001, logEntries: 10_000, alerts: 1_000, notes: 40 };
export const DIGEST_INCIDENTS = 500;
export const DIGEST_WINDOW = { since: "2026-11-16T00:00:00Z", until: "2026-11-23T00:00:00Z" };

export const SYNTHETIC_TEAM_YAML = `version: 1
asOf: 2026-11-24T12:00:00Z
teams:
  - { id: payments, name: Payments, pagerdutyId: PTPAY01 }
engineers:
  - { id: alice, name: Alice Chen, email: alice@example.com, timeZone: America/Los_Angeles, level: senior, team: payments, pagerdutyId: PALICE1 }
  - { id: bob, name: Bob Okafor, email: bob@example.com, timeZone: America/New_York, level: mid, team: payments, pagerdutyId: PBOB001 }
  - { id: carol, name: Carol Diaz, email: carol@example.com, timeZone: America/Los_Angeles, level: staff, team: payments, pagerdutyId: PCAROL1 }
  - { id: dave, name: Dave Schmidt, email: dave@example.com, timeZone: Europe/Berlin, level: mid, team: payments, pagerdutyId: PDAVE01 }
services:
  - { id: payments-api, name: Payments API, pagerdutyId: PSVC001, team: payments }
  - { id: ledger, name: Ledger, pagerdutyId: PSVC002, team: payments }
schedules:
  - id: payments-primary
    name: Payments primary
    timeZone: America/Los_Angeles
    services: [payments-api]
    team: payments
    pagerdutyId: PSCHPAY
    rotation: { start: "2026-11-02T09:00", length: 1w, users: [alice, bob, carol] }
  - id: ledger-daily
    name: Ledger daily
    timeZone: Europe/Berlin
    services: [ledger]
    team: payments
    pagerdutyId: PSCHLED
    rotation: { start: "2026-11-02T08:00", length: 1d, users: [bob, carol, dave] }
`;

const PEOPLE = [
  { id: "PALICE1", name: "Alice Chen" },
  { id: "PBOB001", name: "Bob Okafor" },
  { id: "PCAROL1", name: "Carol Diaz" },
  { id: "PDAVE01", name: "Dave Schmidt" },
] as const;
const CHANNELS = ["sms", "phone", "email", "push"] as const;

/** A folder with only team.yaml: what both the fake and the server read. */
export async function createSyntheticWorkspace(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "oncall-synthetic-"));
  await writeFile(path.join(dir, "team.yaml"), SYNTHETIC_TEAM_YAML);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

function at(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, "Z");
}

function userRef(person: { id: string; name: string }) {
  return { id: person.id, type: "user_reference", summary: person.name };
}

export function incidentObject(fields: {
  id: string;
  number: number;
  title: string;
  createdMs: number;
  resolvedMs: number | null;
  service: "PSVC001" | "PSVC002";
  urgency: "high" | "low";
  assignee: { id: string; name: string };
  alerts: number;
}) {
  const resolved = fields.resolvedMs !== null;
  const changed = at(fields.resolvedMs ?? fields.createdMs);
  return {
    id: fields.id,
    type: "incident",
    summary: `[#${fields.number}] ${fields.title}`,
    self: `https://api.pagerduty.com/incidents/${fields.id}`,
    html_url: `https://example.pagerduty.com/incidents/${fields.id}`,
    incident_number: fields.number,
    title: fields.title,
    created_at: at(fields.createdMs),
    updated_at: changed,
    status: resolved ? "resolved" : "triggered",
    incident_key: `${fields.service}/${fields.id}`,
    service: {
      id: fields.service,
      type: "service_reference",
      summary: fields.service === "PSVC001" ? "Payments API" : "Ledger",
    },
    assignments: resolved ? [] : [{ at: at(fields.createdMs), assignee: userRef(fields.assignee) }],
    last_status_change_at: changed,
    resolved_at: resolved ? changed : null,
    alert_counts: {
      all: fields.alerts,
      triggered: resolved ? 0 : fields.alerts,
      resolved: resolved ? fields.alerts : 0,
    },
    escalation_policy: { id: "PEPPAY1", type: "escalation_policy_reference", summary: "Payments" },
    teams: [{ id: "PTPAY01", type: "team_reference", summary: "Payments" }],
    priority: null,
    urgency: fields.urgency,
  };
}

/**
 * An alert storm: six hours of paging with 60 escalations, 40 notes, 4 reassignments and 1,000 alerts; 9,892 of its
 * 10,000 log entries are notifications. Two notes carry secrets, which must never reach an output.
 */
export function stormIncident(): IncidentFile {
  const start = Date.parse("2026-11-22T02:00:00Z");
  const end = start + 6 * 3_600_000;
  const minute = 60_000;
  const ref = { id: STORM.id, type: "incident_reference" };
  const entries: Record<string, unknown>[] = [];
  let sequence = 0;
  const add = (ms: number, type: string, fields: Record<string, unknown>) => {
    sequence += 1;
    entries.push({
      id: `RS${String(sequence).padStart(12, "0")}`,
      type,
      created_at: at(ms),
      incident: ref,
      ...fields,
    });
  };
  add(start, "trigger_log_entry", {
    summary: "Triggered through the API",
    agent: { id: "PSVC001", type: "service_reference", summary: "Payments API" },
    channel: { type: "api", summary: "CheckoutErrorRate above 5%" },
  });
  add(start, "assign_log_entry", {
    summary: "Assigned to Alice Chen",
    assignees: [userRef(PEOPLE[0])],
    channel: { type: "auto" },
  });
  for (let k = 0; k < 60; k++) {
    const person = PEOPLE[(k + 1) % PEOPLE.length]!;
    add(start + (5 + k * 5.8) * minute, "escalate_log_entry", {
      summary: `Escalated to level ${(k % 3) + 1} by timeout`,
      assignees: [userRef(person)],
      channel: { type: "timeout" },
    });
  }
  add(start + 25 * minute, "acknowledge_log_entry", {
    summary: "Acknowledged by Bob Okafor",
    agent: userRef(PEOPLE[1]),
    channel: { type: "phone" },
  });
  for (let k = 0; k < 4; k++) {
    add(start + (60 + k * 70) * minute, "assign_log_entry", {
      summary: `Reassigned to ${PEOPLE[(k + 2) % 4]!.name}`,
      agent: userRef(PEOPLE[(k + 1) % 4]!),
      assignees: [userRef(PEOPLE[(k + 2) % 4]!)],
      channel: { type: "website" },
    });
  }
  const notes = Array.from({ length: STORM.notes }, (_, k) => {
    const author = PEOPLE[k % PEOPLE.length]!;
    const content =
      k === 38
        ? "Rolled back deploy 7c1e2f0 of checkout; error rate back under 0.5%."
        : k === 12
          ? "Tried the replica: postgres://checkout:S3cretPassw0rd@db-3:5432/checkout still times out."
          : k === 20
            ? "Feature flag service key sk_live_4eC39HqLyjWDarjtT1zdp7dc rotated as a precaution."
            : `Update ${k + 1}: checkout error rate ${(9 - k / 6).toFixed(1)}%, still investigating errors in zone ${"abc"[k % 3]}.`;
    const ms = start + (10 + k * 8.5) * minute;
    add(ms, "annotate_log_entry", {
      summary: `${author.name} added a note`,
      agent: userRef(author),
      channel: { type: "note", summary: content },
    });
    return {
      id: `NS${String(k).padStart(12, "0")}`,
      user: userRef(author),
      channel: { summary: "The PagerDuty website or APIs" },
      content,
      created_at: at(ms),
    };
  });
  add(end, "resolve_log_entry", {
    summary: "Resolved by Carol Diaz",
    agent: userRef(PEOPLE[2]),
    channel: { type: "website" },
  });
  const notifications = STORM.logEntries - entries.length;
  for (let k = 0; k < notifications; k++) {
    const person = PEOPLE[k % PEOPLE.length]!;
    const channel = CHANNELS[Math.floor(k / PEOPLE.length) % CHANNELS.length]!;
    add(start + 20_000 + Math.floor((k * (end - start - 40_000)) / notifications), "notify_log_entry", {
      summary: `Notified ${person.name} by ${channel}`,
      user: userRef(person),
      channel: { type: "notification", notification: { type: `${channel}_notification`, status: "success" } },
    });
  }
  const alerts = Array.from({ length: STORM.alerts }, (_, k) => ({
    id: `AS${String(k).padStart(12, "0")}`,
    type: "alert",
    summary: `CheckoutErrorRate above 5% on checkout-${k % 7}`,
    created_at: at(start + Math.floor((k * 3 * 3_600_000) / STORM.alerts)),
    status: "resolved",
    alert_key: `checkout/error-rate/${k % 7}`,
    severity: "critical",
    body: { type: "alert_body", details: { pod: `checkout-${k % 7}`, errorRate: 0.05 + (k % 10) / 100 } },
  }));
  return {
    incident: incidentObject({
      id: STORM.id,
      number: STORM.number,
      title: "Checkout error rate above 5%",
      createdMs: start,
      resolvedMs: end,
      service: "PSVC001",
      urgency: "high",
      assignee: PEOPLE[0],
      alerts: STORM.alerts,
    }),
    log_entries: entries,
    notes,
    alerts,
  };
}

const PERIOD_TITLES = [
  "Checkout latency p99 above 2s on checkout-3",
  "Ledger replica lag above 60s on ledger-replica-2",
  "Disk 91% full on ledger-db-1",
  "Webhook deliveries failing for merchant 4411",
  "Payments API 5xx rate above 1%",
];

/** `count` incidents spread over the digest window: about 70% acknowledged, a few still open. */
export function periodIncidents(count: number = DIGEST_INCIDENTS): IncidentFile[] {
  const since = Date.parse(DIGEST_WINDOW.since);
  const span = Date.parse(DIGEST_WINDOW.until) - since;
  return Array.from({ length: count }, (_, k) => {
    const id = `QP${String(k).padStart(12, "0")}`;
    const created = since + Math.floor(((k + 0.5) * span) / count);
    const open = k % 97 === 0;
    const resolved = open ? null : created + (5 + (k % 40)) * 60_000;
    const person = PEOPLE[k % PEOPLE.length]!;
    const ref = { id, type: "incident_reference" };
    const entries: Record<string, unknown>[] = [
      {
        id: `RP${String(k).padStart(9, "0")}T`,
        type: "trigger_log_entry",
        summary: "Triggered through the API",
        created_at: at(created),
        agent: { id: "PSVC001", type: "service_reference", summary: "Payments API" },
        channel: { type: "api" },
        incident: ref,
      },
      {
        id: `RP${String(k).padStart(9, "0")}N`,
        type: "notify_log_entry",
        summary: `Notified ${person.name} by SMS`,
        created_at: at(created + 20_000),
        user: userRef(person),
        channel: { type: "sms" },
        incident: ref,
      },
    ];
    if (k % 10 < 7) {
      entries.push({
        id: `RP${String(k).padStart(9, "0")}A`,
        type: "acknowledge_log_entry",
        summary: `Acknowledged by ${person.name}`,
        created_at: at(created + (1 + (k % 13)) * 60_000),
        agent: userRef(person),
        channel: { type: "phone" },
        incident: ref,
      });
    }
    if (resolved !== null) {
      entries.push({
        id: `RP${String(k).padStart(9, "0")}R`,
        type: "resolve_log_entry",
        summary: "Resolved",
        created_at: at(resolved),
        agent: userRef(person),
        channel: { type: "website" },
        incident: ref,
      });
    }
    return {
      incident: incidentObject({
        id,
        number: 20_000 + k,
        title: PERIOD_TITLES[k % PERIOD_TITLES.length]!,
        createdMs: created,
        resolvedMs: resolved,
        service: k % 3 === 0 ? "PSVC002" : "PSVC001",
        urgency: k % 4 === 0 ? "low" : "high",
        assignee: person,
        alerts: 1,
      }),
      log_entries: entries,
      notes: [],
      alerts: [],
    };
  });
}

/**
 * `count` incidents made from the demo's, older than all of them (spread over the `days` before `before`), with
 * fresh ids and numbers, times shifted and the numbers in titles changed: a long history to search through.
 */
export function synthesizeIncidents(
  templates: readonly IncidentFile[],
  count: number,
  options: { before: Date; days: number; seed?: number; firstNumber?: number },
): IncidentFile[] {
  const random = new Random(options.seed ?? 2000);
  const firstNumber = options.firstNumber ?? 100_000;
  const files: IncidentFile[] = [];
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length]!;
    const created = Date.parse(String(template.incident["created_at"]));
    const target = options.before.getTime() - ((index + 1) / count) * options.days * DAY_MS;
    const shift = created - Math.round(target / 1000) * 1000;
    const tag = index.toString(36).toUpperCase().padStart(4, "0");
    const ids = [
      template.incident,
      ...(template.log_entries ?? []),
      ...(template.notes ?? []),
      ...(template.alerts ?? []),
    ]
      .map((record) => record["id"])
      .filter((id): id is string => typeof id === "string");
    const number = firstNumber + index;
    const renamed = new RegExp(ids.map((id) => id.replace(/[^A-Za-z0-9]/g, "\\$&")).join("|"), "g");
    let text = JSON.stringify(template).replace(renamed, (id) => `${id.slice(0, 1)}S${tag}${id.slice(6)}`);
    text = text.replaceAll(`[#${String(template.incident["incident_number"])}]`, `[#${number}]`);
    text = text.replace(/"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)"/g, (_match, at: string) =>
      JSON.stringify(new Date(Date.parse(at) - shift).toISOString()),
    );
    const file = JSON.parse(text) as IncidentFile;
    file.incident["incident_number"] = number;
    file.incident["title"] = String(file.incident["title"]).replace(/\d+/g, () => String(random.int(2, 99)));
    files.push(file);
  }
  return files;
}

export function readIncidentFiles(workspaceDir: string): IncidentFile[] {
  const dir = `${workspaceDir}/incidents`;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(`${dir}/${name}`, "utf8")) as IncidentFile);
}
