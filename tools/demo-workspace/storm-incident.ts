// The alert storm: a bad rate-limit config takes checkout down in every region, hundreds of alerts are grouped
// into one incident, and each new alert notifies every assignee again, so the log runs past 2,000 entries.
import { datadog } from "./alerts.js";
import { type AlertSpec, IncidentBuilder, type IncidentFile } from "./incident-builder.js";
import { onCallAt } from "./rotation.js";
import { engineer, escalationPolicy, schedule, service } from "./team.js";
import { addMinutes, addSeconds } from "./time.js";
import type { PlayContext } from "./timeline.js";
import { notifyByRules, SOURCES } from "./timeline.js";

export const STORM_SLUG = "edge-5xx-all-regions-storm";
export const STORM_AT = "2026-11-13T15:20:00Z";
const TITLE = "Edge 5xx rate critical across all regions";
/** Alerts keep arriving for this long; about one every 16 seconds. */
const ALERT_MINUTES = 86;
const ALERTS = 320;

const REGIONS = [
  { region: "eu-west", zones: ["a", "b", "c"], recoversAfter: 38 },
  { region: "us-east", zones: ["a", "b", "d"], recoversAfter: 41 },
  { region: "ap-south", zones: ["a", "b"], recoversAfter: 84 },
];
const ROUTES = ["/v1/checkout", "/v1/checkout/confirm", "/v1/payment-methods", "/v1/sessions"];

function podName(region: string, index: number): string {
  return `checkout-gateway-7d9f${region.slice(0, 2)}${(index * 7919).toString(36).slice(-4)}`;
}

export function playStorm(number: number, context: PlayContext): IncidentFile {
  const { ids, random, asOf } = context;
  const gateway = service("checkout-gateway");
  const policy = escalationPolicy(gateway.escalationPolicy);
  const builder = new IncidentBuilder(ids, {
    number,
    title: TITLE,
    service: gateway,
    urgency: "high",
    priority: "P1",
    source: SOURCES["checkout-gateway"],
    escalationDelayMinutes: policy.escalationDelayMinutes,
  });
  const t0 = new Date(STORM_AT);
  const primary = engineer(onCallAt(schedule(policy.schedule), t0));
  const helpers = [engineer("jonas"), engineer("maya")].filter((e) => e.id !== primary.id);
  const at = (minutes: number) => addSeconds(addMinutes(t0, minutes), random.int(0, 59));

  const ackAt = at(3);
  const pullInAt = at(9);
  const team = [primary, ...helpers];

  const alerts = Array.from({ length: ALERTS }, (_, i) => {
    const alertAt =
      i === 0 ? t0 : addSeconds(t0, Math.round((i * ALERT_MINUTES * 60) / ALERTS) + random.int(0, 9));
    return { at: alertAt, spec: stormAlert(i, alertAt, t0, context) };
  });

  builder.trigger(t0, alerts[0]!.spec, primary);
  notifyByRules(builder, random, primary, t0, ackAt);
  builder.acknowledge(ackAt, primary, "website");
  builder.reassign(pullInAt, primary, team);
  builder.acknowledge(addSeconds(pullInAt, random.int(30, 90)), primary, "website");
  for (const alert of alerts.slice(1)) {
    builder.trigger(alert.at, alert.spec, primary);
    // Every grouped alert pages the assignees again: the repeated notifications that make this a storm.
    const paged = alert.at.getTime() < pullInAt.getTime() ? [primary] : team;
    for (const person of paged) {
      builder.notify(addSeconds(alert.at, random.int(1, 4)), person, "push");
      builder.notify(addSeconds(alert.at, random.int(5, 9)), person, "sms");
    }
  }

  const notes: [number, string, string][] = [
    [
      4,
      primary.id,
      "5xx in every region since 15:19, right after the rate-limit config push from the edge-config pipeline.",
    ],
    [9, primary.id, `Pulled in ${helpers.map((h) => h.name.split(" ")[0]).join(" and ")}.`],
    [
      14,
      "jonas",
      "Gateway log: `invalid ratelimit descriptor: burst must be > 0`. The new config sets burst: 0 for the default tier, so every request gets a 503.",
    ],
    [
      21,
      primary.id,
      [
        "Reverted the config and rolled back the gateway:",
        "```",
        "git revert 4f2a9c1   # in edge-config",
        "kubectl -n edge rollout undo deployment/checkout-gateway",
        "```",
        "Pods restarting region by region.",
      ].join("\n"),
    ],
    [
      52,
      "maya",
      "eu-west and us-east are healthy. ap-south pods hang pulling the image from the regional registry mirror; restarting them with `kubectl -n edge delete pod -l app=checkout-gateway,region=ap-south`.",
    ],
    [
      88,
      primary.id,
      "All regions serve normally. Alerts still trickle in from synthetic checks, which lag about 5 minutes.",
    ],
  ];
  for (const [minute, by, text] of notes) builder.annotate(at(minute), engineer(by), text);
  builder.resolve(
    at(100),
    primary,
    "A rate-limit config with burst: 0 from the edge-config pipeline took checkout down for 35 minutes in eu-west and us-east and 80 in ap-south. The pipeline does not validate configs; postmortem on Monday.",
  );
  return builder.build(asOf);
}

function stormAlert(i: number, alertAt: Date, t0: Date, { random }: PlayContext): AlertSpec {
  const live = REGIONS.filter((r) => alertAt.getTime() < addMinutes(t0, r.recoversAfter + 5).getTime());
  const { region, zones } = random.pick(live.length > 0 ? live : REGIONS);
  const zone = random.pick(zones);
  const route = random.pick(ROUTES);
  const pod = podName(region, i);
  const ratio = (0.2 + random.float() * 0.75).toFixed(2);
  return datadog({
    key: `edge_5xx_ratio:${region}:${pod}`,
    monitorId: 4812277,
    title: `checkout-gateway 5xx ratio ${Math.round(Number(ratio) * 100)}% on ${pod} (${region}-${zone}) ${route}`,
    query: `avg(last_2m):sum:edge.request.errors{pod_name:${pod}}.as_rate() / sum:edge.request.hits{pod_name:${pod}}.as_rate() > 0.2`,
    value: ratio,
    threshold: "0.2",
    tags: [
      "service:checkout-gateway",
      `region:${region}`,
      `availability-zone:${region}-${zone}`,
      `route:${route}`,
    ],
  });
}
