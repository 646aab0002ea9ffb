// Alert payloads as the monitoring tools send them through the Events API v2 (body.details).
import type { AlertSpec, Severity } from "./incident-builder.js";

const GRAFANA = "https://grafana.example.com/d";

export interface PrometheusAlert {
  key: string;
  alertname: string;
  summary: string;
  description: string;
  severity?: Severity;
  labels: Record<string, string>;
  value: string;
  dashboard?: string;
}

/** Alertmanager's PagerDuty receiver: labels and annotations of the firing alert. */
export function prometheus(alert: PrometheusAlert): AlertSpec {
  const severity = alert.severity ?? "critical";
  return {
    key: alert.key,
    summary: alert.summary,
    severity,
    details: {
      alertname: alert.alertname,
      labels: { alertname: alert.alertname, severity, ...alert.labels },
      annotations: { summary: alert.summary, description: alert.description },
      value: alert.value,
      generator_url: `https://prometheus.example.com/graph?g0.expr=${encodeURIComponent(alert.alertname)}`,
    },
    links: alert.dashboard ? [{ href: `${GRAFANA}/${alert.dashboard}`, text: "Grafana dashboard" }] : [],
  };
}

export interface DatadogAlert {
  key: string;
  monitorId: number;
  title: string;
  query: string;
  value: string;
  threshold: string;
  tags: string[];
  severity?: Severity;
}

export function datadog(alert: DatadogAlert): AlertSpec {
  const link = `https://app.datadoghq.eu/monitors/${alert.monitorId}`;
  return {
    key: alert.key,
    summary: alert.title,
    severity: alert.severity ?? "critical",
    details: {
      monitor_id: alert.monitorId,
      monitor_name: alert.title,
      query: alert.query,
      value: alert.value,
      threshold: alert.threshold,
      tags: alert.tags,
      link,
    },
    links: [{ href: link, text: "Datadog monitor" }],
  };
}

export interface ChecklyAlert {
  key: string;
  check: string;
  summary: string;
  error: string;
  locations: string[];
  severity?: Severity;
}

export function checkly(alert: ChecklyAlert): AlertSpec {
  return {
    key: alert.key,
    summary: alert.summary,
    severity: alert.severity ?? "error",
    details: { check_name: alert.check, error: alert.error, failing_locations: alert.locations },
    links: [{ href: "https://app.checklyhq.com/checks", text: "Checkly check" }],
  };
}
