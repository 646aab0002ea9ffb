// Incidents written from public postmortems, each paired with a runbook of test/fixtures/runbook-corpus that
// lacks the step that ended it. The story (what broke, what was seen, what fixed it) follows the postmortem
// named in `source`; host names, times, ids and exact command spellings are ours, as a responder's notes
// would have them. `fix` is the step the draft must add, and the section it must land in.
import type { Alert, Incident, LogEntry, Note } from "../../src/model.js";
import type { ProposedChange } from "../../src/runbooks/draft/model-changes.js";
import { alice, logEntry, note } from "../builders/index.js";
import { PAYMENTS_5XX } from "./records.js";

export interface CorpusIncident {
  name: string;
  /** The postmortem the story comes from. */
  source: string;
  /** Path under test/fixtures/runbook-corpus. */
  runbook: string;
  records: { incident: Incident; alerts: Alert[]; logEntries: LogEntry[]; notes: Note[] };
  /** The step that fixed the incident: text the proposed runbook must contain, and the section it goes to. */
  fix: { text: string; section: string };
  /** Where the server's own draft puts the fix, when it reads it from the records; null when only `changes` can. */
  serverDrafts: boolean;
  /** What a model reading the records would write; the server must accept these. */
  changes: ProposedChange[];
}

function records(
  title: string,
  at: string,
  alertSummary: string | null,
  alertName: string | null,
  notes: [minute: number, text: string][],
  resolution: string | null,
) {
  const start = Date.parse(at);
  const time = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  const last = Math.max(30, ...notes.map(([minute]) => minute + 5));
  return {
    incident: {
      ...PAYMENTS_5XX,
      title,
      createdAt: time(0),
      resolvedAt: time(last),
      lastStatusChangeAt: time(last),
    },
    alerts:
      alertSummary === null
        ? []
        : [
            {
              id: `A-${alertName ?? "title"}`,
              key: null,
              summary: alertSummary,
              status: "resolved" as const,
              createdAt: time(-1),
              severity: "critical",
              details: alertName ? { labels: { alertname: alertName } } : {},
            },
          ],
    logEntries: [
      logEntry("trigger", time(0)),
      logEntry("resolve", time(last), { actor: alice, message: resolution ?? null }),
    ],
    notes: notes.map(([minute, text]) => note(time(minute), text)),
  };
}

const noteId = (records: { notes: Note[] }, index: number) => records.notes[index]!.id;
const resolveId = (records: { logEntries: LogEntry[] }) => records.logEntries.at(-1)!.id;

const gitlabDatabase = records(
  "GitLab.com database replication stopped; primary data directory removed",
  "2017-01-31T22:00:00.000Z",
  null,
  null,
  [
    [10, "Replication to db2 stopped; pg_basebackup on db2 hangs with no output."],
    [
      25,
      "Postgres log on db1: `FATAL: number of requested standby connections exceeds max_wal_senders (currently 3)`",
    ],
    [40, "Raised max_wal_senders to 32 on db1 and restarted PostgreSQL."],
    [70, "The data directory on db1 was removed by mistake while clearing db2; no usable pg_dump backups."],
  ],
  "Restored db1 from the LVM snapshot taken 6 hours earlier on db1.staging.",
);

const sentryWraparound = records(
  "Postgres stopped accepting writes to avoid transaction ID wraparound",
  "2015-07-20T15:00:00.000Z",
  "pg_xid_wraparound saturation above 95% on the primary",
  null,
  [
    [
      5,
      'Writes failing: `ERROR: database is not accepting commands to avoid wraparound data loss in database "sentry"`',
    ],
    [20, "Autovacuum cannot keep up on the largest table; nothing else to terminate."],
    [35, "Running `VACUUM FREEZE VERBOSE nodestore_node;` by hand on the primary, writes stopped meanwhile."],
  ],
  "Fixed: manual VACUUM FREEZE finished, the primary accepts writes again.",
);

