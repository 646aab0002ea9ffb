// How each cost grows. summarize_incident over the fake PagerDuty (30 ms a request) on incidents of 100 to 50,000
// log entries, beside the requests a sequential full paging of the log needs; and the shadow pairing solve on teams
// of 10 to 2,000 engineers. Requests must follow what the answer needs, not the size of the raw history.
import { pathToFileURL } from "node:url";
import { planShadowRotation } from "../../src/shadowing/plan/plan-shadow-rotation.js";
import { connectInMemory } from "../../test/helpers/mcp-client.js";
import { createSyntheticWorkspace } from "../../test/helpers/synthetic-incidents.js";
import { type FakePagerDuty, startFakePagerDuty } from "../fake-pagerduty/server.js";
import { growthIncident, growthIncidentId } from "./growth-incident.js";
import { LATENCY_MS } from "./incidents.js";
import { type BenchRow, printTable } from "./report.js";
import { buildShadowBenchInput } from "./shadowing.js";
import { median } from "./stats.js";

export const LOG_SIZES = [100, 1_000, 10_000, 50_000] as const;
export const TEAM_SIZES = [10, 100, 1_000, 2_000] as const;
/** Fresh servers per size; the median wall time is reported. */
const RUNS = 3;
/** The issue's request target for the 10,000-entry summary, held at every size. */
const MAX_REQUESTS = 8;
const PAGE = 100;
/** Offset paging stops here; past it a full read must go by time window. */
const OFFSET_CEILING = 10_000;

const count = (n: number) => n.toLocaleString("en-US");

interface SummaryFigures {
  logEntries: number;
  requests: number;
  millis: number;
  /** Measured up to the offset ceiling; past it only the count ceil(n/100)+1 is given. */
  baseline: { requests: number; millis: number | null };
}

/** A full read as existing servers do it: the incident, then every log entry page by page, one request at a time. */
async function fullPaging(fake: FakePagerDuty, id: string): Promise<{ requests: number; millis: number }> {
  const before = fake.requests.length;
  const get = async (pathname: string, query = "") => {
    const response = await fetch(`${fake.url}${pathname}${query}`, {
      headers: {
        Authorization: `Token token=${fake.token}`,
        Accept: "application/vnd.pagerduty+json;version=2",
      },
    });
    if (!response.ok) throw new Error(`baseline: ${pathname}${query} answered ${response.status}`);
    return (await response.json()) as { more?: boolean; log_entries?: unknown[] };
  };
  const started = performance.now();
  await get(`/incidents/${id}`);
  let read = 0;
  for (let offset = 0; ; offset += PAGE) {
    const page = await get(`/incidents/${id}/log_entries`, `?offset=${offset}&limit=${PAGE}`);
    read += page.log_entries?.length ?? 0;
    if (!page.more) break;
  }
  const millis = performance.now() - started;
  const requests = fake.requests.length - before;
  if (requests !== Math.ceil(read / PAGE) + 1)
    throw new Error(`baseline: ${requests} requests for ${read} entries`);
  return { requests, millis };
}

async function summaryGrowth(logEntries: number, dir: string): Promise<SummaryFigures> {
  const fake = await startFakePagerDuty({ workspaceDir: dir, latencyMs: LATENCY_MS, validate: false });
  try {
    const id = growthIncidentId(logEntries);
    fake.state.addIncident(growthIncident(logEntries));
    const env = { ONCALL_WORKSPACE: dir, PAGERDUTY_API_TOKEN: fake.token, PAGERDUTY_API_URL: fake.url };
    const times: number[] = [];
    const requestCounts = new Set<number>();
    for (let run = 0; run < RUNS; run++) {
      // A new server each run: the same one would answer a resolved incident from its cache.
      const session = await connectInMemory(env);
      try {
        const before = fake.requests.length;
        const started = performance.now();
        const result = await session.call("summarize_incident", { incidentId: id });
        times.push(performance.now() - started);
        if (result.isError) throw new Error(`growth: summary failed: ${JSON.stringify(result.content)}`);
        requestCounts.add(fake.requests.length - before);
      } finally {
        await session.close();
      }
    }
    const baseline =
      logEntries <= OFFSET_CEILING
        ? await fullPaging(fake, id)
        : { requests: Math.ceil(logEntries / PAGE) + 1, millis: null };
    return { logEntries, requests: Math.max(...requestCounts), millis: median(times), baseline };
  } finally {
    await fake.close();
  }
}

