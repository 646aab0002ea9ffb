// Incident benchmarks against the fake PagerDuty with injected latency: summarize_incident on an incident with
// 10,000 log entries, 1,000 alerts and 40 notes, beside a baseline that pages through everything sequentially with
// pdjs as existing servers do; the same call again (the cache); and the handoff digest over 500 incidents.
// The synthetic data is deterministic and shared with the tests: test/helpers/synthetic-incidents.ts.
import { pathToFileURL } from "node:url";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { connectInMemory } from "../../test/helpers/mcp-client.js";
import {
  createSyntheticWorkspace,
  DIGEST_INCIDENTS,
  DIGEST_WINDOW,
  periodIncidents,
  STORM,
  stormIncident,
} from "../../test/helpers/synthetic-incidents.js";
import { type FakePagerDuty, startFakePagerDuty } from "../fake-pagerduty/server.js";
import { type BenchRow, printTable } from "./report.js";

export const LATENCY_MS = 30;

interface PdjsResponse {
  ok?: boolean;
  data?: Record<string, unknown>;
}

/** What existing servers do: every log entry, note and alert, page after page, one request at a time. */
async function baselineSummarize(
  fake: FakePagerDuty,
  incidentId: string,
): Promise<{ ms: number; requests: number }> {
  const module = (await import("@pagerduty/pdjs")) as { api?: unknown; default?: { api?: unknown } };
  const api = (module.api ?? module.default?.api) as (
    options: Record<string, unknown>,
  ) => Promise<PdjsResponse>;
  const get = async (pathname: string, query: Record<string, string> = {}) => {
    const response = await api({ token: fake.token, url: `${fake.url}${pathname}`, queryParameters: query });
    if (!response.data) throw new Error(`baseline: ${pathname} gave no data`);
    return response.data;
  };
  const pageAll = async (pathname: string, key: string) => {
    const items: unknown[] = [];
    for (let offset = 0; ; offset += 100) {
      const data = await get(pathname, { offset: String(offset), limit: "100" });
      items.push(...((data[key] as unknown[]) ?? []));
      if (!data["more"]) return items;
    }
  };
  const before = fake.requests.length;
  const started = performance.now();
  await get(`/incidents/${incidentId}`);
  const entries = await pageAll(`/incidents/${incidentId}/log_entries`, "log_entries");
  await get(`/incidents/${incidentId}/notes`);
  await pageAll(`/incidents/${incidentId}/alerts`, "alerts");
  const ms = performance.now() - started;
  if (entries.length !== STORM.logEntries) throw new Error(`baseline read ${entries.length} log entries`);
  return { ms, requests: fake.requests.length - before };
}

function outputBytes(result: CallToolResult): { text: number; structured: number } {
  const text = result.content.map((part) => (part.type === "text" ? part.text : "")).join("");
  return {
    text: Buffer.byteLength(text),
    structured: Buffer.byteLength(JSON.stringify(result.structuredContent ?? {})),
  };
}

async function timedCall(
  fake: FakePagerDuty,
  call: () => Promise<CallToolResult>,
): Promise<{ ms: number; requests: number; result: CallToolResult }> {
  const before = fake.requests.length;
  const started = performance.now();
  const result = await call();
  const ms = performance.now() - started;
  if (result.isError) throw new Error(`bench call failed: ${JSON.stringify(result.content)}`);
  return { ms, requests: fake.requests.length - before, result };
}

function pagerDutyEnv(dir: string, fake: FakePagerDuty): Record<string, string> {
  return { ONCALL_WORKSPACE: dir, PAGERDUTY_API_TOKEN: fake.token, PAGERDUTY_API_URL: fake.url };
}

export async function benchIncidents(): Promise<BenchRow[]> {
  const workspace = await createSyntheticWorkspace();
  const rows: BenchRow[] = [];
  try {
    const fake = await startFakePagerDuty({
      workspaceDir: workspace.dir,
      latencyMs: LATENCY_MS,
      validate: false,
    });
    fake.state.addIncident(stormIncident());
    const session = await connectInMemory(pagerDutyEnv(workspace.dir, fake));
    try {
      const ours = await timedCall(fake, () => session.call("summarize_incident", { incidentId: STORM.id }));
      const again = await timedCall(fake, () => session.call("summarize_incident", { incidentId: STORM.id }));
      const baseline = await baselineSummarize(fake, STORM.id);
      const bytes = outputBytes(ours.result);
      const speedup = baseline.ms / ours.ms;
      const label = `summarize_incident, ${STORM.logEntries.toLocaleString("en")} log entries, ${LATENCY_MS} ms/request`;
      rows.push(
        {
          benchmark: `${label}: wall time`,
          figure: `${ours.ms.toFixed(0)} ms (${speedup.toFixed(1)}× faster)`,
          target: "< 600 ms, ≥ 10× faster than baseline",
          comparison: `pdjs sequential paging ${baseline.ms.toFixed(0)} ms`,
          met: ours.ms < 600 && speedup >= 10,
        },
        {
          benchmark: `${label}: requests`,
          figure: String(ours.requests),
          target: "≤ 8",
          comparison: `pdjs sequential paging ${baseline.requests}`,
          met: ours.requests <= 8,
        },
        {
          benchmark: `${label}: output`,
          figure: `text ${bytes.text} B, structured ${bytes.structured} B`,
          target: "text < 8 KB, structured < 24 KB",
          comparison: "–",
          met: bytes.text < 8 * 1024 && bytes.structured < 24 * 1024,
        },
        {
          benchmark: "summarize_incident, same resolved incident again",
          figure: `${again.ms.toFixed(1)} ms, ${again.requests} requests`,
          target: "0 requests (cached)",
          comparison: `first call ${ours.requests} requests`,
          met: again.requests === 0,
        },
      );
    } finally {
      await session.close();
      await fake.close();
    }

    const digestFake = await startFakePagerDuty({
      workspaceDir: workspace.dir,
      latencyMs: LATENCY_MS,
      validate: false,
    });
    for (const incident of periodIncidents()) digestFake.state.addIncident(incident);
    const digestSession = await connectInMemory(pagerDutyEnv(workspace.dir, digestFake));
    try {
      const digest = await timedCall(digestFake, () =>
        digestSession.call("summarize_oncall_period", DIGEST_WINDOW),
      );
      const total = (digest.result.structuredContent as { totals?: { incidents?: number } }).totals
        ?.incidents;
      rows.push({
        benchmark: `summarize_oncall_period, ${total} incidents, ${LATENCY_MS} ms/request`,
        figure: `${digest.requests} requests, ${digest.ms.toFixed(0)} ms`,
        target: "≤ 25 requests",
        comparison: `one request per incident would be ≥ ${DIGEST_INCIDENTS}`,
        met: digest.requests <= 25 && total === DIGEST_INCIDENTS,
      });
    } finally {
      await digestSession.close();
      await digestFake.close();
    }
  } finally {
    await workspace.remove();
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(printTable(await benchIncidents()));
}
