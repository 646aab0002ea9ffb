// Benchmark of oncall_load: 200 engineers on 25 schedules over 90 days, about 1,800 incidents, built the same way on
// every run (seeded) into a temporary workspace folder. The tool answers from PagerDuty through the fake (seeded from
// that folder) and, for comparison, from the folder itself; the two answers must agree. Figures: wall time and
// upstream requests of one call, beside the requests a per-incident log read would need.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { parseConfig } from "../../src/config-parse.js";
import type { Schedule } from "../../src/model.js";
import { oncallLoadTool } from "../../src/oncall-load/oncall-load-tool.js";
import type { AppContext } from "../../src/server/app-context.js";
import { callTool } from "../../src/server/tool-call.js";
import { createSources } from "../../src/sources/select.js";
import { renderSchedule } from "../../src/sources/workspace/rotation.js";
import { Random } from "../demo-workspace/prng.js";
import { startFakePagerDuty } from "../fake-pagerduty/server.js";
import type { BenchRow } from "./report.js";

const ENGINEERS = 200;
const SCHEDULES = 25;
/** Each schedule: a block of 8 engineers of its own (25 × 8 = all 200), and 2 drawn from anyone. */
const OWN_USERS = 8;
const SHARED_USERS = 2;
const DAYS = 90;
const INCIDENTS_PER_DAY = 20;
const UNTIL = "2027-01-04T00:00:00Z";
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "Europe/London",
  "Europe/Berlin",
  "Asia/Kolkata",
  "Asia/Tokyo",
];
const LENGTHS = ["1w", "1d", "12h"];
const TARGET_MILLIS = 2000;
/** A round trip to a PagerDuty region from nearby, for the figure that shows where the time goes on a real network. */
const NETWORK_LATENCY_MS = 20;
const TARGET_REQUESTS = 150;

const pagerDutyUserId = (i: number) => `PU${String(i).padStart(5, "0")}`;
const name = (i: number) => `Engineer ${i}`;

function teamYaml(random: Random, since: Date): { yaml: string; schedules: Schedule[] } {
  const lines = [`asOf: ${UNTIL}`, "engineers:"];
  for (let i = 1; i <= ENGINEERS; i++) {
    lines.push(
      `  - { id: eng-${i}, name: ${name(i)}, email: eng-${i}@example.com, timeZone: ${random.pick(ZONES)}, level: mid, pagerdutyId: ${pagerDutyUserId(i)} }`,
    );
  }
  lines.push("services:");
  for (let s = 1; s <= SCHEDULES; s++)
    lines.push(`  - { id: svc-${s}, name: Service ${s}, pagerdutyId: PS${String(s).padStart(5, "0")} }`);
  lines.push("schedules:");
  const schedules: Schedule[] = [];
  for (let s = 1; s <= SCHEDULES; s++) {
    const users = [
      ...Array.from({ length: OWN_USERS }, (_, k) => `eng-${(s - 1) * OWN_USERS + k + 1}`),
      ...Array.from({ length: SHARED_USERS }, () => `eng-${random.int(1, ENGINEERS)}`),
    ];
    const zone = random.pick(ZONES);
    const length = LENGTHS[s % LENGTHS.length]!;
    const start = new Date(since.getTime() - 14 * DAY).toISOString().slice(0, 10);
    lines.push(
      `  - { id: sched-${s}, name: Schedule ${s}, timeZone: ${zone}, services: [svc-${s}], pagerdutyId: PQ${String(s).padStart(5, "0")},`,
      `      rotation: { start: "${start}T09:00", length: ${length}, users: [${users.join(", ")}] } }`,
    );
    schedules.push({
      id: `sched-${s}`,
      name: `Schedule ${s}`,
      timeZone: zone,
      services: [`svc-${s}`],
      rotation: {
        start: `${start}T09:00`,
        length: { amount: Number(length.slice(0, -1)), unit: length.slice(-1) as "h" | "d" | "w" },
        users,
      },
      overrides: [],
      pagerdutyId: `PQ${String(s).padStart(5, "0")}`,
      team: null,
    });
  }
  return { yaml: `${lines.join("\n")}\n`, schedules };
}

function incidentFile(random: Random, number: number, at: number, schedule: Schedule, user: string): string {
  const id = `QB${String(number).padStart(12, "0")}`;
  const userIndex = Number(user.slice("eng-".length));
  const userRef = { id: pagerDutyUserId(userIndex), type: "user_reference", summary: name(userIndex) };
  const service = {
    id: schedule.pagerdutyId!.replace("PQ", "PS"),
    type: "service_reference",
    summary: schedule.name,
  };
  const time = (offsetMinutes: number) => new Date(at + offsetMinutes * MINUTE).toISOString();
  const resolvedAt = time(random.int(20, 180));
  const entry = (kind: string, offsetMinutes: number, extra: Record<string, unknown>) => ({
    id: `R${id.slice(2)}${kind.slice(0, 2).toUpperCase()}${offsetMinutes}`,
    type: `${kind}_log_entry`,
    summary: kind,
    created_at: time(offsetMinutes),
    incident: { id, type: "incident_reference" },
    ...extra,
  });
  const notifications = Array.from({ length: random.int(1, 3) }, (_, k) =>
    entry("notify", k + 1, { user: userRef, channel: { type: random.pick(["push", "sms", "phone"]) } }),
  );
  return JSON.stringify({
    incident: {
      id,
      type: "incident",
      summary: `[#${number}] Synthetic incident ${number}`,
      incident_number: number,
      title: `Synthetic incident ${number}`,
      created_at: time(0),
      status: "resolved",
      service,
      assignments: [],
      last_status_change_at: resolvedAt,
      resolved_at: resolvedAt,
      teams: [],
      urgency: "high",
      escalation_policy: { id: "PEPBENCH", type: "escalation_policy_reference", summary: "Bench" },
    },
    log_entries: [
      entry("trigger", 0, { agent: service, channel: { type: "api" } }),
      ...notifications,
      entry("acknowledge", 6, { agent: userRef, channel: { type: "website" } }),
      entry("resolve", 20, { agent: userRef, channel: { type: "website" } }),
    ],
    notes: [],
    alerts: [],
  });
}

