// The handoff through a real MCP client, from the workspace and from PagerDuty (the fake seeded from the same folder):
// open work from before the period, each incident's handling, and a brief text that fits a Slack message.
import { describe, expect, it } from "vitest";
import { type OncallDigest, oncallDigestSchema } from "../../src/incidents/schemas.js";
import { useBothSources } from "../helpers/both-sources.js";
import { textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";

describe("summarize_oncall_period as a handoff", () => {
  const sources = useBothSources(SMALL_WORKSPACE);
  const both = async (args: Record<string, unknown>) => {
    const answers: { digest: OncallDigest; text: string }[] = [];
    for (const client of [sources.workspace, sources.pagerduty]) {
      const result = await client.call("summarize_oncall_period", args);
      expect(result.isError, textOf(result)).toBeFalsy();
      answers.push({
        digest: oncallDigestSchema.strict().parse(result.structuredContent),
        text: textOf(result),
      });
    }
    expect(answers[1]).toEqual(answers[0]);
    return answers[0]!;
  };

  it("hands over an incident opened before the period, acknowledged before it, with its age and owner", async () => {
    // #1044 triggered 11-23 22:40, acknowledged 22:55 by Carol, still open at asOf (11-24 12:00).
    const { digest, text } = await both({ since: "2026-11-24T00:00:00Z" });
    expect(digest.totals).toMatchObject({ incidents: 0, stillOpen: 1 });
    expect(digest.stillOpen).toEqual([
      expect.objectContaining({
        number: 1044,
        statusAtEnd: "acknowledged",
        acknowledgedAt: "2026-11-23T22:55:00.000Z",
        ageSeconds: 13 * 3_600 + 20 * 60,
        owners: [{ id: "carol", name: "Carol Diaz" }],
        startedBefore: true,
      }),
    ]);
    expect(digest.highlights).not.toContain("No incidents in this period: a quiet shift.");
    expect(text).toContain(
      "acknowledged since 11-23 22:55 UTC, 13 h 20 min old, from before the period, owner: Carol Diaz",
    );
    expect(sources.fake.violations).toEqual([]);
  });

  it("gives each incident its time to acknowledge, time to resolve and resolver", async () => {
    const { digest } = await both({ since: "2026-11-17T00:00:00Z", until: "2026-11-24T12:00:00Z" });
    const facts = digest.incidents.map((i) => [
      i.number,
      i.timeToAcknowledgeSeconds,
      i.timeToResolveSeconds,
      i.resolvedBy?.name ?? null,
    ]);
    expect(facts).toEqual([
      [1044, 15 * 60, null, null],
      [1043, 37 * 60, 85 * 60, "Alice Chen"],
      [1042, 5 * 60, 58 * 60, "Bob Okafor"],
    ]);
  });

  it("keeps the brief text within a Slack message and gives every section on request", async () => {
    const args = { since: "2026-11-17T00:00:00Z", until: "2026-11-24T12:00:00Z" };
    const brief = textOf(await sources.workspace.call("summarize_oncall_period", args));
    const full = textOf(await sources.workspace.call("summarize_oncall_period", { ...args, detail: "full" }));
    expect(brief.split("\n").length).toBeLessThanOrEqual(40);
    expect(full).toContain("*By service*");
    expect(brief).not.toContain("*By service*");
    expect(full.split("\n").length).toBeGreaterThan(brief.split("\n").length);
  });
});
