// Benchmark of find_similar_incidents. Quality: recall@3 and mean reciprocal rank over the demo workspace's labelled
// recurring incidents (test/fixtures/similar-incident-groups.json), from the workspace and from the fake PagerDuty,
// beside a baseline that ranks on the incident list alone (no notes). Scale: 2,000 incidents in the fake PagerDuty
// with 30 ms latency, requests counted on the fake and wall time, first call and second (cached) call.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseConfig } from "../../src/config-parse.js";
import { listDocument } from "../../src/incidents/similar/document.js";
import {
  type LabelledGroup,
  type RetrievalQuality,
  retrievalQuality,
} from "../../src/incidents/similar/evaluate.js";
import { rankDocuments } from "../../src/incidents/similar/rank.js";
import { findSimilarIncidents, type SimilarContext } from "../../src/incidents/similar/search.js";
import { DAY_MS } from "../../src/lib/dates.js";
import type { AppContext } from "../../src/server/app-context.js";
import { createCallContext } from "../../src/server/call-context.js";
import { createSources } from "../../src/sources/select.js";
import { Random } from "../demo-workspace/prng.js";
import { type FakePagerDuty, startFakePagerDuty } from "../fake-pagerduty/server.js";
import type { IncidentFile } from "../fake-pagerduty/state.js";
import type { BenchRow } from "./report.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const DEMO_WORKSPACE = `${root}examples/workspace`;
export const SIMILAR_GROUPS_FILE = `${root}test/fixtures/similar-incident-groups.json`;
/** The demo's team.yaml asOf: "now" for every search here, so the figures do not move with the clock. */
export const DEMO_AS_OF = new Date("2026-11-24T12:00:00Z");

export function readLabelledGroups(): LabelledGroup[] {
  return JSON.parse(readFileSync(SIMILAR_GROUPS_FILE, "utf8")) as LabelledGroup[];
}

/** A search context over the workspace, or over PagerDuty at `pagerdutyUrl`, with now pinned to the demo's asOf. */
export async function similarContext(
  workspaceDir: string,
  pagerduty: Pick<FakePagerDuty, "url" | "token"> | null,
): Promise<SimilarContext> {
  // The sources' clock too (PagerDuty's windows end at it), so the requests made do not move with the real date.
  const env: Record<string, string> = {
    ONCALL_WORKSPACE: workspaceDir,
    ONCALL_NOW: DEMO_AS_OF.toISOString(),
  };
  if (pagerduty)
    Object.assign(env, { PAGERDUTY_API_TOKEN: pagerduty.token, PAGERDUTY_API_URL: pagerduty.url });
  const config = parseConfig(env, [], root);
  const { sources } = await createSources(config);
  const app: AppContext = { config, sources, log: { info: () => {}, warn: () => {} } };
  const ctx = await createCallContext(app, { signal: new AbortController().signal });
  return { ...ctx, now: DEMO_AS_OF };
}

/** The match ids of every labelled incident, best first. */
export async function rankLabelled(
  ctx: SimilarContext,
  groups: readonly LabelledGroup[],
  limit = 5,
): Promise<Map<string, string[]>> {
  const ranked = new Map<string, string[]>();
  for (const id of groups.flatMap((group) => group.incidentIds)) {
    const result = await findSimilarIncidents(ctx, { incidentId: id }, { limit });
    ranked.set(
      id,
      result.matches.map((match) => match.incident.id),
    );
  }
  return ranked;
}

/** When each labelled incident started (epoch ms): a search from an incident only finds earlier ones. */
export async function startedAtOf(
  ctx: SimilarContext,
  groups: readonly LabelledGroup[],
): Promise<Map<string, number>> {
  const started = new Map<string, number>();
  for (const id of groups.flatMap((group) => group.incidentIds))
    started.set(id, Date.parse((await ctx.sources.incidents.getIncident(id)).createdAt));
  return started;
}

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

/**
 * `count` incidents made from the demo's, older than all of them (spread over the `days` before `before`), with
 * fresh ids and numbers, times shifted and the numbers in titles changed: a long history to search through.
 */
export function synthesizeIncidents(
  templates: readonly IncidentFile[],
  count: number,
  options: { before: Date; days: number; seed?: number; firstNumber?: number },
): IncidentFile[] {
  const random = new Random(options.seed ?? 2000);
  const firstNumber = options.firstNumber ?? 100_000;
  const files: IncidentFile[] = [];
  for (let index = 0; index < count; index++) {
    const template = templates[index % templates.length]!;
    const created = Date.parse(String(template.incident["created_at"]));
    const target = options.before.getTime() - ((index + 1) / count) * options.days * DAY_MS;
    const shift = created - Math.round(target / 1000) * 1000;
    const tag = index.toString(36).toUpperCase().padStart(4, "0");
    const ids = [
      template.incident,
      ...(template.log_entries ?? []),
      ...(template.notes ?? []),
      ...(template.alerts ?? []),
    ]
      .map((record) => record["id"])
      .filter((id): id is string => typeof id === "string");
    const number = firstNumber + index;
    const renamed = new RegExp(ids.map((id) => id.replace(/[^A-Za-z0-9]/g, "\\$&")).join("|"), "g");
    let text = JSON.stringify(template).replace(renamed, (id) => `${id.slice(0, 1)}S${tag}${id.slice(6)}`);
    text = text.replaceAll(`[#${String(template.incident["incident_number"])}]`, `[#${number}]`);
    text = text.replace(/"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)"/g, (_match, at: string) =>
      JSON.stringify(new Date(Date.parse(at) - shift).toISOString()),
    );
    const file = JSON.parse(text) as IncidentFile;
    file.incident["incident_number"] = number;
    file.incident["title"] = String(file.incident["title"]).replace(/\d+/g, () => String(random.int(2, 99)));
    files.push(file);
  }
  return files;
}

export function readIncidentFiles(workspaceDir: string): IncidentFile[] {
  const dir = `${workspaceDir}/incidents`;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(`${dir}/${name}`, "utf8")) as IncidentFile);
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
