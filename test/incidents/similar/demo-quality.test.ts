// Retrieval quality on the demo workspace's labelled recurring incidents: each incident of a group is a query, the
// rest of its group what it should find. Figures are printed; the test fails below recall@3 = 0.9.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retrievalQuality } from "../../../src/incidents/similar/evaluate.js";
import { type FakePagerDuty, startFakePagerDuty } from "../../../tools/fake-pagerduty/server.js";
import { DEMO_WORKSPACE } from "../../helpers/paths.js";
import {
  rankLabelled,
  readLabelledGroups,
  similarContext,
  startedAtOf,
} from "../../helpers/similar-search.js";

const groups = readLabelledGroups();

describe("similar incidents on the demo's labelled groups", () => {
  let fake: FakePagerDuty;
  let fromWorkspace: Map<string, string[]>;
  let fromPagerDuty: Map<string, string[]>;
  let startedAt: Map<string, number>;

  beforeAll(async () => {
    fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE });
    const workspace = await similarContext(DEMO_WORKSPACE, null);
    fromWorkspace = await rankLabelled(workspace, groups);
    startedAt = await startedAtOf(workspace, groups);
    fromPagerDuty = await rankLabelled(await similarContext(DEMO_WORKSPACE, fake), groups);
  });
  afterAll(async () => fake?.close());

  it("has labelled groups to measure on", () => {
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(fromWorkspace.size).toBe(groups.flatMap((group) => group.incidentIds).length);
  });

  it("finds the rest of the group in the top 3 (recall@3 ≥ 0.9) from the workspace", () => {
    const quality = retrievalQuality(groups, fromWorkspace, 3, startedAt);
    console.log(
      `workspace: ${quality.queries} queries, recall@3 ${quality.recallAtK.toFixed(3)}, MRR ${quality.meanReciprocalRank.toFixed(3)}`,
    );
    expect(quality.recallAtK).toBeGreaterThanOrEqual(0.9);
    expect(quality.meanReciprocalRank).toBeGreaterThanOrEqual(0.9);
  });

  it("from PagerDuty, reading notes of the best candidates only, keeps recall@3 ≥ 0.9", () => {
    const quality = retrievalQuality(groups, fromPagerDuty, 3, startedAt);
    console.log(
      `PagerDuty: ${quality.queries} queries, recall@3 ${quality.recallAtK.toFixed(3)}, MRR ${quality.meanReciprocalRank.toFixed(3)}`,
    );
    expect(quality.recallAtK).toBeGreaterThanOrEqual(0.9);
  });

  it("gives the same top matches from PagerDuty as from the workspace", () => {
    for (const [id, workspaceIds] of fromWorkspace) {
      const pagerdutyIds = fromPagerDuty.get(id)!;
      const workspaceTop = workspaceIds.slice(0, 3);
      // The best match from PagerDuty is one of the workspace's best three, and the two top threes share as many as
      // the shorter holds, up to two (the first incident of a group has few earlier ones to find).
      if (workspaceTop.length === 0) continue;
      expect(workspaceTop, id).toContain(pagerdutyIds[0]);
      expect(
        pagerdutyIds.slice(0, 3).filter((match) => workspaceTop.includes(match)).length,
        id,
      ).toBeGreaterThanOrEqual(Math.min(2, workspaceTop.length, pagerdutyIds.length));
    }
  });

  it("never returns the incident searched from", () => {
    for (const [id, matches] of [...fromWorkspace, ...fromPagerDuty]) expect(matches, id).not.toContain(id);
  });

  it("only returns incidents that started before the one searched from", () => {
    for (const [id, matches] of [...fromWorkspace, ...fromPagerDuty])
      for (const match of matches.filter((match) => startedAt.has(match)))
        expect(startedAt.get(match)!, `${id} → ${match}`).toBeLessThan(startedAt.get(id)!);
  });
});
