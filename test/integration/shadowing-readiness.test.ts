// oncall_readiness through a real MCP client on a hand-built team (test/shadowing/readiness-team.ts) over the small
// workspace's incidents, with every figure worked out below. Now is 24 Nov 2026 12:00 UTC (asOf).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectInMemory, type TestClient, textOf } from "../helpers/mcp-client.js";
import { SMALL_WORKSPACE } from "../helpers/paths.js";
import { copyWorkspace, type TempWorkspace } from "../helpers/temp-workspace.js";
import { READINESS_TEAM } from "../shadowing/readiness-team.js";

interface Gate {
  kind: string;
  have: number;
  want: number;
  metAt: string | null;
}
interface Readiness {
  thresholds: Record<string, number>;
  mentees: {
    mentee: string;
    stage: string;
    nextStage: string | null;
    ready: boolean;
    readySince: string | null;
    nextStep: string;
    services: {
      service: string;
      learning: boolean;
      ready: boolean;
      missing: string[];
      gates: Gate[];
      items: { kind: string; at: string; ref: string; url: string | null }[];
    }[];
    milestones: { kind: string; at: string; text: string }[];
  }[];
}

describe("oncall_readiness on a hand-built team", () => {
  let workspace: TempWorkspace;
  let session: TestClient;
  beforeAll(async () => {
    workspace = copyWorkspace(SMALL_WORKSPACE, { teamYaml: READINESS_TEAM });
    session = await connectInMemory({ ONCALL_WORKSPACE: workspace.dir });
  });
  afterAll(async () => {
    await session?.close();
    workspace?.remove();
  });

  const readiness = async (args: Record<string, string>) => {
    const result = await session.call("oncall_readiness", args);
    expect(result.isError, textOf(result)).toBeFalsy();
    return { data: result.structuredContent as unknown as Readiness, text: textOf(result) };
  };

  // team.yaml sets shadowShifts 2, incidentsSeen 1, drills 1; the other two keep their defaults (2 and 1).
  it("lists every mentee and anyone not yet on call alone, with the thresholds from team.yaml", async () => {
    const { data, text } = await readiness({});
    expect(data.thresholds).toEqual({
      shadowShifts: 2,
      incidentsSeen: 1,
      drills: 1,
      reverseShadowShifts: 2,
      incidentsHandled: 1,
    });
    expect(data.mentees.map((m) => [m.mentee, m.stage, m.ready])).toEqual([
      ["dave", "shadow", false],
      ["erin", "reverse-shadow", false],
      ["frank", "on-call-with-backup", false],
    ]);
    expect(data.mentees.every((m) => m.services.every((s) => s.items.length === 0))).toBe(true);
    expect(text).toContain("| Erin Walsh | reverse shadow | no |");
  });

  // Dave on payments-api: shadow shifts 5 Nov 08:00 and 20 Nov 16:00 (the one on 25 Nov is ahead), #1042 seen at
  // 18:04 on 20 Nov, no drill. On the ledger: one shift (23 Nov 07:00 to 24 Nov 07:00) with nothing on the ledger
  // during it, and his drill of #1043 on 22 Nov. The ledger lacks two items, payments-api one: the ledger leads.
  it("says per learning service what is missing, with dates and links, and the next step", async () => {
    const { data, text } = await readiness({ mentee: "dave" });
    const dave = data.mentees[0]!;
    const [payments, ledger] = ["payments-api", "ledger"].map(
      (id) => dave.services.find((s) => s.service === id)!,
    );
    expect(payments!.gates).toEqual([
      { kind: "shadow-shift", have: 2, want: 2, metAt: "2026-11-20T16:00:00.000Z" },
      { kind: "incident-seen", have: 1, want: 1, metAt: "2026-11-20T18:04:00.000Z" },
      { kind: "drill", have: 0, want: 1, metAt: null },
    ]);
    expect(payments!.missing).toEqual(["1 more drill"]);
    expect(payments!.items.find((i) => i.kind === "incident-seen")).toMatchObject({
      ref: "1042",
      url: "https://example.pagerduty.com/incidents/Q1PAYLAT7X2K9A",
    });
    expect(ledger!.missing).toEqual(["1 more shadow shift", "1 more incident seen"]);
    expect(dave.ready).toBe(false);
    expect(dave.nextStep).toBe(
      "On Ledger, 1 more shadow shift, 1 more incident seen; next, plan one with suggest_shadow_pairings.",
    );
    expect(text).toContain(
      "[#1042 Payments API p99 latency above 2s](https://example.pagerduty.com/incidents/Q1PAYLAT7X2K9A)",
    );
  });

  // Erin met the shadow gates on the ledger with her shift from 21 Nov 00:00 (the second), #1043 at 03:15 that
  // night, and her drill on 19 Nov: ready for reverse shadow at 21 Nov 03:15. In reverse shadow she has one shift of
  // two and no page on the ledger during it (#1044 is on payments-api).
  it("judges a reverse-shadow mentee on reverse-shadow evidence and dates her milestones", async () => {
    const erin = (await readiness({ mentee: "erin" })).data.mentees[0]!;
    expect(erin.nextStage).toBe("on-call-with-backup");
    expect(erin.services[0]!.gates).toEqual([
      { kind: "reverse-shadow-shift", have: 1, want: 2, metAt: null },
      { kind: "incident-handled", have: 0, want: 1, metAt: null },
    ]);
    expect(erin.milestones.map((m) => [m.kind, m.at])).toEqual([
      ["first-shadow-shift", "2026-11-17T07:00:00.000Z"],
      ["first-drill", "2026-11-19T10:00:00.000Z"],
      ["first-incident-seen", "2026-11-21T03:15:00.000Z"],
      ["ready-for-reverse-shadow", "2026-11-21T03:15:00.000Z"],
      ["first-reverse-shadow", "2026-11-23T07:00:00.000Z"],
    ]);
    expect(erin.milestones[4]!.text).toBe(
      "Erin Walsh carried the pager for the first time on 23 Nov 2026, with Bob Okafor backing them up.",
    );
  });

  it("moves a mentee on once every learning service meets the gates, dated by the last item needed", async () => {
    const relaxed = copyWorkspace(SMALL_WORKSPACE, {
      teamYaml: READINESS_TEAM.replace(
        "readiness: { shadowShifts: 2, incidentsSeen: 1, drills: 1 }",
        "readiness: { drills: 0, incidentsSeen: 0, shadowShifts: 1 }",
      ),
    });
    const other = await connectInMemory({ ONCALL_WORKSPACE: relaxed.dir });
    try {
      const dave = (await other.call("oncall_readiness", { mentee: "dave" }))
        .structuredContent as unknown as Readiness;
      // One shadow shift per service: payments-api on 5 Nov, the ledger on 23 Nov 07:00.
      expect(dave.mentees[0]!.ready).toBe(true);
      expect(dave.mentees[0]!.readySince).toBe("2026-11-23T07:00:00.000Z");
      expect(dave.mentees[0]!.nextStep).toContain("set stage: reverse-shadow for dave in team.yaml");
    } finally {
      await other.close();
      relaxed.remove();
    }
  });

  it("shows the stage, the next step and the dated milestones in mentee_progress", async () => {
    const result = await session.call("mentee_progress", { mentee: "erin" });
    const progress = result.structuredContent as unknown as { stage: string; milestones: { kind: string }[] };
    expect(progress.stage).toBe("reverse-shadow");
    expect(progress.milestones.map((m) => m.kind)).toContain("first-reverse-shadow");
    expect(textOf(result)).toContain(
      "Stage: reverse shadow. On Ledger, 1 more reverse-shadow shift, 1 more incident handled",
    );
    expect(textOf(result)).toContain(
      "- Erin Walsh shadowed their first on-call shift, with Bob Okafor on Ledger daily, on 17 Nov 2026.",
    );
  });

  // Since 20 Nov: her second shadow shift (21 Nov), #1043 seen that night, her first reverse shadow (23 Nov).
  it("gives the one-on-one prompt the progress since a date, the goals left and a milestone to recognise", async () => {
    const prompt = await session.client.getPrompt({
      name: "one-on-one",
      arguments: { mentee: "erin", since: "2026-11-20T00:00:00Z" },
    });
    const content = prompt.messages[0]!.content;
    const text = content.type === "text" ? content.text : "";
    const since = text.slice(text.indexOf("### Since 20 Nov 2026"), text.indexOf("### Strengths"));
    expect(since.trim().split("\n").slice(2)).toEqual([
      "- 21 Nov 2026: shadowed Bob Okafor on Ledger daily",
      "- 21 Nov 2026: saw #1043 Ledger replica lag above 60s",
      "- 23 Nov 2026: carried the pager on Ledger daily, Bob Okafor backing up",
    ]);
    expect(text).toContain(
      "### One thing to recognise\n\n- Erin Walsh carried the pager for the first time on 23 Nov 2026",
    );
  });

  it("answers an unknown engineer with a sentence naming one to use", async () => {
    const result = await session.call("oncall_readiness", { mentee: "nobody" });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('No engineer "nobody" in team.yaml');
  });
});
