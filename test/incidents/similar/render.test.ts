import { describe, expect, it } from "vitest";
import { formatMatchLine, formatSummaryLine, renderSimilar } from "../../../src/incidents/similar/render.js";
import { similarSummarySchema, topMatches } from "../../../src/incidents/similar/schema.js";
import type { SimilarAnswer } from "../../../src/incidents/similar/search.js";
import type { SimilarMatch } from "../../../src/incidents/similar/types.js";

const LISTED: SimilarAnswer["runbooks"] = { state: "listed", failure: null };

const match = (number: number, overrides: Partial<SimilarMatch> = {}): SimilarMatch => ({
  incident: {
    id: `Q${number}`,
    number,
    title: "SMS deliveries failing",
    service: { id: "notifications", name: "Notifications" },
    createdAt: "2026-08-14T03:10:00.000Z",
  },
  score: 0.625,
  matchedOn: ["same alert key `sms_failure_ratio`", "notes share: gwctl, failover"],
  resolution: "Ran `gwctl provider failover sms`; deliveries back within minutes.",
  timeToResolveSeconds: 720,
  resolvedBy: "Maya Patel",
  runbookPath: "notifications.md",
  ...overrides,
});

const result = (matches: SimilarMatch[], runbooks = LISTED): SimilarAnswer => ({
  target: { incident: { id: "QNOW", number: 4100, title: "SMS failure rate above 5%" }, query: null },
  window: { since: "2026-05-28T12:00:00.000Z", until: "2026-11-24T12:00:00.000Z" },
  matches,
  searched: { incidents: 120, requests: 24 },
  notesRead: 15,
  runbooks,
});

describe("rendering similar incidents", () => {
  it("says in one line what it was, what fixed it, how fast, by whom, where the runbook is and why it matched", () => {
    expect(formatMatchLine(match(3977))).toBe(
      "#3977 SMS deliveries failing (Notifications, 2026-08-14, score 0.63) — fixed in 12 min by Maya Patel: " +
        "“Ran `gwctl provider failover sms`; deliveries back within minutes.” — runbook notifications.md — " +
        "matched on same alert key `sms_failure_ratio`; notes share: gwctl, failover",
    );
    expect(formatMatchLine(match(3978, { resolution: null, runbookPath: null, matchedOn: [] }))).toBe(
      "#3978 SMS deliveries failing (Notifications, 2026-08-14, score 0.63) — resolved in 12 min by Maya Patel; no note says how",
    );
  });

  it("heads the list with what was searched, and says what to try when nothing matched", () => {
    const text = renderSimilar(result([match(3977), match(3801)]));
    expect(text.split("\n")[0]).toBe(
      "**2 similar incidents** to #4100 SMS failure rate above 5%, from 120 incidents since 2026-05-28 (notes read for 15, 24 requests)",
    );
    expect(text).toContain("\n1. #3977 ");
    expect(text).toContain("\n2. #3801 ");
    expect(renderSimilar(result([]))).toMatch(/Nothing shares enough words with it; widen `since`/);
    expect(text).not.toContain("Runbook links");
  });

  it("ends with why runbook links may be missing when the runbooks could not be listed", () => {
    const failure = {
      service: "GitHub" as const,
      message:
        "GitHub failed to read the repository acme/runbooks (502) even after retrying; try again later.",
      retryLater: true,
    };
    const text = renderSimilar(
      result([match(3977, { runbookPath: null })], { state: "unavailable", failure }),
    );
    expect(text.split("\n\n")).toEqual([
      expect.stringMatching(/^\*\*1 similar incident\*\* to #4100 /),
      expect.stringMatching(/^1\. #3977 SMS deliveries failing .* — matched on /),
      "Runbook links may be missing (only the team file's `runbook` fields were used): " +
        "GitHub failed to read the repository acme/runbooks (502) even after retrying; try again later.",
    ]);
  });

  it("gives summarize_incident the top matches in a compact, schema-valid form", () => {
    const top = topMatches(result([match(1), match(2), match(3), match(4)]), 3);
    expect(similarSummarySchema.parse(top)).toEqual([
      { id: "Q1", number: 1, title: "SMS deliveries failing", score: 0.625, resolution: match(1).resolution },
      { id: "Q2", number: 2, title: "SMS deliveries failing", score: 0.625, resolution: match(2).resolution },
      { id: "Q3", number: 3, title: "SMS deliveries failing", score: 0.625, resolution: match(3).resolution },
    ]);
    expect(formatSummaryLine(top[0]!)).toBe(
      "#1 SMS deliveries failing (score 0.63): fixed with “Ran `gwctl provider failover sms`; deliveries back within minutes.”",
    );
  });
});
