import { describe, expect, it } from "vitest";
import { renderIncidentSummary } from "../../src/incidents/render-summary.js";
import { summarizeIncident } from "../../src/incidents/summarize.js";
import type { LogEntry } from "../../src/model.js";
import { alice, incident, logEntry } from "../builders/index.js";
import { checkoutIncidentLog } from "./fixtures.js";

const NOW = new Date("2026-11-24T12:00:00Z");

describe("renderIncidentSummary", () => {
  it("reads as headline, impact, who did what, timeline, resolution and open questions", () => {
    const entries = checkoutIncidentLog();
    const summary = summarizeIncident(
      {
        incident: incident({ alertCounts: { all: 3, triggered: 0, resolved: 3 } }),
        logEntries: { items: entries, total: entries.length },
        overviewOnly: false,
        notificationsNotRead: 0,
        notes: [],
        alerts: { items: [], total: 0 },
        requests: 0,
      },
      { detail: "brief", now: NOW },
    );
    expect(renderIncidentSummary(summary)).toBe(
      [
        "**#1234 Payments API: High error rate on checkout**: resolved, high urgency · P1",
        "Triggered 2026-11-24 10:00 UTC; acknowledged after 17 min; resolved after 42 min. 3 alerts, 5 notifications (sms 2, push 2, phone 1), 1 escalation, 1 reassignment. [Open in PagerDuty](https://acme.pagerduty.com/incidents/Q2K4GW9LZ1F0XW)",
        "",
        "**Who did what**",
        "- Alice Chen: assigned, notified",
        "- Bob Li: escalated-to, notified, acknowledged, reassigned",
        "- Carol Diaz: assigned, notified, acknowledged, annotated, resolved",
        "",
        "**Timeline** (UTC)",
        "- 10:00 Triggered through the API",
        "- 10:00 Assigned to Alice Chen",
        "- 10:00 Notified Alice Chen (sms, push, phone): 3 notifications 10:00–10:05",
        "- 10:15 Escalated to level 2 (Bob Li)",
        "- 10:15 Notified Bob Li (sms)",
        "- 10:17 Acknowledged by Bob Li",
        "- 10:20 Assigned to Carol Diaz by Bob Li",
        "- 10:20 Notified Carol Diaz (push)",
        "- 10:25 Acknowledged by Carol Diaz",
        "- 10:40 Note by Carol Diaz: Rolled back deploy 3f2a9c1; error rate back to normal. db password=[REDACTED:password]",
        "- 10:42 Resolved by Carol Diaz",
        "",
        "**What fixed it**",
        "Actions named: rollback: Rolled back",
        "> 10:40 Rolled back deploy 3f2a9c1; error rate back to normal. db password=[REDACTED:password]",
        "",
        "**Open questions**",
        "- It escalated 1 time before anyone acknowledged: was the first responder reachable?",
      ].join("\n"),
    );
  });

  it("stays under 8 KB when every timeline line is long, pointing to the rest", () => {
    const entries: LogEntry[] = [logEntry("trigger", "2026-11-24T00:00:00Z")];
    for (let i = 1; i <= 200; i++) {
      const at = new Date(Date.parse("2026-11-24T00:00:00Z") + i * 60_000).toISOString();
      entries.push(
        logEntry("annotate", at, {
          actor: alice,
          message: `Observation ${i}: ${"ダッシュボードを確認した。".repeat(20)}`,
        }),
      );
    }
    const summary = summarizeIncident(
      {
        incident: incident({ status: "triggered", resolvedAt: null, title: "障害".repeat(200) }),
        logEntries: { items: entries, total: entries.length },
        overviewOnly: false,
        notificationsNotRead: 0,
        notes: [],
        alerts: { items: [], total: 0 },
        requests: 0,
      },
      { detail: "full", now: NOW },
    );
    const markdown = renderIncidentSummary(summary);
    expect(Buffer.byteLength(markdown)).toBeLessThan(8 * 1024);
    expect(markdown).toMatch(/- … \d+ more lines in the structured content/);
    // The structured budget already cut some of these long lines; the text cuts further and says so.
    expect(markdown).toMatch(/\(\d+ of 201 lines\)/);
  });

  it("escapes Markdown in user text", () => {
    const entries = [logEntry("trigger", "2026-11-24T10:00:00Z", { summary: "CPU *very* high <b>" })];
    const summary = summarizeIncident(
      {
        incident: incident({ title: "`rm` failed", status: "triggered", resolvedAt: null }),
        logEntries: { items: entries, total: 1 },
        overviewOnly: false,
        notificationsNotRead: 0,
        notes: [],
        alerts: { items: [], total: 0 },
        requests: 0,
      },
      { detail: "brief", now: NOW },
    );
    const markdown = renderIncidentSummary(summary);
    expect(markdown).toContain("Payments API: \\`rm\\` failed**");
    expect(markdown).toContain("- 10:00 CPU \\*very\\* high \\<b>");
  });
});
