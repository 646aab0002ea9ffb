// The path to on call: readiness for 600 mentees over a year of history, and a drill built from a 10,000-entry
// incident. Both are the pure steps (the reading is measured by the incidents benchmarks).
import { performance } from "node:perf_hooks";
import type { IncidentRecords } from "../../src/incidents/summarize.js";
import { readinessThresholds } from "../../src/lib/readiness-thresholds.js";
import type {
  DrillRecord,
  Engineer,
  Incident,
  LogEntry,
  Note,
  ShadowRecord,
  TeamDirectory,
} from "../../src/model.js";
import { buildDrill } from "../../src/shadowing/drills/build-drill.js";
import { assessMentees } from "../../src/shadowing/readiness/assess-team.js";
import {
  incident,
  logEntry,
  mentee,
  mentor,
  note,
  person,
  service,
  teamDirectory,
} from "../../test/builders/index.js";
import type { BenchRow } from "./report.js";
import { median } from "./stats.js";

const DAY = 86_400_000;
const START = Date.parse("2025-12-01T00:00:00Z");
const NOW = new Date(START + 365 * DAY);
const iso = (ms: number) => new Date(ms).toISOString();

/** 600 mentees, 60 mentors, 40 services on 20 schedules; 2 shadow shifts a month each, 4 drills, 40 incidents a day. */
export function readinessTeam(): { team: TeamDirectory; incidents: Incident[]; mentees: Engineer[] } {
  const services = Array.from({ length: 40 }, (_, i) => `svc-${i}`);
  const stages: Engineer["stage"][] = ["shadow", "reverse-shadow", "on-call-with-backup"];
  const mentees = Array.from({ length: 600 }, (_, i) =>
    mentee(`m${i}`, {
      name: `m${i}`,
      timeZone: "UTC",
      learning: [services[i % 40]!, services[(i * 7 + 3) % 40]!, services[(i * 13 + 5) % 40]!],
      stage: stages[i % 3],
    }),
  );
  const mentors = Array.from({ length: 60 }, (_, i) =>
    mentor(`s${i}`, { name: `s${i}`, timeZone: "UTC", stage: "on-call" }),
  );
  const history: ShadowRecord[] = [];
  const drills: DrillRecord[] = [];
  mentees.forEach((mentee, i) => {
    for (let k = 0; k < 24; k++) {
      const start = START + (k * 15 + (i % 15)) * DAY;
      history.push({
        mentee: mentee.id,
        mentor: `s${(i + k) % 60}`,
        schedule: `sched-${(i + k) % 20}`,
        start: iso(start),
        end: iso(start + DAY / 2),
        ...(k >= 18 ? { role: "reverse-shadow" as const } : {}),
      });
    }
    for (let k = 0; k < 4; k++) {
      drills.push({
        mentee: mentee.id,
        incident: String(k),
        service: mentee.learning[k % 3]!,
        at: iso(START + (k * 80 + 10) * DAY),
        runBy: null,
        notes: null,
      });
    }
  });
  const incidents: Incident[] = [];
  for (let n = 0; n < 365 * 40; n++) {
    const created = START + Math.floor((n / 40) * DAY) + (n % 40) * 1_800_000;
    incidents.push(
      incident({
        id: `I${n}`,
        number: n,
        title: `Incident ${n}`,
        priority: null,
        service: { id: services[n % 40]!, name: services[n % 40]! },
        createdAt: iso(created),
        resolvedAt: iso(created + 3_600_000),
        lastStatusChangeAt: iso(created + 3_600_000),
        url: null,
      }),
    );
  }
  const team = teamDirectory({
    engineers: [...mentees, ...mentors],
    services: services.map((id) => service({ id, name: id, pagerdutyId: null })),
    shadowHistory: history,
    drillHistory: drills,
    readiness: readinessThresholds(null),
  });
  return { team, incidents, mentees };
}

/** A resolved incident with 10,000 log entries: a notification storm, notes every 50 entries, a fix at the end. */
export function stormRecords(): IncidentRecords {
  const created = Date.parse("2026-11-01T00:00:00Z");
  const responder = person("u1", { name: "Responder" });
  const storm = incident({
    id: "QSTORM",
    number: 9999,
    title: "Storm",
    priority: null,
    service: { id: "svc-0", name: "Service 0" },
    assignees: [responder],
    createdAt: iso(created),
    resolvedAt: iso(created + 10_000 * 1000 + 60_000),
    lastStatusChangeAt: iso(created + 10_000 * 1000 + 60_000),
    url: null,
  });
  const onStorm = { incidentId: storm.id, actor: responder };
  const entries: LogEntry[] = [];
  const notes: Note[] = [];
  for (let i = 0; i < 10_000; i++) {
    const at = iso(created + i * 1000);
    const kind = i === 0 ? "trigger" : i === 30 ? "acknowledge" : i % 50 === 0 ? "annotate" : "notify";
    const message = kind === "annotate" ? `Checked \`kubectl get pods -n svc\`: ${i} pods pending` : null;
    entries.push(logEntry(kind, at, { ...onStorm, id: `L${i}`, summary: `entry ${i}`, message }));
    if (message) notes.push(note(at, message, { id: `N${i}`, incidentId: storm.id, author: responder }));
  }
  const fixAt = iso(created + 10_000 * 1000);
  notes.push(
    note(fixAt, "Fixed with `kubectl rollout restart deployment/svc -n svc`.", {
      id: "Nfix",
      incidentId: storm.id,
      author: responder,
    }),
  );
  entries.push(
    logEntry("resolve", iso(created + 10_000 * 1000 + 60_000), {
      ...onStorm,
      id: "Lres",
      summary: "Resolved",
    }),
  );
  return {
    incident: storm,
    logEntries: { items: entries, total: entries.length },
    overviewOnly: false,
    notificationsNotRead: 0,
    notes,
    alerts: { items: [], total: 0 },
    requests: 0,
  };
}

function timed(run: () => void, times = 5): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function pathRows(): Promise<BenchRow[]> {
  const { team, incidents, mentees } = readinessTeam();
  const names = { engineer: (id: string) => id, service: (id: string) => id, schedule: (id: string) => id };
  const servicesOf = (schedule: string) => {
    const n = Number(schedule.slice(6));
    return [`svc-${n}`, `svc-${n + 20}`];
  };
  const readinessMillis = timed(() => {
    assessMentees({ team, mentees, now: NOW, servicesOf, incidents, names });
  });
  const records = stormRecords();
  const drillMillis = timed(() => {
    buildDrill(records, "svc-0.md", NOW);
  });
  return [
    {
      benchmark: `readiness and milestones, 600 mentees, ${team.shadowHistory.length.toLocaleString("en-US")} shifts and ${incidents.length.toLocaleString("en-US")} incidents over a year (median of 5)`,
      figure: `${readinessMillis.toFixed(0)} ms`,
      target:
        "< 1,000 ms: a lead's question answered at once; the incident reading, not this, should set the pace",
      comparison: "one binary search per shift and service, not a scan of the year's incidents",
      met: readinessMillis < 1000,
    },
    {
      benchmark: "create_incident_drill's build from a 10,000-entry incident (median of 5)",
      figure: `${drillMillis.toFixed(0)} ms`,
      target: "< 250 ms: a drill is asked for interactively, well inside the 30 s tool deadline",
      comparison: "the trainee part is capped at 8 stages of 6 lines whatever the log's length",
      met: drillMillis < 250,
    },
  ];
}
