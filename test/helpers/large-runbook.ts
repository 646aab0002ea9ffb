// A large runbook and a large incident, built the same way on every run, for the runbook draft's test on large
// input and its benchmark: a 3,000-line runbook of mixed shapes (nested lists with fences, tables, setext headings,
// HTML comments, code with # lines) and an incident with 200 notes.
import type { Alert, Incident, LogEntry, Note } from "../../src/model.js";
import { alert, alice, incident, logEntry, note } from "../builders/index.js";

const INCIDENT_START = Date.parse("2026-11-20T14:00:00.000Z");

function componentSection(index: number): string[] {
  const ns = `team-${index}`;
  const lines = [
    `## Component ${index}: worker pool ${index}`,
    "",
    `<!-- owner: team ${index}; review every quarter -->`,
    "",
    `The worker pool ${index} drains the job queue of tenant group ${index} and writes results to the`,
    "shared store. It scales on queue depth and is safe to restart at any time.",
    "",
    "### Symptoms",
    "",
    `- \`WorkerPool${index}Backlog\` fires when the queue is older than ten minutes`,
    "- Tenants report stale dashboards",
    "  - mostly the large ones",
    "  - sometimes only one region",
    "",
    "### Diagnosis",
    "",
    "1. Look at the queue:",
    "",
    "   ```sh",
    "   # depth per partition",
    `   kubectl -n ${ns} exec deploy/queue -- queue-cli depth --all`,
    "   ```",
    "",
    "2. Compare with the previous week:",
    "",
    "| Signal | Normal | Paging |",
    "| --- | --- | --- |",
    "| depth | < 1k | > 10k |",
    "| age | < 1 min | > 10 min |",
    "",
  ];
  if (index % 3 === 0)
    lines.push("Notes from the last review", "--------------------------", "", "Nothing to add.", "");
  lines.push(
    "### Mitigation",
    "",
    "```bash",
    "# restart the pool",
    `kubectl -n ${ns} rollout restart deploy/worker-${index}`,
    "## not a heading: a comment in a fence",
    "```",
    "",
    `- Scale out: \`kubectl -n ${ns} scale deploy/worker-${index} --replicas=<n>\``,
    "",
  );
  return lines;
}

export function buildLargeRunbook(targetLines = 3000): string {
  const lines = [
    "---",
    "title: Worker platform",
    "services: [worker-platform]",
    "lastReviewed: 2026-05-01",
    "---",
    "",
  ];
  lines.push("# Worker platform", "", "One section per worker pool.", "");
  const history = ["## Incident history", ""];
  for (let index = 0; index < 40; index++) {
    history.push(
      `- 2026-0${1 + (index % 9)}-1${index % 10}: #${3000 + index} Backlog in pool ${index} (resolved in ${20 + index} min)`,
    );
  }
  for (let index = 1; lines.length + history.length < targetLines; index++)
    lines.push(...componentSection(index));
  lines.push(...history);
  return `${lines.slice(0, targetLines).join("\n")}\n`;
}

function at(minutes: number): string {
  return new Date(INCIDENT_START + minutes * 60_000).toISOString();
}

/** Incident #9001 on the worker platform: `noteCount` notes of eight shapes (commands, output, chatter, a password). */
export function buildLargeIncident(noteCount = 200): {
  incident: Incident;
  logEntries: LogEntry[];
  notes: Note[];
  alerts: Alert[];
} {
  const resolved = at(noteCount + 30);
  const theIncident = incident({
    id: "QBENCH1",
    number: 9001,
    title: "Worker pool 7 backlog above 10k jobs",
    priority: "P2",
    service: { id: "worker-platform", name: "Worker platform" },
    assignees: [alice],
    createdAt: at(0),
    resolvedAt: resolved,
    lastStatusChangeAt: resolved,
    url: "https://acme.pagerduty.com/incidents/QBENCH1",
  });
  const onIt = { incidentId: theIncident.id };
  const notes: Note[] = [];
  for (let index = 0; index < noteCount; index++) {
    const pool = 1 + (Math.floor(index / 8) % 40);
    const shapes = [
      `Queue still growing, checked with \`kubectl -n team-${pool} exec deploy/queue -- queue-cli depth --all\` (already in the runbook).`,
      `Looking at pods: \`kubectl -n team-${pool} get pods -l app=worker-${pool} -o wide\``,
      `Restarted:\n\`\`\`sh\n# restart pool ${pool}\nkubectl -n team-${pool} rollout restart deploy/worker-${pool}\n\`\`\``,
      `$ kubectl -n team-${pool} top pods --sort-by=cpu`,
      `Customer success asked for an update; told them we expect recovery within the hour (note ${index}).`,
      `$ PGPASSWORD=hunter2-${index} psql -h store-${pool} -c 'delete from jobs where state = 9'`,
      `Scaled out: \`kubectl -n team-${pool} scale deploy/worker-${pool} --replicas=${8 + (index % 5)}\``,
      `Output:\n\`\`\`\nError: connection reset by peer (attempt ${index})\n\`\`\``,
    ];
    notes.push(note(at(index + 1), shapes[index % shapes.length]!, onIt));
  }
  const logEntries: LogEntry[] = [
    logEntry("trigger", at(0), { ...onIt, summary: "Triggered through the API." }),
    ...notes.map((added) =>
      logEntry("annotate", added.at, { ...onIt, summary: "Note added", message: added.content }),
    ),
    logEntry("resolve", resolved, { ...onIt, summary: "Resolved by Alice Chen." }),
  ];
  const alerts = [1, 2, 3].map((index) =>
    alert({
      key: `worker-${index}`,
      summary: `[FIRING:1] WorkerPool${6 + index}Backlog queue age ${10 + index} min`,
      createdAt: at(index - 1),
      details: { labels: { alertname: `WorkerPool${6 + index}Backlog` } },
    }),
  );
  return { incident: theIncident, logEntries, notes, alerts };
}
