import { describe, expect, it } from "vitest";
import { planShadowRotation } from "../../src/shadowing/plan/plan-shadow-rotation.js";
import type { Pairing } from "../../src/shadowing/plan/plan-types.js";
import { MAX_GANTT_BARS, renderGantt } from "../../src/shadowing/render/render-gantt.js";
import { pagedFirstSentences } from "../../src/shadowing/render/render-rotation-recording.js";
import { renderShadowPlanMarkdown } from "../../src/shadowing/render/render-shadow-plan.js";
import { mentee, mentor, shift } from "../builders/index.js";
import { planInput, WEEK } from "./team-fixture.js";

const plan = planShadowRotation(
  planInput({
    engineers: [
      mentor("alice"),
      mentor("bob"),
      mentee("erin", { learning: ["payments-api"] }),
      mentee("finn", { unavailable: [{ start: WEEK.from, end: WEEK.to, reason: "PTO" }] }),
    ],
    shifts: [
      shift("payments", "alice", "2026-11-30T09:00:00Z", "2026-12-01T09:00:00Z"),
      shift("platform", "bob", "2026-12-02T09:00:00Z", "2026-12-02T17:00:00Z"),
    ],
    incidentCounts: { "payments-api": 5 },
  }),
);

describe("renderGantt", () => {
  it("draws one bar per pairing, grouped by schedule, in UTC", () => {
    expect(plan.gantt).toBe(
      [
        "gantt",
        "    title Shadow on-call 2026-11-30 to 2026-12-07 (UTC)",
        "    dateFormat YYYY-MM-DD HH:mm",
        "    axisFormat %d %b",
        "    section Payments primary",
        "    Erin shadows Alice :2026-11-30 09:00, 2026-12-01 09:00",
        "    section Platform daily",
        "    Erin shadows Bob :2026-12-02 09:00, 2026-12-02 17:00",
      ].join("\n"),
    );
  });

  it("keeps Mermaid syntax out of labels and stops drawing past the bar limit", () => {
    const base = plan.pairings[0]!;
    const odd: Pairing = { ...base, mentee: { ...base.mentee, name: "Ann: #1; x" } };
    const many = Array.from({ length: MAX_GANTT_BARS + 2 }, () => odd);
    const chart = renderGantt(plan.window, many).split("\n");
    expect(chart[5]).toBe("    Ann 1 x shadows Alice :2026-11-30 09:00, 2026-12-01 09:00");
    expect(chart.filter((line) => line.includes("shadows"))).toHaveLength(MAX_GANTT_BARS);
    expect(chart.at(-1)).toBe("    %% 2 later pairings are not drawn");
  });
});

describe("renderShadowPlanMarkdown", () => {
  const markdown = renderShadowPlanMarkdown(plan);

  it("opens with the outcome and what is proved", () => {
    // Erin on payments: 0.5 overlap + 2 learning + 0.5 activity + 1 novelty = 4; on platform: 0.5 + 1 = 1.5.
    expect(markdown.split("\n").slice(0, 3)).toEqual([
      "## Shadow on-call rotation, 2026-11-30 00:00 to 2026-12-07 00:00 UTC",
      "",
      "1 of 2 mentees matched, 2 pairings from 2 shifts, total score 5.5. Proved optimal: no plan matches more mentees, has more pairings, or scores higher.",
    ]);
  });

  it("lists the pairings in a table, then the chart, then who was left out and why", () => {
    expect(markdown).toContain(
      "| Erin | Alice | Payments primary | 2026-11-30 09:00 | 2026-12-01 09:00 | 8 h | 4 | covers payments-api, which Erin wants to learn; first shadow with Alice; first time on payments-api; overlaps Erin's working hours by 8 h; 5 recent incidents on its services |",
    );
    expect(markdown).toContain(`\`\`\`mermaid\n${plan.gantt}\n\`\`\``);
    expect(
      markdown.endsWith(
        "### Not matched\n\n- **Finn**: unavailable the whole window (PTO). To fix: plan a window that starts after their time off.",
      ),
    ).toBe(true);
  });
});

describe("pagedFirstSentences", () => {
  const change = {
    shadow: {
      mentee: "erin",
      mentor: "carol",
      schedule: "payments-primary",
      start: "2026-12-14T17:00:00.000Z",
      end: "2026-12-21T17:00:00.000Z",
      role: "reverse-shadow" as const,
    },
    scheduleName: "Payments primary",
    overrideId: "PO1",
    backupOverrideId: "PO2",
  };
  const names = (id: string) => ({ erin: "Erin Walsh", carol: "Carol Diaz" })[id] ?? id;
  const says = (state: "made" | "already" | "removed" | "ended" | "past" | "absent") =>
    pagedFirstSentences([{ ...change, state }], names)[0];

  it("says plainly who is paged first, instead of whom, with the overrides and how to undo", () => {
    expect(says("made")).toBe(
      "This changes who is paged first: from 2026-12-14T17:00Z to 2026-12-21T17:00Z Erin Walsh is paged first on Payments primary instead of Carol Diaz (PagerDuty override PO1; Carol Diaz's backup on the Shadow schedule: PO2). Undo: record_shadow_rotation with undo: true and the same window and pairings.",
    );
    expect(says("already")).toMatch(
      /^Already changed, nothing new: from 2026-12-14T17:00Z to .+ Erin Walsh is paged first/,
    );
  });

  it("says who is paged first again after an undo, and when nothing changed, why", () => {
    expect(says("removed")).toBe(
      "Carol Diaz is paged first again on Payments primary from 2026-12-14T17:00Z to 2026-12-21T17:00Z, not Erin Walsh: override PO1 is deleted.",
    );
    expect(says("ended")).toBe(
      "Carol Diaz is paged first again on Payments primary from now to 2026-12-21T17:00Z: override PO1 had started, so PagerDuty ended it now (Erin Walsh was paged first until then).",
    );
    expect(says("past")).toMatch(
      /^Nothing changed on Payments primary .+: that reverse shadow is over, and PagerDuty keeps past overrides \(PO1\)\.$/,
    );
    expect(says("absent")).toMatch(
      /no override put Erin Walsh first there, so whoever the schedule has on call is paged first\.$/,
    );
  });
});
