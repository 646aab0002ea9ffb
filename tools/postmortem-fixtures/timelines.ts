// Incidents converted entry by entry from public postmortems (sources and what was paraphrased:
// test/fixtures/postmortems/SOURCES.md). Times are UTC. `build.ts` expands them into PagerDuty-shaped files.

export interface Person {
  id: string;
  name: string;
}

export type Step =
  | { at: string; kind: "ack"; by: Person }
  | { at: string; kind: "note"; by: Person; text: string }
  | { at: string; kind: "escalate"; level: number; to: Person[] }
  | { at: string; kind: "resolve"; by: Person | null; message?: string }
  | { at: string; kind: "trigger"; by?: Person; summary: string }
  | { at: string; kind: "notify"; to: Person; channel: "push" | "sms" | "phone" | "email" };

/** Many machine entries at once: triggers (each with its notifications) spread evenly from `from` to `to`. */
export interface Storm {
  from: string;
  to: string;
  triggers: number;
  summary: string;
  /** Channels notified per trigger, in turn: push, sms, push, sms… `phoneOnce` adds one phone call. */
  channels: ("push" | "sms" | "email")[];
  to_: Person;
  phoneOnce: boolean;
}

export interface Timeline {
  file: string;
  id: string;
  number: number;
  title: string;
  service: { id: string; name: string };
  incidentKey: string;
  createdAt: string;
  resolvedAt: string;
  priority: string;
  steps: Step[];
  storm?: Storm;
}

const p = (id: string, name: string): Person => ({ id, name });

// People are named by the handles or roles the postmortems use.
const YP = p("PGLYP01", "YP (GitLab DB engineer)");
const JN = p("PGLJN02", "JN (GitLab incident lead)");
const GH_SRE = p("PGHSRE1", "GitHub SRE on call");
const GH_DB = p("PGHDBA2", "GitHub database engineer");
const GH_IC = p("PGHIC03", "GitHub incident coordinator");
const SENTRY = p("PSNOPS1", "Sentry operations on call");
const MANDRILL = p("PMDOPS1", "Mandrill on call");
const MANDRILL_DB = p("PMDDBA2", "Mandrill database lead");
const CF_SRE = p("PCFSRE1", "Cloudflare SRE on call");
const CF_WAF = p("PCFWAF2", "Cloudflare WAF engineer");
const SE_SRE = p("PSESRE1", "Stack Exchange SRE on call");
const SE_DEV = p("PSEDEV2", "Stack Exchange developer");
const KATHARINE = p("PK8SKB1", "Katharine");
const STEVE = p("PK8SSK2", "stevekuznetsov");
const TONY = p("PK8STY3", "tony-yang");
const BEN = p("PK8SBE4", "BenTheElder");
const CBLECKER = p("PK8SCB5", "cblecker");

const PROW = { id: "PPROWK8", name: "prow.k8s.io" };

