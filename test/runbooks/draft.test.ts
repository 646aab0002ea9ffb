import { describe, expect, it } from "vitest";
import { MAX_STEPS_PER_SECTION } from "../../src/runbooks/draft/draft-items.js";
import { draftRunbookUpdate } from "../../src/runbooks/draft/draft-runbook-update.js";
import { alert, alice, incident, logEntry, note, runbookFile } from "../builders/index.js";
import { PAYMENTS_5XX, SERVICE, standardRecords } from "./records.js";

const NOW = new Date("2026-11-24T12:00:00Z");

const BASE = `---
title: Payments API
services: [payments-api]
lastReviewed: 2026-09-14 # quarterly
---

# Payments API

## Overview

Handles card payments.

## Symptoms

- Checkout page shows "payment failed"

## Mitigation

1. Check the deploy history.
2. Roll back if needed.

## Escalation

Page the payments team lead.
`;

function draft(base: string | null, records = standardRecords(), now = NOW, reviewed = true) {
  return draftRunbookUpdate({
    ...records,
    runbook: base === null ? null : runbookFile(base),
    runbookPath: "payments-api.md",
    service: SERVICE,
    now,
    reviewed,
  });
}

describe("draftRunbookUpdate", () => {
  it("drafts the known additions for a hand-built incident, in their sections and the conventional order", () => {
    const records = standardRecords();
    const result = draft(BASE, records);
    expect(result.proposedContent).toBe(`---
title: Payments API
services: [payments-api]
lastReviewed: 2026-11-24 # quarterly
---

# Payments API

## Overview

Handles card payments.

## Symptoms

- Checkout page shows "payment failed"
- Payments API 5xx error rate above 5% (alert in incident #4211)

## Diagnosis

- \`kubectl -n payments get pods -l app=payments-api\` (incident #4211)

## Mitigation

1. Check the deploy history.
2. Roll back if needed.

- From incident #4211:
  \`\`\`sh
  kubectl -n payments rollout undo deploy/payments-api
  kubectl -n payments rollout status deploy/payments-api
  \`\`\`

## Escalation

Page the payments team lead.

## Incident history

- 2026-11-20: [#4211](https://acme.pagerduty.com/incidents/Q1ABCDEF) Payments API 5xx error rate above 5% (resolved in 47 min)
`);
    expect(result.runbookPath).toBe("payments-api.md");
    expect(result.baseVersion).toBe("v1-base");
    expect(result.created).toBe(false);
    expect(result.changes.map((change) => [change.kind, change.section, change.newSection])).toEqual([
      ["metadata", "front matter", false],
      ["symptom", "Symptoms", false],
      ["diagnosis", "Diagnosis", true],
      ["mitigation", "Mitigation", false],
      ["history", "Incident history", true],
    ]);
    expect(result.changes[2]!.evidence).toEqual([
      {
        id: records.notes[0]!.id,
        at: "2026-11-20T14:10:00.000Z",
        source: "note",
        excerpt:
          "Checked the pods: `kubectl -n payments get pods -l app=payments-api` shows 3 in CrashLoopBackOff.",
      },
    ]);
    expect(result.changes[4]!.evidence.map((item) => [item.source, item.id, item.at])).toEqual([
      ["log_entry", records.logEntries[0]!.id, "2026-11-20T14:02:00.000Z"],
      ["log_entry", records.logEntries[1]!.id, "2026-11-20T14:49:00.000Z"],
    ]);
    expect(result.diff).toContain(
      "-lastReviewed: 2026-09-14 # quarterly\n+lastReviewed: 2026-11-24 # quarterly\n",
    );
  });

  it("adds nothing the second time, even on a later day (lastReviewed moves only with content)", () => {
    const first = draft(BASE);
    const second = draft(first.proposedContent, standardRecords(), new Date("2026-12-01T09:00:00Z"));
    expect(second.changes).toEqual([]);
    expect(second.diff).toBe("");
    expect(second.proposedContent).toBe(first.proposedContent);
  });

  it("recognises a command the runbook already has, by placeholder, prompt, spacing and case", () => {
    const base = `# Payments\n\n## Diagnosis\n\n- \`kubectl -n <namespace> get pods -l app=<app>\`\n\n## Mitigation\n\n    $ kubectl  -n payments ROLLOUT undo deploy/payments-api\n    kubectl -n payments rollout status deploy/payments-api\n`;
    const result = draft(base);
    expect(
      result.changes.filter((change) => change.kind === "diagnosis" || change.kind === "mitigation"),
    ).toEqual([]);
  });

  it("redacts secrets in added lines and in evidence", () => {
    const records = standardRecords();
    records.notes = [
      note(
        "2026-11-20T14:20:00.000Z",
        'Flushed the bad entries: `curl -X POST -H "Authorization: Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dc" https://cache.internal/flush`',
      ),
    ];
    const result = draft(BASE, records);
    const mitigation = result.changes.find((change) => change.kind === "mitigation")!;
    expect(mitigation.text).toBe(
      '- `curl -X POST -H "Authorization: Bearer [REDACTED:stripe-key]" https://cache.internal/flush` (incident #4211)',
    );
    expect(result.proposedContent).not.toContain("sk_live_");
    expect(JSON.stringify(result.changes)).not.toContain("sk_live_");
  });

  it("cites the note rather than the annotate log entry PagerDuty writes for it", () => {
    const records = standardRecords();
    const text = records.notes[0]!.content;
    records.logEntries.push(logEntry("annotate", records.notes[0]!.at, { actor: alice, message: text }));
    const diagnosis = draft(BASE, records).changes.find((change) => change.kind === "diagnosis")!;
    expect(diagnosis.evidence.map((item) => item.source)).toEqual(["note"]);
  });

  it("reads commands from annotate and resolve messages too", () => {
    const records = standardRecords();
    records.notes = [];
    records.logEntries.push(
      logEntry("resolve", "2026-11-20T14:49:00.000Z", {
        actor: alice,
        message: "Fixed with `kubectl -n payments rollout restart deploy/payments-api`",
      }),
    );
    const mitigation = draft(BASE, records).changes.find((change) => change.kind === "mitigation")!;
    expect(mitigation.text).toBe(
      "- `kubectl -n payments rollout restart deploy/payments-api` (incident #4211)",
    );
    expect(mitigation.evidence[0]!.source).toBe("log_entry");
  });

  it("uses the incident title as the symptom when there are no alert records, cited by the trigger entry", () => {
    const records = { ...standardRecords(), alerts: [] };
    const symptom = draft(BASE, records).changes.find((change) => change.kind === "symptom")!;
    expect(symptom.text).toBe("- Payments API 5xx error rate above 5% (alert in incident #4211)");
    expect(symptom.evidence).toEqual([
      {
        id: records.logEntries[0]!.id,
        at: "2026-11-20T14:02:00.000Z",
        source: "log_entry",
        excerpt: "Triggered through the API.",
      },
    ]);
  });

  it("skips an alert the runbook already describes, numbers aside", () => {
    const records = {
      ...standardRecords(),
      alerts: [
        alert({ summary: "Payments API 5xx error rate above 7%", createdAt: "2026-11-20T14:01:30.000Z" }),
      ],
    };
    const base = BASE.replace(
      '- Checkout page shows "payment failed"',
      "- Payments API 5xx error rate above 5%",
    );
    expect(draft(base, records).changes.some((change) => change.kind === "symptom")).toBe(false);
  });

  it("writes an open incident's history entry without a time to resolve", () => {
    const records = {
      ...standardRecords(),
      incident: incident({ ...PAYMENTS_5XX, status: "acknowledged", resolvedAt: null, url: null }),
    };
    const history = draft(BASE, records).changes.find((change) => change.kind === "history")!;
    expect(history.text).toBe(
      "- 2026-11-20: #4211 Payments API 5xx error rate above 5% (not resolved when drafted)",
    );
  });

  it("does not add a history entry twice when the number is already in the history section", () => {
    const base = `${BASE}\n## Incident history\n\n- 2026-11-20 #4211 (written by hand)\n`;
    expect(draft(base).changes.some((change) => change.kind === "history")).toBe(false);
  });

  it("leaves lastReviewed alone unless the caller says the runbook was reviewed", () => {
    const unreviewed = draft(BASE, standardRecords(), NOW, false);
    expect(unreviewed.changes.length).toBeGreaterThan(0);
    expect(unreviewed.changes.some((change) => change.kind === "metadata")).toBe(false);
    expect(unreviewed.proposedContent).toContain("lastReviewed: 2026-09-14 # quarterly\n");
    expect(draft(BASE).proposedContent).toContain("lastReviewed: 2026-11-24 # quarterly\n");
  });

  it("keeps front matter it cannot parse untouched and says why", () => {
    const base = BASE.replace("services: [payments-api]", "services: [payments-api");
    const result = draft(base);
    expect(result.changes.some((change) => change.kind === "metadata")).toBe(false);
    expect(result.changes.length).toBeGreaterThan(0);
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^lastReviewed was not updated: payments-api\.md line \d+: the front matter is not valid YAML/,
      ),
    ]);
    expect(result.proposedContent).toContain(
      "services: [payments-api\nlastReviewed: 2026-09-14 # quarterly\n",
    );
  });

  it(`keeps the ${MAX_STEPS_PER_SECTION} commands seen most often and says how many it left out`, () => {
    const records = standardRecords();
    records.notes = Array.from({ length: 20 }, (_, index) =>
      note(
        `2026-11-20T14:${String(10 + index).padStart(2, "0")}:00.000Z`,
        `\`kubectl -n payments get pod worker-${index}\``,
      ),
    );
    // worker-19 is seen three times: it must be kept although it comes last.
    records.notes.push(note("2026-11-20T14:40:00.000Z", "`kubectl -n payments get pod worker-19`"));
    records.notes.push(note("2026-11-20T14:41:00.000Z", "again `kubectl -n payments get pod worker-19`"));
    const result = draft(BASE, records);
    const diagnosis = result.changes.filter((change) => change.kind === "diagnosis");
    expect(diagnosis).toHaveLength(MAX_STEPS_PER_SECTION);
    expect(diagnosis.at(-1)!.text).toContain("worker-19");
    expect(diagnosis.at(-1)!.evidence).toHaveLength(3);
    expect(result.warnings).toEqual([
      "8 more diagnosis commands from the notes were left out; the draft keeps the 12 seen most often.",
    ]);
  });

  it("drafts a new runbook from the template when the service has none", () => {
    const result = draft(null);
    expect(result.created).toBe(true);
    expect(result.baseVersion).toBeNull();
    expect(
      result.proposedContent.startsWith(
        "---\ntitle: Payments API\nservices: [payments-api]\nowner: payments\nlastReviewed: 2026-11-24\n---\n\n# Payments API\n\n## Symptoms\n",
      ),
    ).toBe(true);
    expect(result.diff.split("\n").slice(0, 5)).toEqual([
      "diff --git a/payments-api.md b/payments-api.md",
      "new file mode 100644",
      "--- /dev/null",
      "+++ b/payments-api.md",
      "@@ -0,0 +1,28 @@",
    ]);
    expect(result.changes[0]).toMatchObject({ kind: "metadata", section: "front matter", newSection: true });
  });
});