function summaryRows(figures: SummaryFigures[]): BenchRow[] {
  const rows: BenchRow[] = figures.map(({ logEntries, requests, millis, baseline }) => ({
    benchmark: `growth: summarize_incident, ${count(logEntries)} log entries, ${LATENCY_MS} ms/request (median of ${RUNS})`,
    figure: `${requests} requests, ${millis.toFixed(0)} ms`,
    target: `≤ ${MAX_REQUESTS} requests, not growing with log entries`,
    comparison:
      baseline.millis === null
        ? `sequential full paging of the log ≥ ${count(baseline.requests)} requests (ceil(n/100)+1, computed: offset paging stops at ${count(OFFSET_CEILING)})`
        : `sequential full paging of the log ${count(baseline.requests)} requests, ${baseline.millis.toFixed(0)} ms (measured)`,
    met: requests <= MAX_REQUESTS,
  }));
  // From 1,000 entries up the overview (what the summary reads) is the same 108 entries: only notifications grow.
  const same = figures.filter((figure) => figure.logEntries >= 1_000);
  const first = same[0];
  const last = same[same.length - 1];
  if (first && last) {
    rows.push({
      benchmark: `growth: summarize_incident, ${count(first.logEntries)} → ${count(last.logEntries)} log entries (same 108-entry overview)`,
      figure: `requests ${same.map((figure) => figure.requests).join(" → ")}; time ×${(last.millis / first.millis).toFixed(2)}`,
      target: "requests flat",
      comparison: `full paging requests ${same.map((figure) => count(figure.baseline.requests)).join(" → ")}`,
      met: same.every((figure) => figure.requests === first.requests),
    });
  }
  return rows;
}

/** A team of `engineers`: 30% mentees, one schedule of 10 on-call users per 40 engineers, 13 weeks of daily shifts. */
function teamSpec(engineers: number) {
  return {
    name: `${count(engineers)} engineers`,
    seed: engineers,
    engineers,
    mentees: Math.round(engineers * 0.3),
    schedules: Math.max(1, Math.round(engineers / 40)),
    usersPerSchedule: 10,
    lengths: ["1d"],
    firstDay: "2027-01-04",
    weeks: 13,
    targetMillis: Number.POSITIVE_INFINITY,
  };
}

function pairingRows(): BenchRow[] {
  let smallest: number | null = null;
  return TEAM_SIZES.map((engineers) => {
    const spec = teamSpec(engineers);
    const { stats } = planShadowRotation(buildShadowBenchInput(spec));
    smallest ??= stats.solveMillis;
    const proved = stats.optimal.menteesMatched && stats.optimal.pairings;
    return {
      benchmark: `growth: pairing solve, ${count(engineers)} engineers (${count(spec.mentees)} mentees, ${spec.schedules} schedule${spec.schedules === 1 ? "" : "s"} × 10 users, 13 weeks daily)`,
      figure: `${stats.solveMillis.toFixed(0)} ms; ${proved ? "(1),(2) optimal" : "(1),(2) NOT proved optimal"}`,
      target: "(1),(2) proved optimal",
      comparison: `${engineers === TEAM_SIZES[0] ? "" : `×${(stats.solveMillis / Math.max(smallest, 1)).toFixed(0)} the ${TEAM_SIZES[0]}-engineer time; `}${count(stats.shiftsConsidered)} shifts, ${stats.objective.menteesMatched} matched, ${stats.objective.pairings} pairings`,
      met: proved,
    };
  });
}

export async function benchGrowth(): Promise<BenchRow[]> {
  const workspace = await createSyntheticWorkspace();
  try {
    const figures: SummaryFigures[] = [];
    for (const size of LOG_SIZES) figures.push(await summaryGrowth(size, workspace.dir));
    return [...summaryRows(figures), ...pairingRows()];
  } finally {
    await workspace.remove();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(printTable(await benchGrowth()));
}
