// Arguments as assistants really send them, through a real MCP client, from the workspace and from PagerDuty:
// numbers for ids, wrong types, mistyped service, team and schedule ids, and a window given by `since` alone.
import { describe, expect, it } from "vitest";
import { incidentSummarySchema, oncallDigestSchema } from "../../src/incidents/schemas.js";
import { useBothSources } from "../helpers/both-sources.js";
import { textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";

const WINDOW = { since: "2026-11-17T00:00:00Z", until: "2026-11-24T12:00:00Z" };

describe("tool inputs as assistants send them", () => {
  const sources = useBothSources(SMALL_WORKSPACE);
  const each = () =>
    [
      ["workspace", sources.workspace],
      ["pagerduty", sources.pagerduty],
    ] as const;

  it("takes an incident number sent as a JSON number, and the schema says so", async () => {
    for (const [mode, client] of each()) {
      const result = await client.call("summarize_incident", { incidentId: 1043 });
      expect(result.isError, `${mode}: ${textOf(result)}`).toBeFalsy();
      expect(incidentSummarySchema.parse(result.structuredContent).incident.id).toBe("Q2LEDGREPL0B3C");
    }
    const { tools } = await sources.workspace.client.listTools();
    const schema = tools.find((tool) => tool.name === "summarize_incident")?.inputSchema;
    expect(schema?.properties?.["incidentId"]).toMatchObject({ type: ["string", "integer"] });
    const period = tools.find((tool) => tool.name === "summarize_oncall_period")?.inputSchema;
    expect(period?.properties?.["serviceIds"]).toMatchObject({ items: { type: ["string", "integer"] } });
  });

  it("says which type a field expects when it gets another", async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [
        "summarize_incident",
        { incidentId: "1043", narrative: "yes" },
        "narrative: must be a boolean, not a string",
      ],
      ["summarize_incident", { incidentId: 10.5 }, "incidentId: must be a string, not a number"],
      ["summarize_oncall_period", { serviceIds: "ledger" }, "serviceIds: must be an array, not a string"],
      ["list_incidents", { limit: "5" }, "limit: must be a number, not a string"],
      ["summarize_incident", {}, "incidentId: is required (expected string)"],
    ];
    for (const [tool, args, problem] of cases) {
      const result = await sources.workspace.call(tool, args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(textOf(result)).toBe(`${tool}: Invalid input. ${problem}.`);
    }
  });

  it("refuses a service or team id nobody knows, naming it and the known ones, in both modes", async () => {
    for (const [mode, client] of each()) {
      const service = await client.call("summarize_oncall_period", {
        ...WINDOW,
        serviceIds: ["paymnts-api"],
      });
      expect(service.isError, mode).toBe(true);
      expect(textOf(service)).toBe(
        `No service "paymnts-api" (serviceIds); known services: "payments-api", "ledger".`,
      );
      const team = await client.call("summarize_oncall_period", { ...WINDOW, teamIds: ["paymnts"] });
      expect(team.isError, mode).toBe(true);
      expect(textOf(team)).toBe(`No team "paymnts" (teamIds); known teams: "payments".`);
      const listed = await client.call("list_incidents", { serviceIds: ["ledger", "nope"] });
      expect(textOf(listed)).toMatch(
        /^No service "nope" \(serviceIds\); known services: "payments-api", "ledger"/,
      );
    }
    // PagerDuty was asked for its services and teams (team.yaml did not know the ids), as its API describes.
    expect(sources.fake.requests.some((request) => request.path === "/services")).toBe(true);
    expect(sources.fake.requests.some((request) => request.path === "/teams")).toBe(true);
    expect(sources.fake.violations).toEqual([]);
  });

  it("accepts a service by its team.yaml id or by the PagerDuty id team.yaml records for it", async () => {
    for (const [mode, client] of each()) {
      for (const serviceIds of [["ledger"], ["PSVC002"]]) {
        const result = await client.call("summarize_oncall_period", { ...WINDOW, serviceIds });
        expect(result.isError, `${mode} ${serviceIds}: ${textOf(result)}`).toBeFalsy();
        const digest = oncallDigestSchema.parse(result.structuredContent);
        expect(digest.totals.incidents, `${mode} ${serviceIds}`).toBe(1);
      }
    }
  });

  it("reads `since` alone as since..now, in every tool with a past window", async () => {
    const now = "2026-11-24T12:00:00.000Z";
    for (const [mode, client] of each()) {
      const digest = await client.call("summarize_oncall_period", { since: "2026-11-10" });
      expect(digest.structuredContent?.["window"], mode).toEqual({
        since: "2026-11-10T00:00:00.000Z",
        until: now,
      });
      const load = await client.call("oncall_load", { since: "2026-10-01" });
      expect(load.structuredContent?.["until"], mode).toBe(now);
      const list = await client.call("list_incidents", { since: "2026-11-22" });
      expect(textOf(list), mode).toContain(`from 2026-11-22T00:00:00.000Z to ${now}`);
    }
  });
});
