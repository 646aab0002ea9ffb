// Incidents that share an underlying cause but arrive under different titles, alert keys and services,
// with the fix described in different words each time: what similar-incident search has to find.
import { checkly, datadog, prometheus } from "./alerts.js";
import type { IncidentPlan } from "./timeline.js";

const IDLE_IN_TRANSACTION =
  "The ledger settlement batch leaves Postgres sessions idle in transaction until the connection limit is reached";
const DNS_TOKEN_EXPIRED =
  "cert-manager cannot renew TLS certificates because the DNS provider API token of the DNS-01 solver expired";
const RETRY_QUEUE_LEAK = "payments-api leaks memory in its webhook retry queue until pods are OOMKilled";
const SMS_RATE_LIMIT =
  "The SMS provider throttles the notifications worker (HTTP 429) after a burst of sends";
const STALE_SLOT =
  "An abandoned replication slot retains WAL until Postgres disks fill and replicas fall behind";

export const RECURRING_INCIDENTS: IncidentPlan[] = [
  // ---- Postgres connections held by the ledger batch ----
  {
    slug: "db-primary-connections-near-limit",
    at: "2026-10-06T03:12:00Z",
    service: "postgres",
    title: "Postgres connections at 97% of max_connections on db-primary",
    urgency: "high",
    priority: "P2",
    alert: prometheus({
      key: "pg_connections_high:db-primary",
      alertname: "PostgresConnectionsNearLimit",
      summary: "db-primary uses 291 of 300 connections",
      description: "sum(pg_stat_activity_count) / pg_settings_max_connections > 0.95 for 5m",
      labels: { instance: "db-primary:9187", cluster: "pg-main", namespace: "databases" },
      value: "0.97",
      dashboard: "postgres-overview",
    }),
    ack: { after: 4 },
    notes: [
      {
        after: 7,
        text: [
          "Most connections belong to `ledger_batch` and sit `idle in transaction`:",
          "```sql",
          "select usename, state, count(*) from pg_stat_activity group by 1, 2 order by 3 desc;",
          "```",
          "ledger_batch | idle in transaction | 212",
        ].join("\n"),
      },
      {
        after: 14,
        text: [
          "Ended the idle ledger_batch sessions older than five minutes:",
          "```sql",
          "select pg_terminate_backend(pid) from pg_stat_activity",
          "where usename = 'ledger_batch' and state = 'idle in transaction'",
          "  and state_change < now() - interval '5 minutes';",
          "```",
          "Down to 88 connections.",
        ].join("\n"),
      },
    ],
    resolve: {
      after: 31,
      note: "Connections steady around 30%. The settlement batch opens one transaction per input file and never rolls it back when a file fails to parse (LEDGER-412).",
    },
    cause: IDLE_IN_TRANSACTION,
  },
  {
    slug: "payments-api-errors-connection-slots",
    at: "2026-10-21T17:40:00Z",
    service: "payments-api",
    title: "Payments API error rate above 5% (FATAL: remaining connection slots are reserved)",
    urgency: "high",
    priority: "P1",
    alert: prometheus({
      key: "payments_api_5xx_ratio",
      alertname: "PaymentsApiErrorRatio",
      summary: "payments-api 5xx ratio is 7.4%",
      description:
        "sum(rate(http_requests_total{code=~'5..'}[5m])) / sum(rate(http_requests_total[5m])) > 0.05",
      labels: { namespace: "payments", service: "payments-api" },
      value: "0.074",
      dashboard: "payments-api",
    }),
    ack: { after: 2 },
    notes: [
      {
        after: 3,
        text: "Every 5xx is `FATAL: remaining connection slots are reserved for non-replication superuser connections`. The API is healthy; the database has no connections left.",
      },
      {
        after: 9,
        text: 'Who holds them: `psql -h db-primary -U ops -c "select usename, state, count(*) from pg_stat_activity group by 1, 2 order by 3 desc"` shows 190 ledger_batch sessions idle in transaction.',
      },
      {
        after: 12,
        text: "Terminated them with `select pg_terminate_backend(pid) from pg_stat_activity where usename = 'ledger_batch' and state = 'idle in transaction';` and the error rate is falling.",
      },
    ],
    resolve: {
      after: 25,
      note: "Errors below 0.1% again. The ledger batch leaked sessions as it did on Oct 6; LEDGER-412 is still open.",
    },
    cause: IDLE_IN_TRANSACTION,
  },
  {
    slug: "ledger-settlement-no-db-connection",
    at: "2026-11-04T17:15:00Z",
    service: "ledger",
    title: "Ledger settlement batch stalled: could not obtain a database connection",
    urgency: "high",
    priority: "P2",
    alert: prometheus({
      key: "ledger_settlement_stalled",
      alertname: "LedgerSettlementStalled",
      summary: "No settlement file processed for 20 minutes",
      description: "increase(ledger_settlement_files_processed_total[20m]) == 0 during the settlement window",
      labels: { namespace: "payments", job: "ledger-settlement" },
      value: "0",
      dashboard: "ledger",
    }),
    ack: { after: 3 },
    notes: [
      {
        after: 5,
        text: "Batch log: `HikariPool-1 - Connection is not available, request timed out after 30000ms`. db-primary is at max_connections. Asking Carol to look at the database side.",
      },
      {
        after: 14,
        text: [
          "Stopped the batch from opening more sessions, then cleared the ones it left idle in a transaction:",
          "```",
          `kubectl -n payments patch cronjob ledger-settlement -p '{"spec":{"suspend":true}}'`,
          "```",
          "and `pg_terminate_backend` on every ledger_batch backend that was `idle in transaction`.",
        ].join("\n"),
      },
      {
        after: 40,
        text: 'One manual run went through (`kubectl -n payments create job --from=cronjob/ledger-settlement ledger-settlement-manual-1104`), so I resumed the cronjob with `"suspend": false`.',
      },
    ],
    reassign: { after: 7, to: "carol" },
    resolve: {
      after: 46,
      note: "Settlement has caught up. Same cause as before: the batch's error path leaves its transaction open.",
    },
    cause: IDLE_IN_TRANSACTION,
  },
  {
    slug: "db-primary-too-many-clients",
    at: "2026-11-18T20:05:00Z",
    service: "postgres",
    title: "db-primary: FATAL sorry, too many clients already",
    urgency: "high",
    alert: prometheus({
      key: "pg_too_many_clients:db-primary",
      alertname: "PostgresConnectionRejected",
      summary: "db-primary rejects new connections",
      description: "rate(postgres_log_messages_total{message='too many clients already'}[5m]) > 0",
      labels: { instance: "db-primary:9187", cluster: "pg-main", namespace: "databases" },
      value: "3.2",
      dashboard: "postgres-overview",
    }),
    ack: { after: 3 },
    notes: [
      {
        after: 4,
        text: "Same picture as the October pages: 174 ledger_batch sessions idle in transaction.",
      },
      {
        after: 10,
        text: [
          "Cleared them and added a guard on the role so they cannot pile up again:",
          "```sql",
          "alter role ledger_batch set idle_in_transaction_session_timeout = '60s';",
          "select pg_terminate_backend(pid) from pg_stat_activity",
          "where usename = 'ledger_batch' and state = 'idle in transaction';",
          "```",
        ].join("\n"),
      },
    ],
    resolve: {
      after: 22,
      note: "Postgres now ends any ledger_batch session that stays idle in a transaction for more than 60 s. The batch fix (LEDGER-412) ships next week.",
    },
    cause: IDLE_IN_TRANSACTION,
  },

  // ---- TLS renewals failing on the DNS-01 challenge ----
  {
    slug: "checkout-certificate-expires-soon",
    at: "2026-10-09T13:30:00Z",
    service: "checkout-gateway",
    title: "Certificate for checkout.example.com expires in 7 days",
    urgency: "low",
    alert: prometheus({
      key: "cert_expiry:checkout.example.com",
      alertname: "TLSCertificateExpiringSoon",
      summary: "checkout.example.com certificate expires 2026-10-16",
      description: "probe_ssl_earliest_cert_expiry - time() < 7 * 86400",
      severity: "warning",
      labels: { instance: "https://checkout.example.com", job: "blackbox" },
      value: "604212",
    }),
    ack: { after: 45 },
    notes: [
      {
        after: 50,
        text: "`kubectl -n edge describe certificate checkout-tls`: renewal keeps failing with `Error presenting challenge: DNS provider returned 401 Unauthorized`.",
      },
      {
        after: 70,
        text: [
          "The API token in `cert-manager/dns-api-token` expired on Oct 1. Made a new token and replaced the secret:",
          "```",
          "kubectl -n cert-manager create secret generic dns-api-token --from-literal=api-token=<new token> --dry-run=client -o yaml | kubectl apply -f -",
          "cmctl renew checkout-tls -n edge",
          "```",
        ].join("\n"),
      },
    ],
    resolve: {
      after: 95,
      note: "Renewed; valid until mid-January. The new token expires in 30 days and nobody owns rotating it.",
    },
    cause: DNS_TOKEN_EXPIRED,
  },
  {
    slug: "edge-tls-handshake-failures",
    at: "2026-11-02T06:20:00Z",
    service: "checkout-gateway",
    title: "TLS handshake failures at the edge for pay.example.com",
    urgency: "high",
    priority: "P1",
    alert: datadog({
      key: "edge_tls_handshake_errors",
      monitorId: 4812201,
      title: "Edge TLS handshake errors above 2% on pay.example.com",
      query: "sum(last_5m):sum:edge.tls.handshake_errors{host:pay.example.com}.as_rate() > 0.02",
      value: "0.31",
      threshold: "0.02",
      tags: ["service:checkout-gateway", "env:prod"],
    }),
    ack: { after: 17, by: "primary" },
    notes: [
      {
        after: 20,
        text: "Browsers show NET::ERR_CERT_DATE_INVALID for pay.example.com: the certificate expired at 06:00 UTC. checkout.example.com is fine.",
      },
      {
        after: 27,
        text: "cert-manager has failed to renew pay-tls for two weeks. `kubectl -n edge get certificaterequest` lists them all as Failed with `401 Unauthorized` from the DNS provider: the 30-day token from October ran out.",
      },
      {
        after: 33,
        text: "New DNS token in the secret, then `cmctl renew pay-tls -n edge`. Handshakes recovering.",
      },
    ],
    resolve: {
      after: 41,
      note: "New certificate is served. Added an alert on failed CertificateRequests and asked for a token that lasts a year.",
    },
    cause: DNS_TOKEN_EXPIRED,
  },
  {
    slug: "status-page-certificate-invalid",
    at: "2026-11-20T13:10:00Z",
    service: "status-page",
    title: "Synthetic check failed: status.example.com certificate is not valid",
    urgency: "low",
    alert: checkly({
      key: "checkly_status_page_tls",
      check: "status.example.com homepage",
      summary: "status.example.com: certificate has expired",
      error: "CERT_HAS_EXPIRED",
      locations: ["eu-central-1", "us-east-1", "ap-northeast-1"],
    }),
    ack: { after: 15 },
    notes: [
      {
        after: 20,
        text: "`echo | openssl s_client -connect status.example.com:443 -servername status.example.com 2>/dev/null | openssl x509 -noout -enddate` says notAfter=Nov 20 12:00:00 2026 GMT.",
      },
      {
        after: 35,
        text: "The renewal is stuck at the DNS-01 challenge with the same 401 as pay.example.com. The token rotated on Nov 2 only covers the example.com zone, and status.example.com is a delegated zone of its own. Issued a token for both zones, then `cmctl renew status-tls -n status-page`.",
      },
    ],
    resolve: { after: 50 },
    cause: DNS_TOKEN_EXPIRED,
  },

  // ---- payments-api memory leak ----
  {
    slug: "payments-api-crashloop",
    at: "2026-10-01T22:48:00Z",
    service: "payments-api",
    title: "payments-api pods in CrashLoopBackOff",
    urgency: "high",
    priority: "P2",
    alert: prometheus({
      key: "kube_pod_crashlooping:payments/payments-api",
      alertname: "KubePodCrashLooping",
      summary: "4 payments-api pods restarting repeatedly",
      description: "rate(kube_pod_container_status_restarts_total{namespace='payments'}[10m]) > 0",
      labels: { namespace: "payments", deployment: "payments-api", container: "api" },
      value: "4",
      dashboard: "kubernetes-workloads",
    }),
    ack: { after: 6 },
    notes: [
      {
        after: 8,
        text: "`kubectl -n payments get pods -l app=payments-api`: 4 of 6 pods restarting, last state `OOMKilled` at the 1Gi limit.",
      },
      {
        after: 12,
        text: "Restarted the deployment for fresh pods: `kubectl rollout restart deployment/payments-api -n payments`. Memory grows about 100Mi an hour from start.",
      },
    ],
    resolve: {
      after: 26,
      note: "All pods healthy since the restart. The growth needs a heap profile in daylight; opened PAY-2291.",
    },
    cause: RETRY_QUEUE_LEAK,
  },
  {
    slug: "payments-api-memory-high",
    at: "2026-10-15T14:05:00Z",
    service: "payments-api",
    title: "High memory usage on payments-api (working set above 90% of limit)",
    urgency: "low",
    alert: prometheus({
      key: "container_memory_high:payments/payments-api",
      alertname: "ContainerMemoryNearLimit",
      summary: "payments-api working set at 93% of its memory limit",
      description: "container_memory_working_set_bytes / container_spec_memory_limit_bytes > 0.9 for 15m",
      severity: "warning",
      labels: { namespace: "payments", deployment: "payments-api", container: "api" },
      value: "0.93",
      dashboard: "payments-api",
    }),
    ack: { after: 12 },
    notes: [
      {
        after: 20,
        text: "Heap profile from one pod (`kubectl -n payments exec deploy/payments-api -- curl -s localhost:6060/debug/pprof/heap > heap.pb.gz`): the webhook retry queue holds 1.3M entries. Deliveries that merchants already acknowledged are never dropped from it.",
      },
      {
        after: 28,
        text: "Rolling restart to buy time: `kubectl rollout restart deployment/payments-api -n payments`.",
      },
    ],
    resolve: { after: 40 },
    cause: RETRY_QUEUE_LEAK,
  },
  {
    slug: "webhook-deliveries-delayed",
    at: "2026-10-27T09:30:00Z",
    service: "webhooks",
    title: "Webhook deliveries delayed by more than 5 minutes",
    urgency: "high",
    alert: prometheus({
      key: "webhook_delivery_lag",
      alertname: "WebhookDeliveryLag",
      summary: "Oldest undelivered webhook is 7m old",
      description: "max(webhook_oldest_pending_seconds) > 300",
      labels: { namespace: "payments", deployment: "webhook-dispatcher" },
      value: "431",
      dashboard: "webhooks",
    }),
    ack: { after: 4 },
    notes: [
      {
        after: 7,
        text: "The dispatcher itself is fine; it waits on payments-api, whose pods keep getting OOMKilled. Deliveries pile up during every restart.",
      },
      {
        after: 13,
        text: "`kubectl rollout restart deployment/payments-api -n payments` and the backlog drains.",
      },
    ],
    resolve: {
      after: 35,
      note: "Backlog empty. The underlying leak is PAY-2291 (the retry queue inside payments-api).",
    },
    cause: RETRY_QUEUE_LEAK,
  },
  {
    slug: "payments-api-latency-p99",
    at: "2026-11-11T04:10:00Z",
    service: "payments-api",
    title: "Payments API p99 latency above 2s",
    urgency: "high",
    priority: "P2",
    alert: prometheus({
      key: "payments_api_latency_p99",
      alertname: "PaymentsApiLatencyHigh",
      summary: "payments-api p99 latency 2.6s",
      description:
        "histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m]))) > 2",
      labels: { namespace: "payments", service: "payments-api" },
      value: "2.6",
      dashboard: "payments-api",
    }),
    ack: { after: 18 },
    notes: [
      {
        after: 21,
        text: "The latency is garbage collection: pods sit at 95% of their memory limit and spend their time collecting. Same leak as PAY-2291.",
      },
      {
        after: 27,
        text: [
          "Stopgap until the fix ships, more memory and fresh pods:",
          "```",
          "kubectl -n payments set resources deployment/payments-api --limits=memory=1536Mi",
          "kubectl rollout restart deployment/payments-api -n payments",
          "```",
        ].join("\n"),
      },
    ],
    resolve: {
      after: 41,
      note: "p99 back to 180 ms. The higher limit is temporary; the PAY-2291 fix is in review.",
    },
    cause: RETRY_QUEUE_LEAK,
  },

  // ---- SMS provider throttling ----
  {
    slug: "notification-queue-depth",
    at: "2026-10-08T11:25:00Z",
    service: "notifications",
    title: "Notification queue depth above 50k",
    urgency: "high",
    alert: prometheus({
      key: "notifications_queue_depth",
      alertname: "NotificationQueueBacklog",
      summary: "notifications queue holds 58,214 messages",
      description: "sum(rabbitmq_queue_messages{queue='notifications'}) > 50000",
      labels: { namespace: "notifications", queue: "notifications" },
      value: "58214",
      dashboard: "notifications",
    }),
    ack: { after: 5 },
    notes: [
      {
        after: 6,
        text: "Queue grows by about 2k a minute. Worker log: `sms send failed: 429 Too Many Requests (retry-after: 30)`, and the worker retries at once, which makes it worse.",
      },
      {
        after: 14,
        text: "Capped the send rate: `kubectl -n notifications set env deployment/notifications-worker SMS_MAX_RPS=40`. Queue draining.",
      },
    ],
    resolve: {
      after: 48,
      note: "Queue empty. Our plan allows 50 requests/s at the provider; the marketing campaign pushed us to 120.",
    },
    cause: SMS_RATE_LIMIT,
  },
  {
    slug: "sms-delivery-failures",
    at: "2026-10-29T16:40:00Z",
    service: "notifications",
    title: "SMS delivery failure rate above 5%",
    urgency: "low",
    alert: prometheus({
      key: "notifications_sms_failure_ratio",
      alertname: "SmsDeliveryFailures",
      summary: "9.8% of SMS sends failed in the last 15 minutes",
      description: "sum(rate(sms_send_failures_total[15m])) / sum(rate(sms_send_total[15m])) > 0.05",
      severity: "error",
      labels: { namespace: "notifications", provider: "twilio" },
      value: "0.098",
    }),
    ack: { after: 20 },
    notes: [
      {
        after: 25,
        text: "Failures are 429s from the provider again. The last deploy put SMS_MAX_RPS back to 200 because the Helm values still carry the old number.",
      },
      {
        after: 32,
        text: "Set it back with `kubectl -n notifications set env deployment/notifications-worker SMS_MAX_RPS=40` and fixed values.yaml in the chart.",
      },
    ],
    resolve: { after: 60 },
    cause: SMS_RATE_LIMIT,
  },
  {
    slug: "twilio-429-too-many-requests",
    at: "2026-11-16T20:15:00Z",
    service: "notifications",
    title: "notifications-worker: Twilio responds 429 Too Many Requests",
    urgency: "high",
    alert: prometheus({
      key: "notifications_provider_throttled",
      alertname: "SmsProviderThrottling",
      summary: "SMS provider throttled 4,100 requests in 5 minutes",
      description: "sum(increase(sms_provider_responses_total{code='429'}[5m])) > 500",
      labels: { namespace: "notifications", provider: "twilio" },
      value: "4100",
      dashboard: "notifications",
    }),
    ack: { after: 3 },
    notes: [
      {
        after: 5,
        text: "A burst from the Black Friday preview campaign: 180k SMS queued within 10 minutes, and the provider lets us send 50 a second.",
      },
      {
        after: 12,
        text: "Scaled the worker down to stay under the limit (`kubectl -n notifications scale deployment/notifications-worker --replicas=2`) and asked the provider for a temporary raise.",
      },
    ],
    resolve: {
      after: 95,
      note: "Backlog sent by 21:50. The provider raised our limit to 150/s until Dec 1.",
    },
    cause: SMS_RATE_LIMIT,
  },

  // ---- WAL retained by forgotten replication slots ----
  {
    slug: "db-primary-disk-usage",
    at: "2026-10-12T01:35:00Z",
    service: "postgres",
    title: "db-primary disk usage above 90% on /var/lib/postgresql",
    urgency: "high",
    priority: "P2",
    alert: prometheus({
      key: "node_filesystem_usage:db-primary:/var/lib/postgresql",
      alertname: "NodeFilesystemAlmostFull",
      summary: "/var/lib/postgresql on db-primary is 91% full",
      description: "1 - node_filesystem_avail_bytes / node_filesystem_size_bytes > 0.9",
      labels: { instance: "db-primary:9100", mountpoint: "/var/lib/postgresql" },
      value: "0.91",
      dashboard: "node-exporter",
    }),
    ack: { after: 5 },
    notes: [
      {
        after: 7,
        text: "`du -sh /var/lib/postgresql/16/main/pg_wal` gives 410G. WAL is not being recycled.",
      },
      {
        after: 15,
        text: [
          "Found what holds it:",
          "```sql",
          "select slot_name, active, pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)) as retained",
          "from pg_replication_slots;",
          "```",
          "`analytics_cdc` is inactive and retains 402 GB. Analytics switched their CDC connector off last week without dropping its slot.",
        ].join("\n"),
      },
      {
        after: 22,
        text: "Dropped it after asking analytics: `select pg_drop_replication_slot('analytics_cdc');`. The next checkpoint removes the old WAL.",
      },
    ],
    resolve: { after: 40, note: "Disk at 31%." },
    cause: STALE_SLOT,
  },
  {
    slug: "replica-lag-ten-minutes",
    at: "2026-10-30T14:50:00Z",
    service: "postgres",
    title: "Postgres replication lag above 10 minutes on db-replica-1",
    urgency: "high",
    alert: prometheus({
      key: "pg_replication_lag:db-replica-1",
      alertname: "PostgresReplicationLag",
      summary: "db-replica-1 is 11m behind the primary",
      description: "pg_replication_lag_seconds > 600",
      labels: { instance: "db-replica-1:9187", cluster: "pg-main" },
      value: "664",
      dashboard: "postgres-replication",
    }),
    ack: { after: 6 },
    notes: [
      {
        after: 8,
        text: "The replica applies WAL as fast as it can. The primary's pg_wal is at 300G because checkpoints cannot recycle segments.",
      },
      {
        after: 16,
        text: "`select slot_name, active, restart_lsn from pg_replication_slots;` shows `analytics_cdc_v2` inactive since Oct 24. Dropped it with `select pg_drop_replication_slot('analytics_cdc_v2');` once the analytics on-call agreed.",
      },
    ],
    resolve: {
      after: 55,
      note: "Lag under a second again after the replica replayed the burst. Proposed max_slot_wal_keep_size = 100GB so a forgotten slot cannot fill the disk.",
    },
    cause: STALE_SLOT,
  },
  {
    slug: "ledger-report-stale",
    at: "2026-11-21T16:00:00Z",
    service: "ledger",
    title: "Ledger daily report is stale: reporting replica two hours behind",
    urgency: "low",
    alert: prometheus({
      key: "ledger_report_freshness",
      alertname: "LedgerReportStale",
      summary: "Daily ledger report data is 2h 04m old",
      description: "time() - ledger_report_source_timestamp_seconds > 3600",
      severity: "warning",
      labels: { namespace: "payments", job: "ledger-report" },
      value: "7440",
    }),
    ack: { after: 25 },
    notes: [
      {
        after: 30,
        text: "The report reads from db-replica-2, which is hours behind. On the primary, pg_wal is huge again.",
      },
      {
        after: 45,
        text: "Another inactive slot, `cdc_backfill_tmp`, left over from the analytics backfill. `select pg_drop_replication_slot('cdc_backfill_tmp');` and the replica catches up.",
      },
    ],
    resolve: { after: 90, note: "Report regenerated. We need max_slot_wal_keep_size." },
    cause: STALE_SLOT,
  },
];
