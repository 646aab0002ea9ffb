// Plays one planned incident through the escalation policy: the person on call is notified by their
// notification rules, escalation pages level 2 when nobody acknowledges in time, then people acknowledge,
// hand over, write notes and resolve.
import {
  type AlertSpec,
  IncidentBuilder,
  type IncidentFile,
  type NotificationMethod,
} from "./incident-builder.js";
import type { PriorityName } from "./pagerduty-refs.js";
import type { IdMint, Random } from "./prng.js";
import { onCallAt } from "./rotation.js";
import { type DemoEngineer, engineer, escalationPolicy, type ServiceId, schedule, service } from "./team.js";
import { addMinutes, addSeconds } from "./time.js";

/** Who acts: the person holding the page at that moment, the level-1 or level-2 person, or an engineer id. */
export type Actor = "holder" | "primary" | "secondary" | (string & {});

export interface IncidentPlan {
  /** A slug naming the incident file, e.g. "pg-connections-idle-in-transaction". */
  slug: string;
  /** created_at, UTC. */
  at: string;
  service: ServiceId;
  title: string;
  urgency: "high" | "low";
  priority?: PriorityName;
  alert: AlertSpec;
  /** Minutes after the trigger. Absent: nobody acknowledged. */
  ack?: { after: number; by?: Actor };
  /** The holder hands the incident to someone else, who acknowledges a few minutes later. */
  reassign?: { after: number; to: string };
  notes?: { after: number; by?: Actor; text: string }[];
  /** Absent: still open at asOf. `monitor`: the monitoring tool resolved it when the condition cleared. */
  resolve?: { after: number; by?: Actor; note?: string } | { after: number; monitor: string };
  /** The underlying cause, for incidents that recur under different names (similar-incident search). */
  cause?: string;
}

export const SOURCES: Record<ServiceId, string> = {
  "payments-api": "Prometheus Alertmanager",
  ledger: "Prometheus Alertmanager",
  webhooks: "Prometheus Alertmanager",
  "checkout-gateway": "Datadog",
  notifications: "Prometheus Alertmanager",
  postgres: "Prometheus Alertmanager",
  "status-page": "Checkly",
};

/** Notification rules: high urgency pushes, then texts, then calls; low urgency emails, then pushes. */
const RULES: Record<"high" | "low", { afterSeconds: number; method: NotificationMethod }[]> = {
  high: [
    { afterSeconds: 0, method: "push" },
    { afterSeconds: 60, method: "sms" },
    { afterSeconds: 180, method: "phone" },
  ],
  low: [
    { afterSeconds: 0, method: "email" },
    { afterSeconds: 120, method: "push" },
  ],
};

export interface PlayContext {
  ids: IdMint;
  random: Random;
  asOf: Date;
}

/** Notifies `who` by their rules from `from`, for as long as nobody has acted (until `until`). */
export function notifyByRules(
  builder: IncidentBuilder,
  random: Random,
  who: DemoEngineer,
  from: Date,
  until: Date,
): void {
  for (const rule of RULES[builder.urgency]) {
    const at = addSeconds(from, rule.afterSeconds + random.int(2, 9));
    if (at.getTime() < until.getTime()) builder.notify(at, who, rule.method);
  }
}

export function playIncident(plan: IncidentPlan, number: number, context: PlayContext): IncidentFile {
  const { ids, random, asOf } = context;
  const demoService = service(plan.service);
  const policy = escalationPolicy(demoService.escalationPolicy);
  const builder = new IncidentBuilder(ids, {
    number,
    title: plan.title,
    service: demoService,
    urgency: plan.urgency,
    priority: plan.priority ?? null,
    source: SOURCES[plan.service],
    escalationDelayMinutes: policy.escalationDelayMinutes,
  });

  const t0 = new Date(plan.at);
  const primary = engineer(onCallAt(schedule(policy.schedule), t0));
  const secondary = engineer(policy.backups.find((id) => id !== primary.id)!);
  const at = (minutes: number) => addSeconds(addMinutes(t0, minutes), random.int(0, 59));
  const never = addMinutes(asOf, 1);

  const ackAt = plan.ack ? at(plan.ack.after) : null;
  const resolveAt = plan.resolve ? at(plan.resolve.after) : null;
  const reassignAt = plan.reassign ? at(plan.reassign.after) : null;
  const firstAction = earliest([ackAt, resolveAt, reassignAt, never]);
  const escalateAt = addMinutes(t0, policy.escalationDelayMinutes);
  const escalates = plan.urgency === "high" && escalateAt.getTime() < firstAction.getTime();

  const pageHolderAt = (time: Date): DemoEngineer =>
    escalates && time.getTime() >= escalateAt.getTime() ? secondary : primary;
  const pick = (who: Actor | undefined, time: Date, holder: (time: Date) => DemoEngineer): DemoEngineer => {
    if (who === undefined || who === "holder") return holder(time);
    if (who === "primary") return primary;
    if (who === "secondary") return secondary;
    return engineer(who);
  };
  const acker = plan.ack && ackAt ? pick(plan.ack.by, ackAt, pageHolderAt) : null;
  const holderAt = (time: Date): DemoEngineer => {
    if (reassignAt && time.getTime() >= reassignAt.getTime()) return engineer(plan.reassign!.to);
    if (acker && ackAt && time.getTime() >= ackAt.getTime()) return acker;
    return pageHolderAt(time);
  };
  const actor = (who: Actor | undefined, time: Date) => pick(who, time, holderAt);

  builder.trigger(t0, plan.alert, primary);
  notifyByRules(builder, random, primary, t0, escalates ? escalateAt : firstAction);
  if (escalates) {
    builder.escalate(escalateAt, 2, secondary);
    notifyByRules(builder, random, secondary, escalateAt, earliest([ackAt, resolveAt, reassignAt, never]));
  }
  if (acker && ackAt) {
    // Replying to the text message is only possible once one has arrived (the SMS rule fires after a minute).
    const pagedAt = escalates && acker === secondary ? escalateAt : t0;
    const hadSms =
      plan.urgency === "high" &&
      (acker === primary || acker === secondary) &&
      ackAt.getTime() - pagedAt.getTime() > 70_000;
    builder.acknowledge(ackAt, acker, hadSms && random.chance(0.3) ? "sms" : "website");
  }
  if (plan.reassign && reassignAt) {
    const to = engineer(plan.reassign.to);
    builder.reassign(reassignAt, holderAt(addSeconds(reassignAt, -1)), [to]);
    const toAckAt = addSeconds(reassignAt, random.int(60, 240));
    notifyByRules(builder, random, to, reassignAt, toAckAt);
    builder.acknowledge(toAckAt, to, "website");
  }
  for (const note of plan.notes ?? []) {
    const noteAt = at(note.after);
    builder.annotate(noteAt, actor(note.by, noteAt), note.text);
  }
  if (plan.resolve && resolveAt) {
    if ("monitor" in plan.resolve) builder.resolveByMonitor(resolveAt, plan.resolve.monitor);
    else builder.resolve(resolveAt, actor(plan.resolve.by, resolveAt), plan.resolve.note ?? null);
  }
  return builder.build(asOf);
}

function earliest(times: (Date | null)[]): Date {
  return times.filter((t): t is Date => t !== null).reduce((a, b) => (a.getTime() <= b.getTime() ? a : b));
}
