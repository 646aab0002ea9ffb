// Incident benchmarks against the fake PagerDuty with injected latency: summarize_incident on an incident with
// 10,000 log entries, 1,000 alerts and 40 notes, beside a baseline that pages through everything sequentially with
// pdjs as existing servers do; the same call again (the cache); and the handoff digest over 500 incidents.
// The synthetic data is deterministic, and the tests use it too.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { connectInMemory } from "../../test/helpers/mcp-client.js";
import { type FakePagerDuty, startFakePagerDuty } from "../fake-pagerduty/server.js";
import type { IncidentFile } from "../fake-pagerduty/state.js";
import { type BenchRow, printTable } from "./report.js";

export const LATENCY_MS = 30;
export const STORM = { id: "QSTORM10K0A1B2", number: 9001, logEntries: 10_000, alerts: 1_000, notes: 40 };
export const DIGEST_INCIDENTS = 500;
export const DIGEST_WINDOW = { since: "2026-11-16T00:00:00Z", until: "2026-11-23T00:00:00Z" };

export const BENCH_TEAM_YAML = `version: 1
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
export async function createBenchWorkspace(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "oncall-bench-"));
  await writeFile(path.join(dir, "team.yaml"), BENCH_TEAM_YAML);
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

interface PdjsResponse {
  ok?: boolean;
  data?: Record<string, unknown>;
}

/** What existing servers do: every log entry, note and alert, page after page, one request at a time. */
async function baselineSummarize(
  fake: FakePagerDuty,
  incidentId: string,
): Promise<{ ms: number; requests: number }> {
  const module = (await import("@pagerduty/pdjs")) as { api?: unknown; default?: { api?: unknown } };
  const api = (module.api ?? module.default?.api) as (
    options: Record<string, unknown>,
  ) => Promise<PdjsResponse>;
  const get = async (pathname: string, query: Record<string, string> = {}) => {
    const response = await api({ token: fake.token, url: `${fake.url}${pathname}`, queryParameters: query });
    if (!response.data) throw new Error(`baseline: ${pathname} gave no data`);
    return response.data;
  };
  const pageAll = async (pathname: string, key: string) => {
    const items: unknown[] = [];
    for (let offset = 0; ; offset += 100) {
      const data = await get(pathname, { offset: String(offset), limit: "100" });
      items.push(...((data[key] as unknown[]) ?? []));
      if (!data["more"]) return items;
    }
  };
  const before = fake.requests.length;
  const started = performance.now();
  await get(`/incidents/${incidentId}`);
  const entries = await pageAll(`/incidents/${incidentId}/log_entries`, "log_entries");
  await get(`/incidents/${incidentId}/notes`);
  await pageAll(`/incidents/${incidentId}/alerts`, "alerts");
  const ms = performance.now() - started;
  if (entries.length !== STORM.logEntries) throw new Error(`baseline read ${entries.length} log entries`);
  return { ms, requests: fake.requests.length - before };
}

function outputBytes(result: CallToolResult): { text: number; structured: number } {
  const text = result.content.map((part) => (part.type === "text" ? part.text : "")).join("");
  return {
    text: Buffer.byteLength(text),
    structured: Buffer.byteLength(JSON.stringify(result.structuredContent ?? {})),
  };
}

async function timedCall(
  fake: FakePagerDuty,
  call: () => Promise<CallToolResult>,
): Promise<{ ms: number; requests: number; result: CallToolResult }> {
  const before = fake.requests.length;
  const started = performance.now();
  const result = await call();
  const ms = performance.now() - started;
  if (result.isError) throw new Error(`bench call failed: ${JSON.stringify(result.content)}`);
  return { ms, requests: fake.requests.length - before, result };
}

function pagerDutyEnv(dir: string, fake: FakePagerDuty): Record<string, string> {
  return { ONCALL_WORKSPACE: dir, PAGERDUTY_API_TOKEN: fake.token, PAGERDUTY_API_URL: fake.url };
}

export async function benchIncidents(): Promise<BenchRow[]> {
  const workspace = await createBenchWorkspace();
  const rows: BenchRow[] = [];
  try {
    const fake = await startFakePagerDuty({
      workspaceDir: workspace.dir,
      latencyMs: LATENCY_MS,
      validate: false,
    });
    fake.state.addIncident(stormIncident());
    const session = await connectInMemory(pagerDutyEnv(workspace.dir, fake));
    try {
      const ours = await timedCall(fake, () => session.call("summarize_incident", { incidentId: STORM.id }));
      const again = await timedCall(fake, () => session.call("summarize_incident", { incidentId: STORM.id }));
      const baseline = await baselineSummarize(fake, STORM.id);
      const bytes = outputBytes(ours.result);
      const speedup = baseline.ms / ours.ms;
      const label = `summarize_incident, ${STORM.logEntries.toLocaleString("en")} log entries, ${LATENCY_MS} ms/request`;
      rows.push(
        {
          benchmark: `${label}: wall time`,
          figure: `${ours.ms.toFixed(0)} ms (${speedup.toFixed(1)}× faster)`,
          target: "< 600 ms, ≥ 10× faster than baseline",
          comparison: `pdjs sequential paging ${baseline.ms.toFixed(0)} ms`,
          met: ours.ms < 600 && speedup >= 10,
        },
        {
          benchmark: `${label}: requests`,
          figure: String(ours.requests),
          target: "≤ 8",
          comparison: `pdjs sequential paging ${baseline.requests}`,
          met: ours.requests <= 8,
        },
        {
          benchmark: `${label}: output`,
          figure: `text ${bytes.text} B, structured ${bytes.structured} B`,
          target: "text < 8 KB, structured < 24 KB",
          comparison: "–",
          met: bytes.text < 8 * 1024 && bytes.structured < 24 * 1024,
        },
        {
          benchmark: "summarize_incident, same resolved incident again",
          figure: `${again.ms.toFixed(1)} ms, ${again.requests} requests`,
          target: "0 requests (cached)",
          comparison: `first call ${ours.requests} requests`,
          met: again.requests === 0,
        },
      );
    } finally {
      await session.close();
      await fake.close();
    }

    const digestFake = await startFakePagerDuty({
      workspaceDir: workspace.dir,
      latencyMs: LATENCY_MS,
      validate: false,
    });
    for (const incident of periodIncidents()) digestFake.state.addIncident(incident);
    const digestSession = await connectInMemory(pagerDutyEnv(workspace.dir, digestFake));
    try {
      const digest = await timedCall(digestFake, () =>
        digestSession.call("summarize_oncall_period", DIGEST_WINDOW),
      );
      const total = (digest.result.structuredContent as { totals?: { incidents?: number } }).totals
        ?.incidents;
      rows.push({
        benchmark: `summarize_oncall_period, ${total} incidents, ${LATENCY_MS} ms/request`,
        figure: `${digest.requests} requests, ${digest.ms.toFixed(0)} ms`,
        target: "≤ 25 requests",
        comparison: `one request per incident would be ≥ ${DIGEST_INCIDENTS}`,
        met: digest.requests <= 25 && total === DIGEST_INCIDENTS,
      });
    } finally {
      await digestSession.close();
      await digestFake.close();
    }
  } finally {
    await workspace.remove();
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(printTable(await benchIncidents()));
}
