// The noisy alert: the nightly ledger reconciliation runs long whenever volume is high, pages at low
// urgency, and clears on its own when the job finishes. Same alert key, near-identical titles: toil.
import { prometheus } from "./alerts.js";
import type { Random } from "./prng.js";
import { addMinutes, isoSeconds } from "./time.js";
import type { IncidentPlan } from "./timeline.js";

const TITLES = [
  "[ledger] Reconciliation job runtime above 30m",
  "[ledger] Reconciliation job runtime above 30m",
  "[ledger] Reconciliation job runtime above 30m (nightly run)",
  "[Ledger] reconciliation job runtime > 30m",
];

const GRUMBLES = [
  "The job is progressing, only slowly: high volume again. LEDGER-377 proposes raising the threshold.",
  "Again. Nothing to do, acknowledging to stop the emails.",
  "Third time this week. The job is simply slow after the weekend backlog; the alert should compare with last week's runtime.",
  "Checked the job: it is progressing, just slow. Not actionable.",
];

/** Nights the reconciliation ran long, about every four to five days across the history window. */
const FIRST_NIGHT = new Date("2026-09-30T01:40:00Z");

export function toilIncidents(random: Random, until: Date): IncidentPlan[] {
  const plans: IncidentPlan[] = [];
  for (let night = FIRST_NIGHT; night.getTime() < until.getTime(); ) {
    const at = addMinutes(night, random.int(0, 20));
    const runMinutes = 31 + random.int(8, 40);
    // The alert clears when the job ends.
    const clearsAfter = runMinutes - 30;
    const ackAfter = random.int(3, 7);
    const acknowledged = random.chance(0.5);
    const grumble = acknowledged && random.chance(0.6) ? random.pick(GRUMBLES) : null;
    plans.push({
      slug: `ledger-recon-runtime-${isoSeconds(at).slice(0, 10)}`,
      at: isoSeconds(at),
      service: "ledger",
      title: random.pick(TITLES),
      urgency: "low",
      alert: prometheus({
        key: "ledger_recon_runtime",
        alertname: "LedgerReconciliationSlow",
        summary: `Reconciliation job has run for ${runMinutes}m`,
        description:
          "time() - ledger_reconciliation_started_timestamp_seconds > 1800 and ledger_reconciliation_running == 1",
        severity: "warning",
        labels: { namespace: "payments", job: "ledger-reconciliation" },
        value: String(runMinutes * 60),
      }),
      ...(acknowledged ? { ack: { after: ackAfter } } : {}),
      ...(grumble
        ? {
            notes: [
              {
                after: ackAfter + 1,
                text: grumble,
              },
            ],
          }
        : {}),
      resolve: { after: clearsAfter, monitor: "Reconciliation job finished." },
    });
    night = addMinutes(night, (4 + random.int(0, 1)) * 24 * 60 + random.int(-30, 30));
  }
  return plans;
}
