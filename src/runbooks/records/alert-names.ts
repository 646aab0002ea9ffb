// The name an alert goes by in runbooks ("KubePodCrashLooping", "PaymentsHighErrorRate"), read from what the
// monitoring tool sent: Alertmanager's alertname label, a "[FIRING:1] Name" summary, or a CamelCase word.
import type { Alert } from "../../model.js";

export function alertName(alert: Alert): string | null {
  const fromDetails = nameInDetails(alert.details);
  if (fromDetails) return fromDetails;
  const firing = /\[FIRING(?::\d+)?\]\s*([A-Za-z][\w.-]{2,})/.exec(alert.summary);
  if (firing) return firing[1]!;
  for (const match of alert.summary.matchAll(/\b[A-Z][a-z0-9]+(?:[A-Z][A-Za-z0-9]*)+\b/g))
    if (!PRODUCT_NAMES.has(match[0].toLowerCase())) return match[0];
  return null;
}

// CamelCase words that name a product, not an alert: "GitHub webhook deliveries failing" has no alert name.
const PRODUCT_NAMES = new Set([
  "github",
  "gitlab",
  "pagerduty",
  "postgresql",
  "mysql",
  "mongodb",
  "rabbitmq",
  "cloudflare",
  "openshift",
  "javascript",
  "typescript",
  "digitalocean",
  "cockroachdb",
  "elasticsearch",
  "opensearch",
  "dynamodb",
  "bigquery",
  "cloudwatch",
  "cloudfront",
  "pgbouncer",
  "nodejs",
]);

function nameInDetails(details: unknown): string | null {
  if (!isRecord(details)) return null;
  for (const candidate of [details["alertname"], details["alert_name"], labels(details)?.["alertname"]]) {
    if (typeof candidate === "string" && /^[A-Za-z][\w.:-]{2,100}$/.test(candidate)) return candidate;
  }
  return null;
}

function labels(details: Record<string, unknown>): Record<string, unknown> | null {
  const value = details["labels"] ?? (isRecord(details["firing"]) ? details["firing"]["labels"] : undefined);
  return isRecord(value) ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
