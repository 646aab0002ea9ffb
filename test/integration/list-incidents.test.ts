// list_incidents through a real MCP client: from the workspace, and from PagerDuty (the fake) with the same answer.
import { describe, expect, it } from "vitest";
import { useBothSources } from "../helpers/both-sources.js";
import { connectInMemory, textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";

const WINDOW = { since: "2026-10-01T00:00:00Z", until: "2026-11-25T00:00:00Z" };

interface Listing {
  incidents: { id: string; number: number; status: string; service: { id: string } }[];
  nextCursor: string | null;
}

describe("list_incidents", () => {
  const sources = useBothSources(SMALL_WORKSPACE);

  it("gives the same structured answer from the workspace and from PagerDuty", async () => {
    const fromWorkspace = await sources.workspace.call("list_incidents", WINDOW);
    const fromPagerDuty = await sources.pagerduty.call("list_incidents", WINDOW);
    expect(fromWorkspace.isError).toBeFalsy();
    expect(fromPagerDuty.isError).toBeFalsy();
    expect((fromWorkspace.structuredContent as unknown as Listing).incidents.length).toBeGreaterThan(1);
    expect(fromPagerDuty.structuredContent).toEqual(fromWorkspace.structuredContent);
    expect(sources.fake.requests.some((request) => request.path === "/incidents")).toBe(true);
    expect(sources.fake.violations).toEqual([]);
  });

  it("filters by status and service, and pages with a cursor until the end", async () => {
    const all = (await sources.workspace.call("list_incidents", WINDOW))
      .structuredContent as unknown as Listing;
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (
        await sources.workspace.call("list_incidents", { ...WINDOW, limit: 1, ...(cursor ? { cursor } : {}) })
      ).structuredContent as unknown as Listing;
      expect(page.incidents.length).toBeLessThanOrEqual(1);
      seen.push(...page.incidents.map((incident) => incident.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.incidents.map((incident) => incident.id));

    const resolved = (await sources.workspace.call("list_incidents", { ...WINDOW, statuses: ["resolved"] }))
      .structuredContent as unknown as Listing;
    expect(resolved.incidents.every((incident) => incident.status === "resolved")).toBe(true);
    expect(resolved.incidents.length).toBe(
      all.incidents.filter((incident) => incident.status === "resolved").length,
    );

    const serviceId = all.incidents[0]!.service.id;
    const byService = (await sources.workspace.call("list_incidents", { ...WINDOW, serviceIds: [serviceId] }))
      .structuredContent as unknown as Listing;
    expect(byService.incidents.length).toBe(
      all.incidents.filter((incident) => incident.service.id === serviceId).length,
    );
  });

  it("answers bad input with a sentence naming the field", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ since: "2026-02-30" }, /since: "2026-02-30" is not a real calendar date/],
      [{ limit: 0 }, /limit: must be at least 1/],
      [{ limit: 101 }, /limit: must be at most 100/],
      [{ statuses: ["open"] }, /statuses\.0: must be one of "triggered", "acknowledged", "resolved"/],
      [{ since: "2026-11-20", until: "2026-11-01" }, /must be before until/],
      [{ since: "2025-01-01", until: "2026-11-01" }, /at most 180 days/],
      [{ cursor: "not-a-cursor" }, /cursor is not one this server gave out/],
      [{ serviceIds: "payments-api" }, /serviceIds: /],
      [{ servicesIds: ["payments-api"] }, /unknown field servicesIds/],
    ];
    for (const [args, message] of cases) {
      const result = await sources.workspace.call("list_incidents", args);
      expect(result.isError, JSON.stringify(args)).toBe(true);
      expect(textOf(result), JSON.stringify(args)).toMatch(message);
    }
  });

  it("refuses a cursor from another query", async () => {
    const first = (await sources.workspace.call("list_incidents", { ...WINDOW, limit: 1 }))
      .structuredContent as unknown as Listing;
    const other = await sources.workspace.call("list_incidents", {
      ...WINDOW,
      limit: 1,
      urgency: "low",
      cursor: first.nextCursor!,
    });
    expect(other.isError).toBe(true);
    expect(textOf(other)).toMatch(/different query/);
  });

  it("says clearly when PagerDuty refuses the token, without showing it", async () => {
    const refused = await connectInMemory({
      ONCALL_WORKSPACE: SMALL_WORKSPACE,
      PAGERDUTY_API_TOKEN: "wrong-token-9c1d",
      PAGERDUTY_API_URL: sources.fake.url,
    });
    const result = await refused.call("list_incidents", WINDOW);
    await refused.close();
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/PagerDuty refused the token \(401\)/);
    expect(textOf(result)).not.toContain("wrong-token-9c1d");
  });
});