const redditPiDay = records(
  "Kubernetes API unreachable after the cluster upgrade to 1.24",
  "2023-03-14T19:00:00.000Z",
  "[FIRING:1] KubeAPIDown",
  "KubeAPIDown",
  [
    [10, "Started right after upgrading the cluster from 1.23 to 1.24; pods cannot reach the API servers."],
    [
      30,
      "Calico route reflectors select nodes by the node-role.kubernetes.io/master label, which 1.24 no longer sets.",
    ],
    [60, "Decision: restore the cluster from the pre-upgrade backup instead of fixing forward."],
  ],
  "Restored the control plane from the pre-upgrade backup (1.23); pod networking is back.",
);

const datadogSystemd = records(
  "Nodes NotReady across regions after an automatic systemd update",
  "2023-03-08T06:00:00.000Z",
  "[FIRING:12] KubeNodeNotReady",
  "KubeNodeNotReady",
  [
    [8, "Many nodes lost their network routes at the same time; all run Ubuntu 22.04."],
    [
      30,
      "Cause: unattended-upgrades installed a systemd security update, which restarted systemd-networkd and removed the routes Cilium had set.",
    ],
    [50, "On every node: `systemctl disable --now unattended-upgrades` so it cannot happen again."],
  ],
  "Fixed: rebooted the affected nodes; routes are back after systemd-networkd starts with Cilium.",
);

const openaiTelemetry = records(
  "Kubernetes API servers overwhelmed by a new telemetry service",
  "2024-12-11T15:16:00.000Z",
  "[FIRING:1] KubeAPIDown",
  "KubeAPIDown",
  [
    [
      10,
      "A new telemetry DaemonSet deployed fleet-wide makes expensive list calls; API server latency is through the roof.",
    ],
    [40, "Cannot use kubectl to remove it: the API servers do not answer."],
    [
      90,
      "Scaled down the cluster and blocked network access to the Kubernetes admin APIs, then rolled back the telemetry service deployment.",
    ],
  ],
  "Fixed: telemetry service rolled back; API servers recovered.",
);

const etcdNoSpace = records(
  "etcd database space exceeded: cluster refuses writes",
  "2026-11-18T09:00:00.000Z",
  "[FIRING:3] etcdDatabaseQuotaLowSpace",
  "etcdDatabaseQuotaLowSpace",
  [
    [5, "Writes fail with `etcdserver: mvcc: database space exceeded`; `etcdctl alarm list` shows NOSPACE."],
    [20, "Ran `etcdctl defrag` on all three members; size dropped from 8 GB to 2.1 GB."],
    [30, "Still refusing writes until the alarm is cleared: `etcdctl alarm disarm` fixed it."],
  ],
  null,
);

const pgbouncer = records(
  "PgBouncer refusing client connections",
  "2026-11-12T11:00:00.000Z",
  "pgbouncer cl_waiting above 200 on pgbouncer-01",
  null,
  [
    [6, "Clients get `no more connections allowed (max_client_conn)` from pgbouncer-01."],
    [22, "Fixed: pgbouncer max_client_conn raised to 400 via `pgbouncer-ctl set max_client_conn 400`."],
  ],
  null,
);

