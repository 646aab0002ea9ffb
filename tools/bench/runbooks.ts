// Benchmark of draftRunbookUpdate: a 3,000-line runbook of mixed shapes (nested lists with fences, tables,
// setext headings, HTML comments, code with # lines) and an incident with 200 notes, built the same way on
// every run. Target: under 150 ms of CPU (median). For comparison, one whole-file micromark parse of the
// same runbook, which is what the draft avoids by parsing only the sections it needs.
import type { Alert, Incident, LogEntry, Note } from "../../src/model.js";
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import { parseBlocks } from "../../src/runbooks/markdown/markdown-parse.js";
import { median } from "./stats.js";

export interface RunbookBenchResult {
  /** Median CPU time of one draft (user + system). */
  cpuMillis: number;
  /** Median CPU time of one whole-file parse of the same runbook, for comparison. */
  wholeParseCpuMillis: number;
  runbookLines: number;
  notes: number;
  changes: number;
}

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

export function buildBenchRunbook(targetLines = 3000): string {
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

export function buildBenchIncident(noteCount = 200): {
  incident: Incident;
  logEntries: LogEntry[];
  notes: Note[];
  alerts: Alert[];
} {
  const person = { id: "alice", name: "Alice Chen", known: true };
  const incident: Incident = {
    id: "QBENCH1",
    number: 9001,
    title: "Worker pool 7 backlog above 10k jobs",
    status: "resolved",
    urgency: "high",
    priority: "P2",
    service: { id: "worker-platform", name: "Worker platform" },
    teams: [],
    escalationPolicy: null,
    assignees: [person],
    createdAt: at(0),
    resolvedAt: at(noteCount + 30),
    lastStatusChangeAt: at(noteCount + 30),
    url: "https://acme.pagerduty.com/incidents/QBENCH1",
    incidentKey: null,
    alertCounts: null,
  };
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
    notes.push({
      id: `N${index}`,
      incidentId: incident.id,
      at: at(index + 1),
      author: person,
      content: shapes[index % shapes.length]!,
    });
  }
  const logEntries: LogEntry[] = [
    entry("trigger", at(0), "Triggered through the API.", incident.id),
    ...notes.map((note) => ({
      ...entry("annotate", note.at, "Note added", incident.id),
      message: note.content,
    })),
    entry("resolve", at(noteCount + 30), "Resolved by Alice Chen.", incident.id),
  ];
  const alerts: Alert[] = [1, 2, 3].map((index) => ({
    id: `A${index}`,
    key: `worker-${index}`,
    summary: `[FIRING:1] WorkerPool${6 + index}Backlog queue age ${10 + index} min`,
    status: "resolved",
    createdAt: at(index - 1),
    severity: "critical",
    details: { labels: { alertname: `WorkerPool${6 + index}Backlog` } },
  }));
  return { incident, logEntries, notes, alerts };
}

function entry(kind: LogEntry["kind"], when: string, summary: string, incidentId: string): LogEntry {
  return {
    id: `L-${kind}-${when}`,
    incidentId,
    kind,
    rawType: `${kind}_log_entry`,
    at: when,
    summary,
    actor: null,
    targets: [],
    channel: null,
    message: null,
    escalationLevel: null,
  };
}

function cpuMillisOf(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export function benchmarkRunbookDraft(runs = 9): RunbookBenchResult {
  const content = buildBenchRunbook();
  const records = buildBenchIncident();
  const input = {
    ...records,
    runbook: { path: "worker-platform.md", content, version: "bench" },
    runbookPath: "worker-platform.md",
    service: null,
    now: new Date("2026-11-24T12:00:00Z"),
  };
  let changes = 0;
  const draft = () => {
    changes = draftRunbookUpdate(input).changes.length;
  };
  const wholeParse = () => {
    parseBlocks(content, { frontMatter: true });
  };
  for (let warmup = 0; warmup < 2; warmup++) {
    draft();
    wholeParse();
  }
  const draftTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    draftTimes.push(cpuMillisOf(draft));
    parseTimes.push(cpuMillisOf(wholeParse));
  }
  return {
    cpuMillis: median(draftTimes),
    wholeParseCpuMillis: median(parseTimes),
    runbookLines: content.split("\n").length - 1,
    notes: records.notes.length,
    changes,
  };
}
