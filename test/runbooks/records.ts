// The story the runbook draft tests share, built from the shared builders (test/builders): incident #4211, a
// 47-minute 5xx episode on the Payments API, fixed by rolling back a deploy.
import type { Incident } from "../../src/model.js";
import { alert, alice, incident, logEntry, note, service } from "../builders/index.js";

export const PAYMENTS_5XX: Incident = incident({
  id: "Q1ABCDEF",
  number: 4211,
  title: "Payments API 5xx error rate above 5%",
  assignees: [alice],
  createdAt: "2026-11-20T14:02:00.000Z",
  resolvedAt: "2026-11-20T14:49:00.000Z",
  lastStatusChangeAt: "2026-11-20T14:49:00.000Z",
  url: "https://acme.pagerduty.com/incidents/Q1ABCDEF",
});

export const SERVICE = service({ runbook: "payments-api.md", team: "payments" });

/** The standard records: an alert, trigger and resolve entries, and notes with a diagnosis and a fix. */
export function standardRecords() {
  return {
    incident: PAYMENTS_5XX,
    alerts: [
      alert({ summary: "Payments API 5xx error rate above 5%", createdAt: "2026-11-20T14:01:30.000Z" }),
    ],
    logEntries: [
      logEntry("trigger", "2026-11-20T14:02:00.000Z", { summary: "Triggered through the API." }),
      logEntry("resolve", "2026-11-20T14:49:00.000Z", { actor: alice, summary: "Resolved by Alice Chen." }),
    ],
    notes: [
      note(
        "2026-11-20T14:10:00.000Z",
        "Checked the pods: `kubectl -n payments get pods -l app=payments-api` shows 3 in CrashLoopBackOff.",
      ),
      note(
        "2026-11-20T14:30:00.000Z",
        "Rolled back the bad deploy:\n```sh\nkubectl -n payments rollout undo deploy/payments-api\nkubectl -n payments rollout status deploy/payments-api\n```\nError rate back under 1%.",
      ),
    ],
  };
}