export const TIMELINES: Timeline[] = [
  {
    file: "1507-sentry-postgres-wraparound.json",
    id: "QSENTRY2015WRP",
    number: 1507,
    title: "Postgres refuses writes: not accepting commands to avoid wraparound data loss",
    service: { id: "PSNTRY1", name: "Sentry hosted service" },
    incidentKey: "postgres/primary-write-errors",
    createdAt: "2015-07-20T14:30:00Z",
    resolvedAt: "2015-07-20T21:05:00Z",
    priority: "P1",
    steps: [
      {
        at: "2015-07-20T14:30:00Z",
        kind: "trigger",
        summary: "Write errors from the primary Postgres database",
      },
      { at: "2015-07-20T14:30:30Z", kind: "notify", to: SENTRY, channel: "push" },
      { at: "2015-07-20T14:31:30Z", kind: "notify", to: SENTRY, channel: "phone" },
      { at: "2015-07-20T14:36:00Z", kind: "ack", by: SENTRY },
      {
        at: "2015-07-20T14:45:00Z",
        kind: "note",
        by: SENTRY,
        text: "Postgres has stopped accepting writes: 'database is not accepting commands to avoid wraparound data loss'. Autovacuum has not kept up with our write-heavy tables and the transaction ID counter is at the safety limit.",
      },
      {
        at: "2015-07-20T15:10:00Z",
        kind: "note",
        by: SENTRY,
        text: "Paused the workers that write events to Postgres so incoming events wait in the queue instead of failing.",
      },
      {
        at: "2015-07-20T16:00:00Z",
        kind: "note",
        by: SENTRY,
        text: "Shut the database down and started it in single-user mode to run VACUUM. On tables this size it will take many hours and there is no progress indicator.",
      },
      {
        at: "2015-07-20T18:30:00Z",
        kind: "note",
        by: SENTRY,
        text: "Vacuum still running. Decision: truncate the largest table, which only holds data we can lose, so the rest finishes sooner.",
      },
      {
        at: "2015-07-20T20:45:00Z",
        kind: "note",
        by: SENTRY,
        text: "Table truncated and the vacuum of the remaining tables finished. Restarted Postgres normally and resumed the workers; the queued events are draining.",
      },
      {
        at: "2015-07-20T21:05:00Z",
        kind: "resolve",
        by: SENTRY,
        message: "Writes accepted again; event backlog processing.",
      },
      {
        at: "2015-07-21T16:00:00Z",
        kind: "note",
        by: SENTRY,
        text: "Follow-up: faster disks and more aggressive autovacuum settings (autovacuum_vacuum_cost_delay = 10ms, maintenance_work_mem = 2GB) so vacuums keep up; alert on transaction ID age.",
      },
    ],
  },
  {
    file: "1607-stack-exchange-regex-backtracking.json",
    id: "QSTACKEX2016RX",
    number: 1607,
    title: "Load balancer health check failing on every web server: home page timing out",
    service: { id: "PSEWEB1", name: "Stack Exchange web tier" },
    incidentKey: "haproxy/health-check:home-page",
    createdAt: "2016-07-20T14:44:00Z",
    resolvedAt: "2016-07-20T15:18:00Z",
    priority: "P1",
    steps: [
      { at: "2016-07-20T14:44:00Z", kind: "trigger", summary: "Health check GET / timing out on ny-web01" },
      { at: "2016-07-20T14:44:10Z", kind: "trigger", summary: "Health check GET / timing out on ny-web02" },
      { at: "2016-07-20T14:44:20Z", kind: "trigger", summary: "Health check GET / timing out on ny-web03" },
      { at: "2016-07-20T14:44:30Z", kind: "notify", to: SE_SRE, channel: "push" },
      { at: "2016-07-20T14:44:40Z", kind: "notify", to: SE_SRE, channel: "sms" },
      { at: "2016-07-20T14:46:00Z", kind: "ack", by: SE_SRE },
      {
        at: "2016-07-20T14:54:00Z",
        kind: "note",
        by: SE_SRE,
        text: "Cause: a malformed post with about 20,000 consecutive whitespace characters is in the home page list. The whitespace-trimming regex ^[\\s\\u200c]+|[\\s\\u200c]+$ backtracks O(n²) on it, the home page stops answering, and because the load balancer's health check requests the home page every web server is taken out of rotation.",
      },
      {
        at: "2016-07-20T15:08:00Z",
        kind: "note",
        by: SE_DEV,
        text: "Replaced the regex with a substring-based trim; building and deploying the fix now.",
      },
      {
        at: "2016-07-20T15:18:00Z",
        kind: "resolve",
        by: SE_SRE,
        message: "Fix rolled out; the home page answers and the servers are back in rotation.",
      },
      {
        at: "2016-07-20T15:40:00Z",
        kind: "note",
        by: SE_SRE,
        text: "Follow-ups: audit our other regular expressions and the post validation workflow; add a way to disable the health check during an outage; write an outage checklist (the status tweet went out late).",
      },
    ],
  },
  {
    file: "1701-gitlab-database-outage.json",
    id: "QGITLAB2017DB1",
    number: 1701,
    title: "PostgreSQL replication lag: db2 has stopped replicating from db1",
    service: { id: "PGLDB01", name: "GitLab.com database" },
    incidentKey: "postgres/replication-lag:db2",
    createdAt: "2017-01-31T22:00:00Z",
    resolvedAt: "2017-02-01T18:14:00Z",
    priority: "P1",
    steps: [
      {
        at: "2017-01-31T22:00:00Z",
        kind: "trigger",
        summary: "Replication lag on db2.cluster above threshold",
      },
      { at: "2017-01-31T22:00:20Z", kind: "notify", to: YP, channel: "push" },
      { at: "2017-01-31T22:00:20Z", kind: "notify", to: YP, channel: "sms" },
      { at: "2017-01-31T22:04:00Z", kind: "ack", by: YP },
      {
        at: "2017-01-31T22:10:00Z",
        kind: "note",
        by: JN,
        text: "Context: from 21:00 spam pushed database load up and briefly locked writes. We blocked the spammers by IP address and removed a user who was using a repository as a CDN (47,000 IPs signing in with one account).",
      },
      {
        at: "2017-01-31T22:35:00Z",
        kind: "note",
        by: YP,
        text: "db2 is about 4 GB behind and the WAL segments it needs are already gone from db1, so it cannot catch up. Plan: wipe db2's data directory and re-seed it with pg_basebackup.",
      },
      {
        at: "2017-01-31T23:00:00Z",
        kind: "note",
        by: YP,
        text: "pg_basebackup complained there were not enough replication slots, so I raised max_wal_senders to 32 on db1 and restarted PostgreSQL. It then would not start (too many semaphores with max_connections = 8000), so I lowered max_connections from 8000 to 2000. db1 is back up.",
      },
      {
        at: "2017-01-31T23:20:00Z",
        kind: "note",
        by: YP,
        text: "pg_basebackup just sits there with no output. Going to remove the data directory on db2 again and retry.",
      },
      {
        at: "2017-01-31T23:27:00Z",
        kind: "note",
        by: YP,
        text: "I ran rm -rf on the data directory of db1, not db2. Stopped it after a second or two but roughly 300 GB of 310 GB is gone. The primary is down.",
      },
      { at: "2017-01-31T23:28:00Z", kind: "escalate", level: 2, to: [JN] },
      { at: "2017-01-31T23:28:10Z", kind: "notify", to: JN, channel: "phone" },
      {
        at: "2017-01-31T23:40:00Z",
        kind: "note",
        by: JN,
        text: "Backups: the nightly pg_dump to S3 has been producing nothing (it ran pg_dump 9.2 against 9.6), and disk snapshots are not enabled for the database servers. The best copy is the LVM snapshot YP took at 17:20 UTC to refresh staging.",
      },
      {
        at: "2017-02-01T00:36:00Z",
        kind: "note",
        by: JN,
        text: "Decision: restore from the 17:20 LVM snapshot on db1.staging. Copying its data directory to production; staging's disks are slow (about 60 Mbps), expect many hours.",
      },
      {
        at: "2017-02-01T14:00:00Z",
        kind: "note",
        by: JN,
        text: "Copy finished. Starting PostgreSQL on db1 with the restored data; replication to db2 will be rebuilt afterwards.",
      },
      {
        at: "2017-02-01T16:00:00Z",
        kind: "note",
        by: JN,
        text: "Database restored. Webhooks created before 17:20 are back; ones created after are lost. Opening GitLab.com up again gradually.",
      },
      {
        at: "2017-02-01T18:14:00Z",
        kind: "resolve",
        by: JN,
        message:
          "GitLab.com is back online on the database restored from the 17:20 UTC LVM snapshot; about six hours of database changes are lost.",
      },
      {
        at: "2017-02-02T10:00:00Z",
        kind: "note",
        by: JN,
        text: "Follow-up: test restores regularly, set up WAL archiving for point-in-time recovery, alert on empty backups, and publish the postmortem.",
      },
    ],
  },
  {
    file: "1810-github-mysql-network-partition.json",
    id: "QGITHUB2018NP1",
    number: 1810,
    title: "MySQL topology changed: primaries promoted in US West after network partition",
    service: { id: "PGHMYSQ", name: "GitHub.com MySQL" },
    incidentKey: "mysql/orchestrator-topology-change",
    createdAt: "2018-10-21T22:52:00Z",
    resolvedAt: "2018-10-22T23:03:00Z",
    priority: "P1",
    storm: {
      from: "2018-10-21T22:52:00Z",
      to: "2018-10-21T23:37:00Z",
      triggers: 1200,
      summary: "Triggered through the API.",
      channels: ["push", "sms"],
      to_: GH_SRE,
      phoneOnce: true,
    },
    steps: [
      { at: "2018-10-21T22:54:00Z", kind: "ack", by: GH_SRE },
      {
        at: "2018-10-21T23:07:00Z",
        kind: "note",
        by: GH_SRE,
        text: "Topology is wrong: after a 43-second network partition at 22:52 Orchestrator promoted primaries in US West. Writes taken in US East during the gap are not in West. Locked the deployment tooling so nothing else changes.",
      },
      { at: "2018-10-21T23:11:00Z", kind: "escalate", level: 2, to: [GH_DB] },
      { at: "2018-10-21T23:11:10Z", kind: "notify", to: GH_DB, channel: "phone" },
      {
        at: "2018-10-21T23:13:00Z",
        kind: "note",
        by: GH_DB,
        text: "Several clusters have writes in East and in West that the other side lacks. Failing back to East directly would lose West's writes.",
      },
      {
        at: "2018-10-21T23:19:00Z",
        kind: "note",
        by: GH_IC,
        text: "Paused webhook delivery and GitHub Pages builds to protect data integrity. Status set to red.",
      },
      {
        at: "2018-10-22T00:05:00Z",
        kind: "note",
        by: GH_DB,
        text: "Plan: restore the MySQL clusters from backups in US East, replicate West's writes onto them, then fail back. Backups are several terabytes; download and decompression take hours.",
      },
      {
        at: "2018-10-22T06:51:00Z",
        kind: "note",
        by: GH_DB,
        text: "Several clusters restored from backups in US East and replicating from West.",
      },
      {
        at: "2018-10-22T11:12:00Z",
        kind: "note",
        by: GH_DB,
        text: "All primaries are in US East again. Pages load, but many read replicas are still behind and serve stale data.",
      },
      {
        at: "2018-10-22T13:15:00Z",
        kind: "note",
        by: GH_DB,
        text: "Peak traffic and replica lag rising; added more read replicas in the public cloud to spread the read load.",
      },
      {
        at: "2018-10-22T16:24:00Z",
        kind: "note",
        by: GH_DB,
        text: "Replicas in sync; failed over to the original topology. Processing the backlog of about five million webhook events and 80,000 Pages builds.",
      },
      {
        at: "2018-10-22T16:45:00Z",
        kind: "note",
        by: GH_IC,
        text: "Webhook delivery re-enabled; replaying the queued hook deliveries (those past their TTL were dropped).",
      },
      {
        at: "2018-10-22T23:03:00Z",
        kind: "resolve",
        by: GH_IC,
        message: "All pending webhooks and Pages builds processed; all systems operating normally.",
      },
      {
        at: "2018-10-23T09:00:00Z",
        kind: "note",
        by: GH_IC,
        text: "Post-incident analysis to follow. Keeping the deployment freeze until the review.",
      },
    ],
  },
  {
    file: "1902-prow-pods-wrong-namespace.json",
    id: "QPROW20190205A",
    number: 1902,
    title: "Prow jobs stuck at start after prow bump: PRs cannot merge",
    service: PROW,
    incidentKey: "tide/merge-blocked",
    createdAt: "2019-02-05T16:47:00Z",
    resolvedAt: "2019-02-05T17:34:00Z",
    priority: "P2",
    steps: [
      {
        at: "2019-02-05T16:47:00Z",
        kind: "trigger",
        summary: "Tide: pull requests blocked on required status contexts",
      },
      { at: "2019-02-05T16:47:20Z", kind: "notify", to: KATHARINE, channel: "push" },
      { at: "2019-02-05T16:57:00Z", kind: "ack", by: KATHARINE },
      {
        at: "2019-02-05T16:57:30Z",
        kind: "note",
        by: KATHARINE,
        text: "Not sure the branchprotector run had the desired effect: GitHub statuses that should have been removed are still required, so any PR that skips a conditionally triggered job is blocked. This is not right. Rolling back.",
      },
      {
        at: "2019-02-05T17:02:00Z",
        kind: "note",
        by: KATHARINE,
        text: "Created a PR to roll back the prow bump pending investigation.",
      },
      {
        at: "2019-02-05T17:12:00Z",
        kind: "note",
        by: KATHARINE,
        text: "Manually merged the rollback PR; it was itself blocked on the missing status contexts.",
      },
      {
        at: "2019-02-05T17:19:00Z",
        kind: "note",
        by: KATHARINE,
        text: "I'm not convinced prow is healthy enough to roll itself back. We can apply the yamls by hand if we must; verifying first.",
      },
      {
        at: "2019-02-05T17:27:00Z",
        kind: "note",
        by: KATHARINE,
        text: "Pods are landing in the `default` namespace instead of `test-pods`, so nothing can mount its secrets. The deploy job is wedged the same way.",
      },
      {
        at: "2019-02-05T17:29:00Z",
        kind: "note",
        by: KATHARINE,
        text: "Rolling prow back by hand with prow/deploy.sh.",
      },
      {
        at: "2019-02-05T17:34:00Z",
        kind: "resolve",
        by: KATHARINE,
        message: "Okay, the manual rollback worked.",
      },
      {
        at: "2019-02-05T17:39:00Z",
        kind: "note",
        by: KATHARINE,
        text: "The stuck jobs are recovering on their own.",
      },
      {
        at: "2019-02-05T18:33:00Z",
        kind: "note",
        by: STEVE,
        text: "Found it: a typo in the client refactor reads ProwJobNamespace instead of PodNamespace. Fix in kubernetes/test-infra#11130.",
      },
      {
        at: "2019-02-05T18:45:00Z",
        kind: "note",
        by: KATHARINE,
        text: "Deleted the 415 stray pods still trying to start with `kubectl delete pods -l created-by-prow=true`.",
      },
    ],
  },
  {
    file: "1904-mandrill-postgres-wraparound.json",
    id: "QMANDRILL2019W",
    number: 1904,
    title:
      "Write errors from postgres://mandrill_app:Pg-s3cret-2019@pg-shard-3.internal:5432/mandrill: wraparound protection",
    service: { id: "PMNDRL1", name: "Mandrill" },
    incidentKey: "postgres/shard-write-errors",
    createdAt: "2019-02-04T05:35:00Z",
    resolvedAt: "2019-02-05T22:09:00Z",
    priority: "P1",
    steps: [
      { at: "2019-02-04T05:35:00Z", kind: "trigger", summary: "Job failures writing to Postgres shard 3" },
      { at: "2019-02-04T05:35:30Z", kind: "notify", to: MANDRILL, channel: "push" },
      { at: "2019-02-04T05:40:30Z", kind: "notify", to: MANDRILL, channel: "phone" },
      { at: "2019-02-04T05:50:00Z", kind: "ack", by: MANDRILL },
      {
        at: "2019-02-04T06:10:00Z",
        kind: "note",
        by: MANDRILL_DB,
        text: "One of our five Postgres instances saw a spike in writes and has gone into wraparound safety shutdown: 'database is not accepting commands to avoid wraparound data loss'. Started VACUUM in single-user mode; there is no way to see its progress.",
      },
      {
        at: "2019-02-04T09:00:00Z",
        kind: "note",
        by: MANDRILL,
        text: "Jobs that cannot write are queued on the application servers and their disks are filling up. About 20% of outbound mail is delayed; inbound mail and webhooks mostly fail.",
      },
      {
        at: "2019-02-04T11:30:00Z",
        kind: "note",
        by: MANDRILL,
        text: "Moving queued job files off the app servers to S3 with AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY from the cronjob host.",
      },
      {
        at: "2019-02-04T18:00:00Z",
        kind: "note",
        by: MANDRILL_DB,
        text: "Second track: dump the shard and restore it onto a new instance, leaving out non-essential tables so it is smaller. The vacuum keeps running meanwhile.",
      },
      {
        at: "2019-02-05T16:00:00Z",
        kind: "note",
        by: MANDRILL_DB,
        text: "Restore onto the new instance finished; pointed shard 3 at it. Replaying the jobs queued on the application servers.",
      },
      {
        at: "2019-02-05T22:09:00Z",
        kind: "resolve",
        by: MANDRILL,
        message: "Sending at full volume again; queued jobs replayed.",
      },
      {
        at: "2019-02-06T15:00:00Z",
        kind: "note",
        by: MANDRILL_DB,
        text: "Follow-up: monitor and alert on transaction ID age for every shard; the backlog ticket for this from November is now top priority.",
      },
    ],
  },
  {
    file: "1905-prow-disk-iops-throttling.json",
    id: "QPROW20190530B",
    number: 1905,
    title: "Prow jobs reported failed on GitHub while Deck shows them running",
    service: PROW,
    incidentKey: "prow/job-state-mismatch",
    createdAt: "2019-05-30T20:26:00Z",
    resolvedAt: "2019-05-31T14:00:00Z",
    priority: "P2",
    steps: [
      {
        at: "2019-05-30T20:26:00Z",
        kind: "trigger",
        by: CBLECKER,
        summary: "Failures reported to GitHub but Deck says the jobs are still running",
      },
      { at: "2019-05-30T20:26:20Z", kind: "notify", to: TONY, channel: "push" },
      { at: "2019-05-30T20:27:00Z", kind: "ack", by: TONY },
      {
        at: "2019-05-30T20:50:00Z",
        kind: "note",
        by: TONY,
        text: "No significant red flag at the moment. The job you gave is too old to get anything useful from; maybe a transient issue with the job that uploads the finish state. Send a more recent one if you see it again.",
      },
      {
        at: "2019-05-30T21:11:00Z",
        kind: "note",
        by: KATHARINE,
        text: "A bunch of pods and nodes are in very questionable states, and pods are being evicted by something that is not us.",
      },
      {
        at: "2019-05-30T21:43:00Z",
        kind: "note",
        by: KATHARINE,
        text: "Root cause from Random-Liu: severe I/O throttling. We have exhausted our IOPS quota by a factor of two; with 250 GB disks a node gets 187.5 IOPS and busy nodes spike far past it. Flakes abound.",
      },
      {
        at: "2019-05-30T22:02:00Z",
        kind: "note",
        by: TONY,
        text: "Working on an upgrade plan; requested additional disk quota and will announce the maintenance before starting.",
      },
      { at: "2019-05-30T22:14:00Z", kind: "note", by: TONY, text: "Additional disk quota granted." },
      {
        at: "2019-05-31T00:07:00Z",
        kind: "note",
        by: CBLECKER,
        text: "Can I get an update on the health of things? It still looks very unhealthy from the outside.",
      },
      {
        at: "2019-05-31T00:10:00Z",
        kind: "note",
        by: KATHARINE,
        text: "Things are worse. I'm bringing up 80 nodes with more disk space, which is what our quota headroom allows.",
      },
      {
        at: "2019-05-31T00:17:00Z",
        kind: "note",
        by: KATHARINE,
        text: "And by 80 I mean 55 nodes with 500 GB disks. Then I'll shift capacity over from the existing node pool until we are back at 100. New nodes are up and jobs are being scheduled on them.",
      },
      {
        at: "2019-05-31T00:41:00Z",
        kind: "note",
        by: BEN,
        text: "Migrating capacity from the smaller-disk node pool to the bigger one: draining the old nodes and growing the new pool. Slower, but we standardise on the bigger disks.",
      },
      {
        at: "2019-05-31T06:55:00Z",
        kind: "note",
        by: BEN,
        text: "Done migrating; every node now has 500 GB disks.",
      },
      {
        at: "2019-05-31T14:00:00Z",
        kind: "resolve",
        by: KATHARINE,
        message: "Prow is merging at its usual rate again.",
      },
      {
        at: "2019-05-31T16:00:00Z",
        kind: "note",
        by: KATHARINE,
        text: "Action item: page the on-call when tide stops merging (kubernetes/test-infra#12829); prepare new on-call members before they join the rotation.",
      },
    ],
  },
  {
    file: "1907-cloudflare-waf-regex-cpu.json",
    id: "QCLOUDFLARE19W",
    number: 1907,
    title: "CPU exhaustion on edge servers worldwide: HTTP 502 for proxied traffic",
    service: { id: "PCFEDGE", name: "Cloudflare edge proxy" },
    incidentKey: "edge/cpu-exhaustion",
    createdAt: "2019-07-02T13:42:00Z",
    resolvedAt: "2019-07-02T14:52:00Z",
    priority: "P1",
    storm: {
      from: "2019-07-02T13:42:00Z",
      to: "2019-07-02T14:07:00Z",
      triggers: 400,
      summary: "Triggered through the API.",
      channels: ["push", "sms"],
      to_: CF_SRE,
      phoneOnce: false,
    },
    steps: [
      { at: "2019-07-02T13:45:00Z", kind: "ack", by: CF_SRE },
      {
        at: "2019-07-02T13:50:00Z",
        kind: "note",
        by: CF_SRE,
        text: "CPU at 100% on edge machines in every location and 502s for proxied sites. It does not look like an attack.",
      },
      {
        at: "2019-07-02T14:00:00Z",
        kind: "note",
        by: CF_WAF,
        text: "It's the WAF: a new managed rule for XSS detection went out globally at 13:42 and its regex backtracks catastrophically: (?:(?:\\\"|'|\\]|\\}|\\\\|\\d|(?:nan|infinity|true|false|null|undefined|symbol|math)|\\`|\\-|\\+)+[)]*;?((?:\\s|-|~|!|{}|\\|\\||\\+)*.*(?:.*=.*)))",
      },
      {
        at: "2019-07-02T14:02:00Z",
        kind: "note",
        by: CF_SRE,
        text: "Proposal: a global kill of the WAF managed rules.",
      },
      {
        at: "2019-07-02T14:07:00Z",
        kind: "note",
        by: CF_SRE,
        text: "Global WAF kill executed; the WAF managed rules are disabled everywhere.",
      },
      {
        at: "2019-07-02T14:09:00Z",
        kind: "note",
        by: CF_SRE,
        text: "Traffic and CPU back to expected levels.",
      },
      {
        at: "2019-07-02T14:50:00Z",
        kind: "note",
        by: CF_WAF,
        text: "The rule change is reverted and tested; WAF managed rules are on again globally.",
      },
      {
        at: "2019-07-02T14:52:00Z",
        kind: "resolve",
        by: CF_SRE,
        message: "WAF re-enabled everywhere after the rule rollback; traffic normal.",
      },
    ],
  },
];
