// Which incident numbers a runbook cites on its history lines and steps: list items and table rows, outside code.
import { describe, expect, it } from "vitest";
import { incidentCitations } from "../../src/shadowing/readiness/runbook-changes.js";

describe("incidentCitations", () => {
  it("reads list items, numbered steps and table rows, each number once, in order", () => {
    const markdown = [
      "# Payments API #9",
      "",
      "Paged for #8 in prose.",
      "- 2026-10-03: [#1203](https://example.pagerduty.com/incidents/Q1) consumer lag (resolved in 50 min)",
      "1. Restart the consumer (incident #1204)",
      "| 2026-10-04 | [#1205](https://x) | 12 min |",
      "* again #1203, and a colour &#1234; and a path a/#77",
    ].join("\n");
    expect(incidentCitations(markdown)).toEqual([1203, 1204, 1205]);
  });

  it("skips fenced code, even list-like lines inside it", () => {
    const markdown = ["```", "- #1", "```", "~~~", "| #2 |", "~~~", "- #3"].join("\r\n");
    expect(incidentCitations(markdown)).toEqual([3]);
  });
});