export const CORPUS_INCIDENTS: CorpusIncident[] = [
  {
    name: "GitLab.com database outage",
    source: "https://about.gitlab.com/blog/2017/02/10/postmortem-of-database-outage-of-january-31/",
    runbook: "gitlab/postgresql-replica.md",
    records: gitlabDatabase,
    // Two top-level procedures; the one whose heading shares words with the steps ("PostgreSQL") takes them.
    fix: { text: "Restored db1 from the LVM snapshot", section: "Adding a PostgreSQL replica" },
    serverDrafts: true,
    changes: [
      {
        kind: "mitigation",
        text: "If pg_basebackup hangs and the primary logs `FATAL: number of requested standby connections exceeds max_wal_senders (currently 3)`, raise max_wal_senders (32 was enough) and restart PostgreSQL.",
        entryIds: [noteId(gitlabDatabase, 0), noteId(gitlabDatabase, 1), noteId(gitlabDatabase, 2)],
      },
      {
        kind: "mitigation",
        text: "Restored db1 from the LVM snapshot taken 6 hours earlier on db1.staging.",
        entryIds: [resolveId(gitlabDatabase)],
      },
    ],
  },
  {
    name: "Sentry transaction ID wraparound",
    source: "https://blog.sentry.io/2015/07/23/transaction-id-wraparound-in-postgres",
    runbook: "gitlab/pg_xid_wraparound_alert.md",
    records: sentryWraparound,
    fix: {
      text: "VACUUM FREEZE VERBOSE nodestore_node;",
      section: "Finding and terminating very old transactions",
    },
    serverDrafts: true,
    changes: [
      {
        kind: "mitigation",
        text: "When autovacuum cannot keep up on the largest table, run `VACUUM FREEZE VERBOSE nodestore_node;` by hand on the primary.",
        entryIds: [noteId(sentryWraparound, 1), noteId(sentryWraparound, 2)],
      },
    ],
  },
  {
    name: "Reddit Pi-Day outage",
    source: "https://www.reddit.com/r/RedditEng/comments/11xx5o0/you_broke_reddit_the_piday_outage/",
    runbook: "kubernetes-mixin/runbook.md",
    records: redditPiDay,
    fix: { text: "pre-upgrade backup", section: 'Alert Name: "KubeAPIDown"' },
    serverDrafts: true,
    changes: [
      {
        kind: "mitigation",
        text: "After an upgrade to 1.24, check whether Calico route reflectors select nodes by the node-role.kubernetes.io/master label; if fixing forward is slow, restore the control plane from the pre-upgrade backup.",
        entryIds: [noteId(redditPiDay, 1), resolveId(redditPiDay)],
      },
    ],
  },
  {
    name: "Datadog multi-region outage",
    source: "https://www.datadoghq.com/blog/2023-03-08-multiregion-infrastructure-connectivity-issue/",
    runbook: "prometheus-operator/KubeNodeNotReady.md",
    records: datadogSystemd,
    fix: { text: "systemctl disable --now unattended-upgrades", section: "Mitigation" },
    serverDrafts: true,
    changes: [
      {
        kind: "diagnosis",
        text: "If many nodes lose their network routes at once, check whether unattended-upgrades installed a systemd update that restarted systemd-networkd and removed the routes Cilium had set.",
        entryIds: [noteId(datadogSystemd, 0), noteId(datadogSystemd, 1)],
      },
      {
        kind: "mitigation",
        text: "Reboot the affected nodes, then `systemctl disable --now unattended-upgrades` on every node.",
        entryIds: [noteId(datadogSystemd, 2), resolveId(datadogSystemd)],
      },
    ],
  },
  {
    name: "OpenAI API, ChatGPT and Sora outage",
    source: "https://status.openai.com/incidents/ctrsv3lwd797",
    runbook: "prometheus-operator/KubeAPIDown.md",
    records: openaiTelemetry,
    fix: { text: "telemetry service deployment", section: "Mitigation" },
    serverDrafts: true,
    changes: [
      {
        kind: "mitigation",
        text: "When the API servers do not answer, scale down the cluster and block network access to the Kubernetes admin APIs, then roll back the telemetry service deployment that overloads them.",
        entryIds: [noteId(openaiTelemetry, 2)],
      },
    ],
  },
  {
    name: "etcd NOSPACE alarm",
    source: "https://etcd.io/docs/v3.5/op-guide/maintenance/#space-quota (the NOSPACE walkthrough)",
    runbook: "openshift/etcdDatabaseQuotaLowSpace.md",
    records: etcdNoSpace,
    fix: { text: "etcdctl alarm disarm", section: "Mitigation" },
    serverDrafts: true,
    changes: [
      {
        kind: "mitigation",
        text: "After the defrag, clear the NOSPACE alarm or etcd keeps refusing writes: `etcdctl alarm disarm`.",
        entryIds: [noteId(etcdNoSpace, 0), noteId(etcdNoSpace, 2)],
      },
    ],
  },
  {
    name: "PgBouncer max_client_conn (the fake from issue 14)",
    source: "issue 14's independent fake (no public postmortem)",
    runbook: "gitlab/pgbouncer-connections.md",
    records: pgbouncer,
    fix: { text: "pgbouncer-ctl set max_client_conn 400", section: "Mitigation" },
    serverDrafts: true,
    changes: [
      {
        kind: "mitigation",
        text: "When clients get `no more connections allowed (max_client_conn)`, raise it: `pgbouncer-ctl set max_client_conn 400`.",
        entryIds: [noteId(pgbouncer, 0), noteId(pgbouncer, 1)],
      },
    ],
  },
];
