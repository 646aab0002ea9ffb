// Benchmark of find_similar_incidents. Quality: recall@3 and mean reciprocal rank over the demo workspace's labelled
// recurring incidents (test/fixtures/similar-incident-groups.json), from the workspace and from the fake PagerDuty,
// beside a baseline that ranks on the incident list alone (no notes). Scale: 2,000 incidents in the fake PagerDuty
// with 30 ms latency, requests counted on the fake and wall time, first call and second (cached) call.
import { listDocument } from "../../src/incidents/similar/document.js";
import {
  type LabelledGroup,
  type RetrievalQuality,
  retrievalQuality,
} from "../../src/incidents/similar/evaluate.js";
import { rankDocuments } from "../../src/incidents/similar/rank.js";
import { findSimilarIncidents, type SimilarContext } from "../../src/incidents/similar/search.js";
import { DAY_MS } from "../../src/lib/dates.js";
import { DEMO_WORKSPACE } from "../../test/helpers/paths.js";
import {
  DEMO_AS_OF,
  rankLabelled,
  readLabelledGroups,
  similarContext,
  startedAtOf,
} from "../../test/helpers/similar-search.js";
import { readIncidentFiles, synthesizeIncidents } from "../../test/helpers/synthetic-incidents.js";
import { startFakePagerDuty } from "../fake-pagerduty/server.js";
import type { BenchRow } from "./report.js";

/** The baseline: the same BM25 on title, incident key and service only, as the incident list gives them. */
async function rankLabelledOnListAlone(
  ctx: SimilarContext,
  groups: readonly LabelledGroup[],
): Promise<Map<string, string[]>> {
  const page = await ctx.sources.incidents.listIncidents({
    since: new Date(DEMO_AS_OF.getTime() - 180 * DAY_MS).toISOString(),
    until: DEMO_AS_OF.toISOString(),
    limit: 1000,
    offset: 0,
  });
  const documents = page.incidents.map(listDocument);
  const started = new Map(page.incidents.map((incident) => [incident.id, Date.parse(incident.createdAt)]));
  const ranked = new Map<string, string[]>();
  for (const id of groups.flatMap((group) => group.incidentIds)) {
    const query = documents.find((document) => document.id === id)!;
    const earlier = documents.filter((document) => started.get(document.id)! < started.get(id)!);
    ranked.set(
      id,
      rankDocuments(query, earlier, { limit: 5, excludeId: id }).map((match) => match.document.id),
    );
  }
  return ranked;
}

function qualityRow(name: string, quality: RetrievalQuality, baseline: RetrievalQuality): BenchRow {
  return {
    benchmark: `similar incidents: ${name} (${quality.queries} labelled queries)`,
    figure: `recall@3 ${quality.recallAtK.toFixed(3)}, MRR ${quality.meanReciprocalRank.toFixed(3)}`,
    target: "recall@3 ≥ 0.9",
    comparison: `list alone (title, key, service): recall@3 ${baseline.recallAtK.toFixed(3)}, MRR ${baseline.meanReciprocalRank.toFixed(3)}`,
    met: quality.recallAtK >= 0.9,
  };
}

async function scaleRows(): Promise<BenchRow[]> {
  const fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE, latencyMs: 30 });
  try {
    const demo = readIncidentFiles(DEMO_WORKSPACE);
    // The alert storm (thousands of alerts in one file) would only make the seeding slow.
    const templates = demo.filter((file) => (file.alerts?.length ?? 0) <= 20);
    const extra = 2000 - demo.length;
    const oldest = Math.min(...templates.map((file) => Date.parse(String(file.incident["created_at"]))));
    for (const file of synthesizeIncidents(templates, extra, { before: new Date(oldest), days: 120 }))
      fake.state.addIncident(file);

    const ctx = await similarContext(DEMO_WORKSPACE, fake);
    const measure = async () => {
      const before = fake.requests.length;
      const started = performance.now();
      const result = await findSimilarIncidents(ctx, { incidentId: "1243" }, {});
      return { result, requests: fake.requests.length - before, millis: performance.now() - started };
    };
    const first = await measure();
    const second = await measure();
    const pages = Math.ceil(first.result.searched.incidents / 100);
    return [
      {
        benchmark: `similar incidents: ${first.result.searched.incidents + 1} incidents in fake PagerDuty, 30 ms latency`,
        figure: `${first.requests} requests (${pages} pages + ${first.requests - pages}), ${first.millis.toFixed(0)} ms`,
        target: "pages + a constant; < 3 s",
        comparison: `second call (session cache): ${second.requests} requests, ${second.millis.toFixed(0)} ms`,
        met: first.millis < 3000 && first.requests - pages <= 40,
      },
    ];
  } finally {
    await fake.close();
  }
}

export async function benchSimilar(): Promise<BenchRow[]> {
  const groups = readLabelledGroups();
  const workspace = await similarContext(DEMO_WORKSPACE, null);
  const started = await startedAtOf(workspace, groups);
  const baseline = retrievalQuality(groups, await rankLabelledOnListAlone(workspace, groups), 3, started);
  const fromWorkspace = retrievalQuality(groups, await rankLabelled(workspace, groups), 3, started);
  const fake = await startFakePagerDuty({ workspaceDir: DEMO_WORKSPACE });
  let fromPagerDuty: RetrievalQuality;
  try {
    fromPagerDuty = retrievalQuality(
      groups,
      await rankLabelled(await similarContext(DEMO_WORKSPACE, fake), groups),
      3,
      started,
    );
  } finally {
    await fake.close();
  }
  return [
    qualityRow("workspace", fromWorkspace, baseline),
    qualityRow("PagerDuty, notes of the top candidates", fromPagerDuty, baseline),
    ...(await scaleRows()),
  ];
}