/** Writes the synthetic workspace; returns how many incidents it holds. */
async function writeWorkspace(dir: string): Promise<number> {
  const random = new Random(9);
  const until = new Date(UNTIL);
  const since = new Date(until.getTime() - DAYS * DAY);
  const { yaml, schedules } = teamYaml(random, since);
  await writeFile(path.join(dir, "team.yaml"), yaml);
  await mkdir(path.join(dir, "incidents"));
  const shifts = schedules.map((schedule) => renderSchedule(schedule, since, until));
  let number = 0;
  for (let day = 0; day < DAYS; day++) {
    for (let k = 0; k < INCIDENTS_PER_DAY; k++) {
      const at = since.getTime() + day * DAY + random.int(0, DAY / MINUTE - 200) * MINUTE;
      const s = random.int(0, SCHEDULES - 1);
      const onCall = shifts[s]!.find((shift) => Date.parse(shift.start) <= at && at < Date.parse(shift.end));
      if (!onCall) continue;
      number += 1;
      await writeFile(
        path.join(dir, "incidents", `${number}.json`),
        incidentFile(random, number, at, schedules[s]!, onCall.user),
      );
    }
  }
  return number;
}

async function appFor(env: Record<string, string>): Promise<AppContext> {
  const config = parseConfig(env, []);
  const { sources } = await createSources(config);
  return { config, sources, log: { info: () => {}, warn: () => {} } };
}

async function timedCall(app: AppContext): Promise<{ millis: number; result: CallToolResult }> {
  const started = performance.now();
  const result = await callTool(
    app,
    new Map([[oncallLoadTool.name, oncallLoadTool]]),
    oncallLoadTool.name,
    {
      since: new Date(Date.parse(UNTIL) - DAYS * DAY).toISOString(),
      until: UNTIL,
    },
    { signal: new AbortController().signal, progress: async () => {}, sample: null },
  );
  return { millis: performance.now() - started, result };
}

export async function benchOncallLoad(): Promise<BenchRow[]> {
  const dir = await mkdtemp(path.join(tmpdir(), "oncall-load-bench-"));
  try {
    const incidents = await writeWorkspace(dir);
    const fake = await startFakePagerDuty({ workspaceDir: dir, validate: false });
    try {
      const pagerduty = await appFor({
        ONCALL_WORKSPACE: dir,
        PAGERDUTY_API_TOKEN: fake.token,
        PAGERDUTY_API_URL: fake.url,
      });
      const workspace = await appFor({ ONCALL_WORKSPACE: dir });
      await timedCall(workspace); // reads and caches the incident files, as a running server would have
      const fromWorkspace = await timedCall(workspace);
      const fromPagerDuty = await timedCall(pagerduty);
      const requests = fake.requests.length;
      const logPages = fake.requests.filter((request) => request.path === "/log_entries").length;
      fake.faults.latencyMs = NETWORK_LATENCY_MS;
      const withLatency = await timedCall(pagerduty);
      const agree =
        !fromPagerDuty.result.isError &&
        JSON.stringify(fromPagerDuty.result.structuredContent) ===
          JSON.stringify(fromWorkspace.result.structuredContent);
      const engineers =
        (fromPagerDuty.result.structuredContent as { engineers?: unknown[] } | undefined)?.engineers
          ?.length ?? 0;
      return [
        {
          benchmark: `oncall_load, ${engineers} engineers, ${SCHEDULES} schedules, ${DAYS} days, ${incidents} incidents (fake PagerDuty)`,
          figure: `${fromPagerDuty.millis.toFixed(0)} ms`,
          target: `< ${TARGET_MILLIS} ms, same answer as the workspace`,
          comparison: `workspace source ${fromWorkspace.millis.toFixed(0)} ms; answers ${agree ? "agree" : "DIFFER"}`,
          met: fromPagerDuty.millis < TARGET_MILLIS && agree,
        },
        {
          benchmark: `the same call with ${NETWORK_LATENCY_MS} ms per PagerDuty answer`,
          figure: `${withLatency.millis.toFixed(0)} ms`,
          target: "–",
          comparison: `${logPages} log-entry pages read one after another: ≥ ${logPages * NETWORK_LATENCY_MS} ms`,
          met: null,
        },
        {
          benchmark: "oncall_load upstream requests (first call)",
          figure: `${requests} (${logPages} log-entry pages, ${SCHEDULES} schedule renders)`,
          target: `< ${TARGET_REQUESTS}`,
          comparison: `≥ ${incidents} with one log read per incident`,
          met: requests < TARGET_REQUESTS,
        },
      ];
    } finally {
      await fake.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
