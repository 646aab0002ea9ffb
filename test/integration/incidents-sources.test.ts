// summarize_incident and summarize_oncall_period through a real MCP client: the same answers from the workspace and
// from PagerDuty (the fake, seeded from the same folder), checked against the detailed output schemas.
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import {
  type IncidentSummary,
  incidentSummarySchema,
  type OncallDigest,
  oncallDigestSchema,
} from "../../src/incidents/schemas.js";
import { useBothSources } from "../helpers/both-sources.js";
import { textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";

const WINDOW = { since: "2026-11-17T00:00:00Z", until: "2026-11-24T12:00:00Z" };
const INCIDENTS = ["Q1PAYLAT7X2K9A", "Q2LEDGREPL0B3C", "Q3WEBHK5RT7Y1M"];

/**
 * What must match across sources: everything but the request count and, for an incident still open, how long it
 * has been open (the workspace's "now" is team.yaml's asOf, PagerDuty's is the clock).
 */
function comparable(summary: IncidentSummary) {
  const { requests: _requests, ...sources } = summary.sources;
  const open = summary.resolvedAt === null;
  return {
    ...summary,
    sources,
    durationSeconds: open ? "open" : summary.durationSeconds,
    openQuestions: summary.openQuestions.map((question) =>
      open ? question.replace(/ after [\d dhmin]+:/, " after …:") : question,
    ),
  };
}

describe("incident summaries from the workspace and from PagerDuty", () => {
  const sources = useBothSources(SMALL_WORKSPACE);

  it.each(INCIDENTS)("summarize_incident %s: the same facts either way", async (incidentId) => {
    const fromWorkspace = await sources.workspace.call("summarize_incident", { incidentId, detail: "full" });
    const before = sources.fake.requests.length;
    const fromPagerDuty = await sources.pagerduty.call("summarize_incident", { incidentId, detail: "full" });
    expect(fromWorkspace.isError, textOf(fromWorkspace)).toBeFalsy();
    expect(fromPagerDuty.isError, textOf(fromPagerDuty)).toBeFalsy();
    const local = incidentSummarySchema.strict().parse(fromWorkspace.structuredContent);
    const remote = incidentSummarySchema.strict().parse(fromPagerDuty.structuredContent);
    expect(comparable(remote)).toEqual(comparable(local));
    expect(local.sources.requests).toBe(0);
    expect(remote.sources.requests).toBe(sources.fake.requests.length - before);
    expect(remote.sources.requests).toBeGreaterThanOrEqual(4);
    expect(sources.fake.violations).toEqual([]);
  });

  it("answers match the output schemas tools/list advertises", async () => {
    const { tools } = await sources.workspace.client.listTools();
    const ajv = new Ajv({ strict: false });
    const schemaOf = (name: string) => {
      const schema = tools.find((tool) => tool.name === name)?.outputSchema;
      if (!schema) throw new Error(`${name} advertises no output schema`);
      return ajv.compile(schema);
    };
    const summaryValid = schemaOf("summarize_incident");
    const digestValid = schemaOf("summarize_oncall_period");
    for (const args of [{ incidentId: "1042" }, { incidentId: "1044", detail: "full", narrative: true }]) {
      const result = await sources.workspace.call("summarize_incident", args);
      expect(summaryValid(result.structuredContent), JSON.stringify(summaryValid.errors)).toBe(true);
    }
    const digest = await sources.workspace.call("summarize_oncall_period", WINDOW);
    expect(digestValid(digest.structuredContent), JSON.stringify(digestValid.errors)).toBe(true);
    expect(digestValid({ ...digest.structuredContent, highlights: "none" })).toBe(false);
  });

  it("gives the same text for a resolved incident either way", async () => {
    for (const incidentId of ["Q1PAYLAT7X2K9A", "Q2LEDGREPL0B3C"]) {
      const fromWorkspace = await sources.workspace.call("summarize_incident", { incidentId });
      const fromPagerDuty = await sources.pagerduty.call("summarize_incident", { incidentId });
      expect(textOf(fromPagerDuty)).toBe(textOf(fromWorkspace));
    }
  });

  it("knows #1043 by its number, with the facts the file holds", async () => {
    const result = await sources.workspace.call("summarize_incident", { incidentId: "1043" });
    const summary = incidentSummarySchema.strict().parse(result.structuredContent);
    expect(summary.incident.id).toBe("Q2LEDGREPL0B3C");
    // Triggered 03:15, escalated 03:45, acknowledged 03:52, resolved 04:40.
    expect(summary.timeToAcknowledgeSeconds).toBe(37 * 60);
    expect(summary.timeToResolveSeconds).toBe(85 * 60);
    expect(summary.escalations).toBe(1);
    expect(summary.notifications.total).toBe(2);
    expect(summary.sources).toMatchObject({
      logEntries: 7,
      logEntriesRead: 7,
      overviewOnly: false,
      notes: 2,
    });
    expect(textOf(result)).toMatch(
      /^\*\*#1043 Ledger: Ledger replica lag above 60s\*\*: resolved, high urgency/,
    );
  });

  it("summarize_oncall_period gives the same digest either way, for an explicit window", async () => {
    const fromWorkspace = await sources.workspace.call("summarize_oncall_period", WINDOW);
    const fromPagerDuty = await sources.pagerduty.call("summarize_oncall_period", WINDOW);
    expect(fromWorkspace.isError, textOf(fromWorkspace)).toBeFalsy();
    expect(fromPagerDuty.isError, textOf(fromPagerDuty)).toBeFalsy();
    const local: OncallDigest = oncallDigestSchema.strict().parse(fromWorkspace.structuredContent);
    const remote: OncallDigest = oncallDigestSchema.strict().parse(fromPagerDuty.structuredContent);
    expect(remote).toEqual(local);
    expect(textOf(fromPagerDuty)).toBe(textOf(fromWorkspace));
    expect(local.totals).toMatchObject({ incidents: 3, highUrgency: 2, lowUrgency: 1, stillOpen: 1 });
    expect(local.window).toEqual({ since: "2026-11-17T00:00:00.000Z", until: "2026-11-24T12:00:00.000Z" });
    expect(sources.fake.violations).toEqual([]);
  });

  it("answers an unknown incident and a bad window with a sentence", async () => {
    const unknown = await sources.pagerduty.call("summarize_incident", { incidentId: "QNOSUCHINCIDNT" });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toBe("PagerDuty has no incident QNOSUCHINCIDNT; it may have been deleted.");
    const backwards = await sources.workspace.call("summarize_oncall_period", {
      since: "2026-11-24",
      until: "2026-11-20",
    });
    expect(backwards.isError).toBe(true);
    expect(textOf(backwards)).toMatch(/^since \(2026-11-24T00:00:00.000Z\) must be before until/);
    const tooLong = await sources.workspace.call("summarize_oncall_period", {
      since: "2026-09-01",
      until: "2026-11-20",
    });
    expect(textOf(tooLong)).toMatch(/at most 31 days are allowed/);
    const badSchedule = await sources.workspace.call("summarize_oncall_period", {
      ...WINDOW,
      scheduleId: "nope",
    });
    expect(textOf(badSchedule)).toMatch(
      /^No schedule "nope" \(scheduleId\); known schedules: "payments-primary", "ledger-daily"/,
    );
  });
});
