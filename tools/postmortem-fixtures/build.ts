// Writes test/fixtures/postmortems/incidents/*.json from timelines.ts, in the PagerDuty REST API v2 shapes the
// workspace reads. Ids are derived from the incident and the entry's position, so a rebuild changes nothing.
// Run: npx tsx tools/postmortem-fixtures/build.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Person, type Step, TIMELINES, type Timeline } from "./timelines.js";

const OUT = fileURLToPath(new URL("../../test/fixtures/postmortems/incidents/", import.meta.url));

const user = (person: Person) => ({ id: person.id, type: "user_reference", summary: person.name });

function entryId(timeline: Timeline, index: number): string {
  return `R${timeline.number}${String(index).padStart(5, "0")}`;
}

interface Built {
  logEntries: Record<string, unknown>[];
  notes: Record<string, unknown>[];
}

function stormSteps(timeline: Timeline): Step[] {
  const storm = timeline.storm;
  if (!storm) return [];
  const from = Date.parse(storm.from);
  const span = Date.parse(storm.to) - from;
  const steps: Step[] = [];
  for (let i = 0; i < storm.triggers; i++) {
    const at = new Date(from + Math.round((span * i) / Math.max(1, storm.triggers - 1))).toISOString();
    steps.push({ at, kind: "trigger", summary: storm.summary });
    steps.push({ at, kind: "notify", to: storm.to_, channel: storm.channels[i % storm.channels.length]! });
    if (storm.phoneOnce && i === 0) steps.push({ at, kind: "notify", to: storm.to_, channel: "phone" });
  }
  return steps;
}

function build(timeline: Timeline): Built {
  const steps = [...stormSteps(timeline), ...timeline.steps].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at),
  );
  const incident = { id: timeline.id, type: "incident_reference" };
  const service = { id: timeline.service.id, type: "service_reference", summary: timeline.service.name };
  const logEntries: Record<string, unknown>[] = [];
  const notes: Record<string, unknown>[] = [];
  steps.forEach((step, index) => {
    const id = entryId(timeline, index);
    const created_at = step.at;
    switch (step.kind) {
      case "trigger":
        logEntries.push({
          id,
          type: "trigger_log_entry",
          summary: step.by ? `Triggered by ${step.by.name} via website` : step.summary,
          created_at,
          agent: step.by ? user(step.by) : service,
          channel: { type: step.by ? "web_trigger" : "api", summary: step.summary },
          incident,
        });
        break;
      case "notify":
        logEntries.push({
          id,
          type: "notify_log_entry",
          summary: `Notified ${step.to.name} by ${step.channel}`,
          created_at,
          user: user(step.to),
          channel: { type: step.channel },
          incident,
        });
        break;
      case "ack":
        logEntries.push({
          id,
          type: "acknowledge_log_entry",
          summary: `Acknowledged by ${step.by.name}`,
          created_at,
          agent: user(step.by),
          channel: { type: "website" },
          incident,
        });
        break;
      case "escalate":
        logEntries.push({
          id,
          type: "escalate_log_entry",
          summary: `Escalated to level ${step.level} by timeout`,
          created_at,
          channel: { type: "timeout" },
          assignees: step.to.map(user),
          incident,
        });
        break;
      case "note":
        logEntries.push({
          id,
          type: "annotate_log_entry",
          summary: `${step.by.name} added a note`,
          created_at,
          agent: user(step.by),
          channel: { type: "note", summary: step.text },
          incident,
        });
        notes.push({ id: `N${id.slice(1)}`, user: user(step.by), content: step.text, created_at });
        break;
      case "resolve":
        logEntries.push({
          id,
          type: "resolve_log_entry",
          summary: step.by ? `Resolved by ${step.by.name}` : "Resolved through the API.",
          created_at,
          agent: step.by ? user(step.by) : service,
          channel: { type: step.by ? "website" : "api" },
          ...(step.message ? { note: step.message } : {}),
          incident,
        });
        break;
    }
  });
  return { logEntries, notes };
}

function incidentFile(timeline: Timeline) {
  const { logEntries, notes } = build(timeline);
  const triggers = logEntries.filter((entry) => entry.type === "trigger_log_entry").length;
  return {
    incident: {
      id: timeline.id,
      type: "incident",
      summary: `[#${timeline.number}] ${timeline.title}`,
      incident_number: timeline.number,
      title: timeline.title,
      created_at: timeline.createdAt,
      updated_at: timeline.resolvedAt,
      status: "resolved",
      incident_key: timeline.incidentKey,
      service: { id: timeline.service.id, type: "service_reference", summary: timeline.service.name },
      assignments: [],
      last_status_change_at: timeline.resolvedAt,
      resolved_at: timeline.resolvedAt,
      alert_counts: { all: triggers, triggered: 0, resolved: triggers },
      teams: [],
      priority: {
        id: `PRI${timeline.priority}`,
        type: "priority",
        summary: timeline.priority,
        name: timeline.priority,
      },
      urgency: "high",
    },
    log_entries: logEntries,
    notes,
    alerts: [
      {
        id: `A${timeline.number}0001`,
        type: "alert",
        summary: timeline.title,
        created_at: timeline.createdAt,
        status: "resolved",
        alert_key: timeline.incidentKey,
        severity: "critical",
      },
    ],
  };
}

mkdirSync(OUT, { recursive: true });
for (const timeline of TIMELINES)
  writeFileSync(
    `${OUT}${timeline.file}`,
    // A storm of machine entries is written one entry a line, to keep the file small enough to read.
    `${JSON.stringify(incidentFile(timeline), null, timeline.storm ? undefined : 1)}\n`,
  );
console.log(`wrote ${TIMELINES.length} incident files to ${OUT}`);
