// What a runbook proposal says (branch, title, body, commit message): pure functions, on hand-built drafts.
import { describe, expect, it } from "vitest";
import type { RunbookDraft } from "../../src/runbooks/draft/draft-types.js";
import {
  BODY_LIMIT,
  codeSpan,
  proposalBranch,
  renderProposalText,
} from "../../src/runbooks/render/render-proposal.js";
import { PAYMENTS_5XX, SERVICE } from "../runbooks/records.js";

function draft(overrides: Partial<RunbookDraft> = {}): RunbookDraft {
  return {
    runbookPath: "payments-api.md",
    diffPath: "runbooks/payments-api.md",
    refused: [],
    baseVersion: "3b18e512dba79e4c8300dd08aeb37f8e728b8dad",
    created: false,
    changes: [
      {
        section: "Mitigation",
        newSection: false,
        kind: "mitigation",
        text: "- From incident #4211:\n  ```sh\n  kubectl -n payments rollout undo deploy/payments-api\n  ```",
        evidence: [
          {
            id: "PNOTE0001",
            at: "2026-11-20T14:30:00.000Z",
            source: "note",
            excerpt: "Rolled back: ``` kubectl ``` ping @alice",
          },
        ],
      },
    ],
    diff: "",
    proposedContent: "",
    warnings: [],
    ...overrides,
  };
}

describe("renderProposalText", () => {
  it("names the branch after the incident and service, and says what changes on what evidence", () => {
    const text = renderProposalText(draft(), PAYMENTS_5XX, SERVICE);
    expect(text.branch).toBe("runbook/4211-payments-api");
    expect(text.title).toBe("Payments API runbook: what incident #4211 taught");
    expect(text.commitMessage).toBe(
      "Update runbook payments-api.md from incident #4211\n\n1 change drafted from the incident's notes, log entries and alerts.",
    );
    expect(text.body).toBe(
      [
        "Drafted by oncall-mentor-mcp from the records of incident [#4211](https://acme.pagerduty.com/incidents/Q1ABCDEF) `Payments API 5xx error rate above 5%` (Payments API, Q1ABCDEF).",
        "",
        "Adds to `payments-api.md` (base version 3b18e51). The draft only adds lines and sets `lastReviewed`; every change below names the records it comes from. Check each step before merging: the records show what was run, not why it worked.",
        "",
        "## Changes",
        "",
        "### 1. Mitigation: mitigation",
        "",
        // The change holds a three-backtick fence, so it is shown inside a four-backtick one.
        "````markdown",
        "- From incident #4211:",
        "  ```sh",
        "  kubectl -n payments rollout undo deploy/payments-api",
        "  ```",
        "````",
        "",
        "Evidence:",
        "",
        // Inside a code span, "@alice" mentions nobody.
        "- note `PNOTE0001` at 2026-11-20T14:30:00.000Z: ````Rolled back: ``` kubectl ``` ping @alice````",
        "",
      ].join("\n"),
    );
  });

  it("takes the caller's title, and names a new runbook's proposal after it", () => {
    expect(renderProposalText(draft(), PAYMENTS_5XX, SERVICE, "  Fix rollback steps ").title).toBe(
      "Fix rollback steps",
    );
    const created = renderProposalText(draft({ created: true, baseVersion: null }), PAYMENTS_5XX, null);
    expect(created.title).toBe("New Payments API runbook from incident #4211");
    expect(created.commitMessage.split("\n")[0]).toBe("Add runbook payments-api.md from incident #4211");
    expect(created.body).toContain("Creates `payments-api.md`. The draft only adds lines");
  });

  it("reduces a vendor service id to a branch name git accepts", () => {
    expect(proposalBranch(77, "PXYZ123")).toBe("runbook/77-pxyz123");
    expect(proposalBranch(77, "db.primary.lock")).toBe("runbook/77-db-primary-lock");
    expect(proposalBranch(77, "..")).toBe("runbook/77-service");
    expect(proposalBranch(77, "Payments API (EU)")).toBe("runbook/77-payments-api-eu");
  });

  it(`stays under ${BODY_LIMIT} characters, saying how many changes it left out`, () => {
    const long = draft().changes[0]!;
    const changes = Array.from({ length: 200 }, (_, index) => ({
      ...long,
      text: `- step ${index}: ${"x".repeat(500)}`,
    }));
    const body = renderProposalText(draft({ changes }), PAYMENTS_5XX, SERVICE).body;
    expect(body.length).toBeLessThanOrEqual(BODY_LIMIT);
    const shown = body.match(/^### \d+\./gm)!.length;
    expect(shown).toBeGreaterThan(50);
    expect(shown).toBeLessThan(200);
    expect(body).toContain(`…and ${200 - shown} more changes; the commit holds them all.`);
  });

  it("lists at most five records per change", () => {
    const evidence = Array.from({ length: 8 }, (_, index) => ({
      id: `PNOTE${index}`,
      at: `2026-11-20T14:0${index}:00.000Z`,
      source: "note" as const,
      excerpt: `note ${index}`,
    }));
    const body = renderProposalText(
      draft({ changes: [{ ...draft().changes[0]!, evidence }] }),
      PAYMENTS_5XX,
      SERVICE,
    ).body;
    expect(body.match(/^- note `PNOTE\d` at /gm)).toHaveLength(5);
    expect(body).toContain("- note `PNOTE0` at 2026-11-20T14:00:00.000Z: `note 0`");
    expect(body).toContain("- and 3 more records");
  });
});

describe("codeSpan", () => {
  it("uses a backtick run longer than any inside, and pads text that starts or ends with one", () => {
    expect(codeSpan("kubectl get pods")).toBe("`kubectl get pods`");
    expect(codeSpan("a `b` c")).toBe("``a `b` c``");
    expect(codeSpan("`x`")).toBe("`` `x` ``");
    expect(codeSpan("line one\nline two")).toBe("`line one line two`");
  });
});
