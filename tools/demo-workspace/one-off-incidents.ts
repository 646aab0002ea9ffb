// Incidents with causes of their own, a few of them still open at asOf. Some notes carry secrets a responder
// pasted by accident (fake values), so redaction has something to do.
import { checkly, datadog, prometheus } from "./alerts.js";
import type { IncidentPlan } from "./timeline.js";

export const ONE_OFF_INCIDENTS: IncidentPlan[] = [
  {
    slug: "ledger-kafka-consumer-lag",
    at: "2026-10-03T13:05:00Z",
    service: "ledger",
    title: "Kafka consumer lag on ledger-events above 100k",
    urgency: "high",
    alert: prometheus({
      key: "kafka_consumergroup_lag:ledger-consumer",
      alertname: "KafkaConsumerGroupLag",
      summary: "ledger-consumer is 131,402 messages behind on ledger-events",
      description: "sum(kafka_consumergroup_lag{consumergroup='ledger-consumer'}) > 100000",
      labels: { consumergroup: "ledger-consumer", topic: "ledger-events" },
      value: "131402",
      dashboard: "kafka-consumers",
    }),
    ack: { after: 4 },
    reassign: { after: 9, to: "alice" },
    notes: [
      {
        after: 6,
        by: "primary",
        text: "`kafka-consumer-groups --bootstrap-server kafka-0.kafka:9092 --describe --group ledger-consumer`: only partitions 3 and 7 lag; their consumers are stuck on one message each. Handing to Alice, who wrote the consumer.",
      },
      {
        after: 18,
        text: [
          "Stopped the consumers, then skipped the poison message (it is kept in the dead-letter topic):",
          "```",
          "kafka-consumer-groups --bootstrap-server kafka-0.kafka:9092 --group ledger-consumer \\",
          "  --reset-offsets --topic ledger-events:3 --shift-by 1 --execute",
          "```",
          "Same for partition 7.",
        ].join("\n"),
      },
    ],
    resolve: {
      after: 50,
      note: "Lag at 0. The poison messages were events in a currency the parser does not know yet (XCG).",
    },
  },
  {
    slug: "webhook-signature-failures-acme-shop",
    at: "2026-10-07T15:30:00Z",
    service: "webhooks",
    title: "Webhook signature failures for merchant acme-shop",
    urgency: "low",
    alert: prometheus({
      key: "webhook_signature_failures:acme-shop",
      alertname: "WebhookEndpointRejects",
      summary: "acme-shop rejected 412 deliveries with 401",
      description: "sum by (merchant) (increase(webhook_delivery_responses_total{code='401'}[30m])) > 100",
      severity: "warning",
      labels: { namespace: "payments", merchant: "acme-shop" },
      value: "412",
    }),
    ack: { after: 10 },
    notes: [
      {
        after: 15,
        text: [
          "Reproduced against the merchant's endpoint:",
          "```",
          "curl -i https://hooks.acme-shop.example/pay \\",
          "  -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhY21lLXNob3AiLCJkZW1vIjp0cnVlfQ.c2lnbmF0dXJlLWZvci10aGUtZGVtby1vbmx5' \\",
          "  -d @sample-event.json",
          "```",
          "They reject our signature: they rotated the signing secret in their own system but not in our dashboard.",
        ].join("\n"),
      },
      {
        after: 40,
        text: "The merchant entered the new secret in the dashboard; deliveries verify again.",
      },
    ],
    resolve: { after: 55 },
  },
  {
    slug: "edge-rate-limiter-partner-range",
    at: "2026-10-10T19:45:00Z",
    service: "checkout-gateway",
    title: "Rate limiter rejecting legitimate traffic from a partner range",
    urgency: "high",
    alert: datadog({
      key: "edge_ratelimit_rejections",
      monitorId: 4812234,
      title: "Edge rate-limit rejections above 500/min",
      query: "sum(last_5m):sum:edge.ratelimit.rejected{env:prod}.as_count() > 2500",
      value: "9120",
      threshold: "2500",
      tags: ["service:checkout-gateway", "env:prod"],
    }),
    ack: { after: 3 },
    notes: [
      {
        after: 5,
        text: "The 429s come from 198.51.100.0/24, the PayLater partner's new egress range since their cloud move.",
      },
      {
        after: 11,
        text: "Added the range to partners.allowlist with `kubectl -n edge edit configmap ratelimit-config`, then `kubectl -n edge rollout restart deployment/checkout-gateway`.",
      },
    ],
    resolve: { after: 20, note: "Rejections back to the usual level." },
  },
  {
    slug: "payments-api-errors-after-deploy",
    at: "2026-10-14T18:22:00Z",
    service: "payments-api",
    title: "Error rate up after deploy 2026.10.14-3",
    urgency: "high",
    priority: "P2",
    alert: prometheus({
      key: "payments_api_5xx_ratio",
      alertname: "PaymentsApiErrorRatio",
      summary: "payments-api 5xx ratio is 6.1%",
      description:
        "sum(rate(http_requests_total{code=~'5..'}[5m])) / sum(rate(http_requests_total[5m])) > 0.05",
      labels: { namespace: "payments", service: "payments-api" },
      value: "0.061",
      dashboard: "payments-api",
    }),
    ack: { after: 2 },
    notes: [
      {
        after: 4,
        text: "Began right after the 18:15 deploy. Errors are `NullPointerException in RefundController`, on refunds only.",
      },
      { after: 6, text: "Rolling back: `kubectl rollout undo deployment/payments-api -n payments`" },
      { after: 12, text: "Rollback done, error rate normal." },
    ],
    resolve: {
      after: 20,
      note: "Back on 2026.10.14-2. The release changed refunds without a null check; the fix is PAY-2305.",
    },
  },
  {
    slug: "gateway-dns-resolution-failures",
    at: "2026-10-17T02:55:00Z",
    service: "checkout-gateway",
    title: "DNS resolution failures for payments-api.payments.svc from the gateway",
    urgency: "high",
    alert: datadog({
      key: "edge_upstream_dns_errors",
      monitorId: 4812260,
      title: "checkout-gateway upstream DNS errors above 1%",
      query:
        "sum(last_5m):sum:edge.upstream.dns_errors{env:prod}.as_rate() / sum:edge.upstream.requests{env:prod}.as_rate() > 0.01",
      value: "0.083",
      threshold: "0.01",
      tags: ["service:checkout-gateway", "env:prod"],
    }),
    ack: { after: 19 },
    notes: [
      {
        after: 21,
        text: "CoreDNS pods have been at their CPU limit since the node pool resize: `kubectl -n kube-system top pods -l k8s-app=kube-dns`.",
      },
      {
        after: 26,
        text: "`kubectl -n kube-system scale deployment/coredns --replicas=6` and the errors stop.",
      },
    ],
    resolve: {
      after: 40,
      note: "CoreDNS scaled from 2 to 6 replicas; will add the DNS autoscaler in working hours.",
    },
  },
  {
    slug: "email-bounce-rate",
    at: "2026-10-19T10:20:00Z",
    service: "notifications",
    title: "Email bounce rate above 8%",
    urgency: "low",
    alert: prometheus({
      key: "notifications_email_bounce_ratio",
      alertname: "EmailBounceRateHigh",
      summary: "11% of emails bounced in the last hour",
      description: "sum(rate(email_bounces_total[1h])) / sum(rate(email_sent_total[1h])) > 0.08",
      severity: "warning",
      labels: { namespace: "notifications", provider: "ses" },
      value: "0.11",
    }),
    ack: { after: 50 },
    notes: [
      {
        after: 60,
        text: "Every bounce goes to one customer domain, mail.northwind.example, whose MX has been down since this morning. Nothing to do on our side.",
      },
    ],
    resolve: { after: 180, monitor: "Bounce rate back under 8%." },
  },
  {
    slug: "status-page-sync-401",
    at: "2026-10-23T12:40:00Z",
    service: "status-page",
    title: "Status page components not updating",
    urgency: "low",
    alert: checkly({
      key: "statuspage_sync_errors",
      check: "status page component sync",
      summary: "Component sync job failing for 30 minutes",
      error: "HTTP 401 from status page API",
      locations: ["eu-central-1"],
      severity: "warning",
    }),
    ack: { after: 25 },
    notes: [
      {
        after: 30,
        text: "The sync job gets 401 from the status page provider: its API key belonged to someone who left in September.",
      },
      {
        after: 42,
        text: "Created a service key and replaced the secret (`kubectl -n status-page create secret generic statuspage-api --from-literal=key=<service key> --dry-run=client -o yaml | kubectl apply -f -`); sync works.",
      },
    ],
    resolve: { after: 50 },
  },
  {
    slug: "payments-auth-rate-drop",
    at: "2026-10-24T04:40:00Z",
    service: "payments-api",
    title: "Card authorization success rate below 92%",
    urgency: "high",
    priority: "P1",
    alert: prometheus({
      key: "payments_auth_success_ratio",
      alertname: "AuthorizationSuccessRateLow",
      summary: "Authorization success rate 84.2% over 10 minutes",
      description:
        "sum(rate(authorizations_total{result='approved'}[10m])) / sum(rate(authorizations_total[10m])) < 0.92",
      labels: { namespace: "payments", service: "payments-api" },
      value: "0.842",
      dashboard: "payments-business",
    }),
    ack: { after: 3 },
    notes: [
      {
        after: 5,
        text: "All the extra declines are `issuer_unavailable` from the Nordbank acquirer; the other acquirers are normal.",
      },
      {
        after: 9,
        text: "Their status page confirms an outage. Sending traffic to the backup acquirer first: `kubectl -n payments set env deployment/payments-api ACQUIRER_ROUTING=backup-first`.",
      },
      {
        after: 70,
        text: "Nordbank is back; routing reset with `kubectl -n payments set env deployment/payments-api ACQUIRER_ROUTING=default`.",
      },
    ],
    resolve: {
      after: 75,
      note: "Authorization rate normal. The outage was on the acquirer's side; failing over took 10 minutes because it is manual.",
    },
  },
  {
    slug: "autovacuum-behind-ledger-entries",
    at: "2026-10-25T06:30:00Z",
    service: "postgres",
    title: "Autovacuum falling behind on ledger.entries (dead tuples 38%)",
    urgency: "low",
    alert: prometheus({
      key: "pg_dead_tuples_ratio:ledger.entries",
      alertname: "PostgresDeadTuplesHigh",
      summary: "ledger.entries has 38% dead tuples",
      description: "pg_stat_user_tables_n_dead_tup / (pg_stat_user_tables_n_live_tup + 1) > 0.3",
      severity: "warning",
      labels: { instance: "db-primary:9187", relname: "entries", schemaname: "ledger" },
      value: "0.38",
    }),
    ack: { after: 35 },
    notes: [
      {
        after: 40,
        text: "Autovacuum keeps being cancelled by the lock the hourly archiver takes on the table.",
      },
      {
        after: 55,
        text: [
          "Ran it by hand between archiver runs, and made autovacuum start earlier on this table:",
          "```sql",
          "vacuum (verbose, analyze) ledger.entries;",
          "alter table ledger.entries set (autovacuum_vacuum_scale_factor = 0.02);",
          "```",
        ].join("\n"),
      },
    ],
    resolve: { after: 120 },
  },
  {
    slug: "db-primary-slow-queries",
    at: "2026-11-05T15:20:00Z",
    service: "postgres",
    title: "Slow queries on db-primary: p95 above 800 ms",
    urgency: "high",
    priority: "P2",
    alert: prometheus({
      key: "pg_query_latency_p95:db-primary",
      alertname: "PostgresQueryLatencyHigh",
      summary: "db-primary query p95 is 1.1s",
      description: "histogram_quantile(0.95, sum by (le) (rate(pg_query_duration_seconds_bucket[5m]))) > 0.8",
      labels: { instance: "db-primary:9187", cluster: "pg-main" },
      value: "1.1",
      dashboard: "postgres-overview",
    }),
    ack: { after: 3 },
    notes: [
      {
        after: 6,
        text: 'From the bastion: `psql "postgres://ledger_app:Str0ng-but-leaked-2026@db-primary.internal:5432/ledger" -c "select query, mean_exec_time from pg_stat_statements order by mean_exec_time desc limit 5"`',
      },
      {
        after: 14,
        text: "The top query is the new merchant balance lookup, doing a sequential scan on ledger.entries: migration 0142 dropped the index by mistake.",
      },
      {
        after: 22,
        text: [
          "```sql",
          "create index concurrently entries_merchant_created_idx on ledger.entries (merchant_id, created_at);",
          "```",
          "Building; about 10 minutes.",
        ].join("\n"),
      },
    ],
    resolve: {
      after: 40,
      note: "p95 back at 40 ms once the index was built. I pasted the ledger_app password above by mistake and have rotated it.",
    },
  },
  {
    slug: "ledger-export-s3-access-denied",
    at: "2026-11-07T11:05:00Z",
    service: "ledger",
    title: "Ledger export to S3 failing with AccessDenied",
    urgency: "high",
    alert: prometheus({
      key: "ledger_export_failures",
      alertname: "LedgerExportFailing",
      summary: "ledger-export failed 3 runs in a row",
      description: "increase(ledger_export_failures_total[1h]) >= 3",
      labels: { namespace: "payments", job: "ledger-export" },
      value: "3",
    }),
    ack: { after: 16, by: "primary" },
    notes: [
      {
        after: 19,
        text: "Job log: `AccessDenied: User: arn:aws:iam::123456789012:user/ledger-export is not authorized to perform: s3:PutObject`.",
      },
      {
        after: 24,
        text: [
          "The job still runs with a static key that the rotation policy deactivated yesterday. From its environment:",
          "```",
          "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
          "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          "```",
        ].join("\n"),
      },
      {
        after: 31,
        text: "Moved the job to its IAM role instead of static keys: `kubectl -n payments annotate serviceaccount ledger-export eks.amazonaws.com/role-arn=arn:aws:iam::123456789012:role/ledger-export --overwrite`, then reran it with `kubectl -n payments create job --from=cronjob/ledger-export ledger-export-rerun-1107`.",
      },
    ],
    resolve: { after: 50, note: "Export delivered. This job no longer uses static keys." },
  },
  {
    slug: "webhook-queue-slow-merchant",
    at: "2026-11-09T20:30:00Z",
    service: "webhooks",
    title: "Webhook dispatcher queue backing up",
    urgency: "high",
    alert: prometheus({
      key: "webhook_queue_depth",
      alertname: "WebhookQueueDepth",
      summary: "webhook queue holds 24,880 pending deliveries",
      description: "sum(webhook_pending_deliveries) > 20000",
      labels: { namespace: "payments", deployment: "webhook-dispatcher" },
      value: "24880",
      dashboard: "webhooks",
    }),
    ack: { after: 4 },
    notes: [
      {
        after: 6,
        text: "One merchant endpoint, hooks.globex.example, times out after 30 s on every call, and its retries occupy all the dispatcher's workers.",
      },
      {
        after: 12,
        text: `Opened the circuit for that endpoint: \`curl -X POST http://webhooks-admin.payments.svc/endpoints/ep_8812/circuit -d '{"state":"open","minutes":60}'\`. Queue draining.`,
      },
    ],
    resolve: {
      after: 30,
      note: "Queue normal. A per-endpoint worker limit would stop one slow merchant from blocking the rest (PAY-2320).",
    },
  },
  {
    slug: "patroni-failover-db-primary",
    at: "2026-11-10T10:30:00Z",
    service: "postgres",
    title: "db-primary unreachable: Patroni promoted db-replica-1",
    urgency: "high",
    priority: "P1",
    alert: prometheus({
      key: "patroni_failover",
      alertname: "PatroniLeaderChanged",
      summary: "pg-main leader changed from db-primary to db-replica-1",
      description: "changes(patroni_master[5m]) > 0",
      labels: { cluster: "pg-main", namespace: "databases" },
      value: "1",
      dashboard: "postgres-overview",
    }),
    ack: { after: 2 },
    notes: [
      {
        after: 3,
        text: "Failover at 10:29; db-replica-1 leads. `patronictl -c /etc/patroni/patroni.yml list` shows the old primary stopped.",
      },
      {
        after: 12,
        text: "The old primary's host had a kernel panic (the cloud provider reports a hardware fault). Apps reconnected through pgbouncer within 40 s.",
      },
      {
        after: 35,
        text: "Rebuilding the old primary as a replica: `patronictl -c /etc/patroni/patroni.yml reinit pg-main db-primary`.",
      },
    ],
    resolve: {
      after: 90,
      note: "Cluster healthy with 3 members, db-replica-1 now the leader. The provider replaced the host.",
    },
  },
  {
    slug: "apns-push-failures",
    at: "2026-11-12T07:10:00Z",
    service: "notifications",
    title: "Push notifications failing for iOS (APNs 403)",
    urgency: "high",
    alert: prometheus({
      key: "notifications_apns_errors",
      alertname: "ApnsSendErrors",
      summary: "APNs rejected 100% of sends in 10 minutes",
      description:
        "sum(rate(apns_responses_total{code='403'}[10m])) / sum(rate(apns_responses_total[10m])) > 0.2",
      labels: { namespace: "notifications", provider: "apns" },
      value: "1.0",
    }),
    ack: { after: 6 },
    notes: [
      {
        after: 8,
        text: "APNs answers 403 InvalidProviderToken. The .p8 signing key was revoked in the Apple developer account during Tuesday's clean-up.",
      },
      {
        after: 25,
        text: "New key generated and stored (`kubectl -n notifications create secret generic apns-key --from-file=key.p8=AuthKey_NEW.p8 --dry-run=client -o yaml | kubectl apply -f -`), worker restarted.",
      },
    ],
    resolve: { after: 32 },
  },
  {
    slug: "payments-api-429-internal",
    at: "2026-11-17T15:00:00Z",
    service: "payments-api",
    title: "Payments API returning 429 to internal callers",
    urgency: "low",
    alert: prometheus({
      key: "payments_api_429_internal",
      alertname: "PaymentsApiThrottlingInternal",
      summary: "payments-api throttled 12% of internal requests",
      description:
        "sum(rate(http_requests_total{code='429',caller_type='internal'}[10m])) / sum(rate(http_requests_total{caller_type='internal'}[10m])) > 0.05",
      severity: "warning",
      labels: { namespace: "payments", service: "payments-api" },
      value: "0.12",
    }),
    ack: { after: 15 },
    notes: [
      {
        after: 20,
        text: "Every 429 goes to checkout-service, which since this morning's release retries each failed call three times with no backoff.",
      },
      {
        after: 28,
        text: "The checkout team rolled their release back at 15:40 at our request. Nothing to change on our side.",
      },
    ],
    resolve: { after: 45 },
  },
  {
    slug: "checkout-latency-eu-west",
    at: "2026-11-19T22:35:00Z",
    service: "checkout-gateway",
    title: "Checkout latency p95 above 1.5 s in eu-west",
    urgency: "high",
    alert: datadog({
      key: "edge_latency_p95:eu-west",
      monitorId: 4812301,
      title: "checkout-gateway p95 latency above 1.5s in eu-west",
      query: "avg(last_10m):p95:edge.request.duration{region:eu-west,env:prod} > 1.5",
      value: "2.4",
      threshold: "1.5",
      tags: ["service:checkout-gateway", "region:eu-west", "env:prod"],
    }),
    ack: { after: 4 },
    notes: [
      {
        after: 6,
        text: "Every slow request goes through one node, ip-10-2-14-37, with 40% CPU steal.",
      },
      {
        after: 10,
        text: "`kubectl cordon ip-10-2-14-37.eu-west-1.compute.internal && kubectl drain ip-10-2-14-37.eu-west-1.compute.internal --ignore-daemonsets --delete-emptydir-data`",
      },
    ],
    resolve: {
      after: 25,
      note: "Latency normal once the pods moved. Node terminated; the autoscaler replaced it.",
    },
  },

  // ---- still open at asOf ----
  {
    slug: "ledger-balance-mismatch",
    at: "2026-11-23T22:10:00Z",
    service: "ledger",
    title: "Ledger balance check found 3 mismatched merchant accounts",
    urgency: "high",
    alert: prometheus({
      key: "ledger_balance_mismatch",
      alertname: "LedgerBalanceMismatch",
      summary: "3 merchant accounts differ from the bank statement",
      description: "ledger_balance_check_mismatched_accounts > 0",
      severity: "error",
      labels: { namespace: "payments", job: "ledger-balance-check" },
      value: "3",
    }),
    ack: { after: 9 },
    notes: [
      {
        after: 15,
        text: "The three merchants all moved to the new fee model on Friday; each difference is exactly one day of fees.",
      },
      {
        after: 40,
        text: "Not visible to customers (payouts for these merchants are on hold). Leaving it acknowledged for the payments team in the morning.",
      },
    ],
  },
  {
    slug: "refund-timeouts-nordbank",
    at: "2026-11-24T07:02:00Z",
    service: "payments-api",
    title: "Refund requests timing out for acquirer Nordbank",
    urgency: "high",
    priority: "P2",
    alert: prometheus({
      key: "payments_refund_timeouts",
      alertname: "RefundTimeouts",
      summary: "18% of refunds timed out in 15 minutes",
      description:
        "sum(rate(refund_requests_total{result='timeout'}[15m])) / sum(rate(refund_requests_total[15m])) > 0.05",
      labels: { namespace: "payments", acquirer: "nordbank" },
      value: "0.18",
      dashboard: "payments-business",
    }),
    ack: { after: 6 },
    notes: [
      {
        after: 10,
        text: "Only refunds to Nordbank time out (after 30 s); captures are fine. Their API status page says degraded performance.",
      },
      {
        after: 35,
        text: "Failed refunds wait in the refund_retry queue (312 so far). Waiting on Nordbank; will check again at 12:00 UTC.",
      },
    ],
  },
  {
    slug: "pt-br-template-errors",
    at: "2026-11-24T11:20:00Z",
    service: "notifications",
    title: "Template render errors for locale pt-BR",
    urgency: "low",
    alert: prometheus({
      key: "notifications_template_errors:pt-BR",
      alertname: "TemplateRenderErrors",
      summary: "pt-BR templates failed to render 214 times",
      description: "sum by (locale) (increase(template_render_errors_total[30m])) > 50",
      severity: "warning",
      labels: { namespace: "notifications", locale: "pt-BR" },
      value: "214",
    }),
  },
  {
    slug: "replica-1-lag-five-minutes",
    at: "2026-11-24T11:53:00Z",
    service: "postgres",
    title: "db-replica-1 replication lag above 5 minutes",
    urgency: "high",
    alert: prometheus({
      key: "pg_replication_lag:db-replica-1",
      alertname: "PostgresReplicationLag",
      summary: "db-replica-1 is 5m 40s behind the primary",
      description: "pg_replication_lag_seconds > 300",
      labels: { instance: "db-replica-1:9187", cluster: "pg-main" },
      value: "340",
      dashboard: "postgres-replication",
    }),
  },
];
