// The server's own reading of what responders wrote in sentences, and what it must not take for a step.
import { describe, expect, it } from "vitest";
import { escapeInline } from "../../src/runbooks/draft/draft-lines.js";
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import { alertName } from "../../src/runbooks/records/alert-names.js";
import { actionSentences } from "../../src/runbooks/records/prose-actions.js";
import { alert, logEntry, note, runbookFile } from "../builders/index.js";
import { PAYMENTS_5XX, SERVICE, standardRecords } from "./records.js";

const NOW = new Date("2026-11-24T12:00:00Z");
const RUNBOOK =
  "# Payments API\n\n## Symptoms\n\n- Checkout fails\n\n## Mitigation\n\n- Roll back the deploy.\n";

function draft(
  notes: ReturnType<typeof note>[],
  base = RUNBOOK,
  extra: Partial<ReturnType<typeof standardRecords>> = {},
) {
  return draftRunbookUpdate({
    ...standardRecords(),
    notes,
    ...extra,
    runbook: runbookFile(base),
    runbookPath: "payments-api.md",
    service: SERVICE,
    now: NOW,
  });
}

const sectionOf = (result: ReturnType<typeof draft>, fragment: string) =>
  result.changes.find((change) => change.text.includes(fragment))?.section ?? null;

describe("the server's reading of prose", () => {
  it("takes actions reported in sentences, not the sentences around them", () => {
    expect(
      actionSentences(
        "```sql\nSET statement_timeout = 0;\n```\nThe data directory was removed by mistake. Restored db1 from the LVM snapshot taken 6 hours earlier; writes are back.\nFixed: telemetry service rolled back.\nRolled back the bad deploy:\nDecision: restore from backup.",
      ),
    ).toEqual(["Restored db1 from the LVM snapshot taken 6 hours earlier", "Telemetry service rolled back"]);
  });

  it("drafts a fix written as a sentence, and a control tool's command, as mitigation steps", () => {
    const result = draft([
      note(
        "2026-11-20T14:20:00.000Z",
        "Issued a token for both zones, then `cmctl renew status-tls -n status-page`.",
      ),
      note(
        "2026-11-20T14:22:00.000Z",
        "Fixed: pgbouncer max_client_conn raised to 400 via `pgbouncer-ctl set max_client_conn 400`.",
      ),
      note("2026-11-20T14:25:00.000Z", "Then ran `prow/deploy.sh` to put the config back."),
    ]);
    expect(sectionOf(result, "Issued a token for both zones (incident")).toBe("Mitigation");
    expect(sectionOf(result, "`cmctl renew status-tls -n status-page`")).toBe("Mitigation");
    expect(sectionOf(result, "`pgbouncer-ctl set max_client_conn 400`")).toBe("Mitigation");
    expect(sectionOf(result, "`prow/deploy.sh`")).toBe("Mitigation");
  });

  it("puts a quoted error message under Symptoms, never under Mitigation", () => {
    const result = draft([
      note(
        "2026-11-20T14:20:00.000Z",
        "Fixed after the retry; the job said `failed to prepare test environment: --provider=gce Post http://10.0.0.1/api`",
      ),
    ]);
    const change = result.changes.find((item) => item.text.includes("failed to prepare test environment"));
    expect(change?.kind).toBe("symptom");
    expect(change?.section).toBe("Symptoms");
    expect(change?.text).toMatch(/^- Error seen: `failed to prepare/);
  });

  it("drafts no step from a command with nothing to run it on (`kubectl apply` without a manifest)", () => {
    const result = draft([note("2026-11-20T14:20:00.000Z", "Fixed with `kubectl apply` again.")]);
    expect(result.changes.filter((change) => change.kind === "mitigation")).toEqual([]);
  });

  it("says an action once when the notes say it twice in other words", () => {
    const result = draft([
      note(
        "2026-11-20T14:20:00.000Z",
        "Scaled down the cluster, then rolled back the telemetry service deployment.",
      ),
      note("2026-11-20T14:40:00.000Z", "Fixed: telemetry service rolled back."),
    ]);
    const steps = result.changes.filter((change) => change.kind === "mitigation");
    expect(steps.map((step) => step.text)).toEqual([
      "- Scaled down the cluster (incident #4211)",
      "- Rolled back the telemetry service deployment (incident #4211)",
    ]);
    expect(steps[1]!.evidence).toHaveLength(2);
  });

  it("adds nothing when drafted again on its own result", () => {
    const notes = [note("2026-11-20T14:20:00.000Z", "Restored db1 from the LVM snapshot.")];
    const first = draft(notes);
    expect(first.changes.length).toBeGreaterThan(0);
    expect(draft(notes, first.proposedContent).changes).toEqual([]);
  });

  it("takes no product name for an alert name", () => {
    expect(alertName(alert({ summary: "GitHub webhook deliveries failing" }))).toBeNull();
    expect(alertName(alert({ summary: "GitHub says PaymentsHighErrorRate" }))).toBe("PaymentsHighErrorRate");
  });

  it("escapes only what would start markup: an underscore inside a word stays", () => {
    expect(escapeInline("availability_log grew to *all* <disk> _x_")).toBe(
      "availability_log grew to \\*all\\* \\<disk> \\_x\\_",
    );
  });
});

describe("history and review", () => {
  const base =
    "# Payments API\n\n## Incident history\n\n- 2026-12-01: #5000 later one\n- 2026-10-01: #3000 earlier one\n";

  it("keeps a newest-first history in date order", () => {
    const result = draft([], base);
    expect(result.proposedContent).toContain(
      "- 2026-12-01: #5000 later one\n- 2026-11-20: [#4211](https://acme.pagerduty.com/incidents/Q1ABCDEF) Payments API 5xx error rate above 5% (resolved in 47 min)\n- 2026-10-01: #3000 earlier one\n",
    );
  });

  it("keeps an oldest-first history table in date order", () => {
    const table =
      "# Payments API\n\n## Past incidents\n\n| Date | Incident | Summary |\n|---|---|---|\n| 2026-10-01 | #3000 | a |\n| 2026-12-01 | #5000 | b |\n";
    const result = draftRunbookUpdate({
      ...standardRecords(),
      incident: { ...PAYMENTS_5XX, title: "Error | rate" },
      runbook: runbookFile(table),
      runbookPath: "payments-api.md",
      service: SERVICE,
      now: NOW,
    });
    expect(result.proposedContent).toContain(
      "| 2026-10-01 | #3000 | a |\n| 2026-11-20 | [#4211](https://acme.pagerduty.com/incidents/Q1ABCDEF) | Error \\| rate (resolved in 47 min) |\n| 2026-12-01 | #5000 | b |\n",
    );
  });

  it("leaves a runbook's own secret-looking line as written and says where it is", () => {
    const secret = `${RUNBOOK}\n## Config\n\nprimary_conninfo = 'user=replicator password=REDACTED host=db1'\n`;
    const result = draft([note("2026-11-20T14:20:00.000Z", "Restored db1 from the LVM snapshot.")], secret, {
      logEntries: [logEntry("trigger", "2026-11-20T14:02:00.000Z")],
    });
    expect(result.proposedContent).toContain("password=REDACTED host=db1");
    expect(result.warnings).toEqual([
      expect.stringMatching(/^payments-api\.md line 13 looks like it holds a secret/),
    ]);
  });
});
