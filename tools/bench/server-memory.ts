// Peak memory of the built server (dist/main.js) while it summarises the 10,000-entry storm incident: spawned in
// PagerDuty mode against the fake (30 ms a request), called through a real SDK client over stdio, its peak resident
// memory (VmHWM) read from /proc after the call, beside its resident memory just after start; the same for the
// 50,000-entry variant of ./growth-incident.ts. Linux only.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { connectStdio, type StdioClient } from "../../test/helpers/mcp-client.js";
import { requireBuiltServer } from "../../test/helpers/paths.js";
import { createSyntheticWorkspace, STORM, stormIncident } from "../../test/helpers/synthetic-incidents.js";
import { startFakePagerDuty } from "../fake-pagerduty/server.js";
import type { IncidentFile } from "../fake-pagerduty/state.js";
import { growthIncident, growthIncidentId } from "./growth-incident.js";
import { LATENCY_MS } from "./incidents.js";
import { type BenchRow, printTable } from "./report.js";

const TARGET_MEGABYTES = 150;

interface ProcessMemory {
  /** Resident now (VmRSS). */
  rss: number;
  /** Peak resident so far (VmHWM). */
  peak: number;
}

/** Megabytes from /proc/<pid>/status; null where there is no /proc (not Linux) or the process is gone. */
function processMemory(pid: number): ProcessMemory | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => {
      const kb = new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1];
      return kb === undefined ? null : Number(kb) / 1024;
    };
    const rss = field("VmRSS");
    const peak = field("VmHWM");
    return rss === null || peak === null ? null : { rss, peak };
  } catch {
    return null;
  }
}

const megabytes = (value: number | undefined) => (value === undefined ? "n/a" : `${value.toFixed(1)} MB`);

interface PeakFigures {
  atStart: ProcessMemory | null;
  afterCall: ProcessMemory | null;
  millis: number;
}

/** A fresh built server over the fake holding only `incident`, and its memory around one summary of it. */
async function peakForSummary(incident: IncidentFile, incidentId: string): Promise<PeakFigures> {
  const workspace = await createSyntheticWorkspace();
  const fake = await startFakePagerDuty({
    workspaceDir: workspace.dir,
    latencyMs: LATENCY_MS,
    validate: false,
  });
  let server: StdioClient | undefined;
  try {
    fake.state.addIncident(incident);
    server = await connectStdio(
      { ONCALL_WORKSPACE: workspace.dir, PAGERDUTY_API_TOKEN: fake.token, PAGERDUTY_API_URL: fake.url },
      [],
      { name: "bench" },
    );
    const { client, stderr } = server;
    const pid = server.pid();
    const atStart = pid === null ? null : processMemory(pid);
    const started = performance.now();
    const result = (await client.callTool({
      name: "summarize_incident",
      arguments: { incidentId },
    })) as CallToolResult;
    const millis = performance.now() - started;
    if (result.isError) {
      throw new Error(`server-memory: summary failed: ${JSON.stringify(result.content)} ${stderr.join("")}`);
    }
    return { atStart, afterCall: pid === null ? null : processMemory(pid), millis };
  } finally {
    await server?.close();
    await fake.close();
    await workspace.remove();
  }
}

function row(logEntries: number, figures: PeakFigures): BenchRow {
  const { atStart, afterCall, millis } = figures;
  return {
    benchmark: `peak memory of the server process: summarize_incident, ${logEntries.toLocaleString("en-US")} log entries over stdio`,
    figure: `${megabytes(afterCall?.peak)} peak (VmHWM)`,
    target: `< ${TARGET_MEGABYTES} MB`,
    comparison: `just after start: ${megabytes(atStart?.rss)} resident, ${megabytes(atStart?.peak)} peak; call ${millis.toFixed(0)} ms`,
    met: afterCall === null ? null : afterCall.peak < TARGET_MEGABYTES,
  };
}

/** The row (10,000 entries), and the same at 50,000 to show memory does not follow the raw history. */
export async function benchServerMemory(): Promise<BenchRow[]> {
  requireBuiltServer();
  const storm = await peakForSummary(stormIncident(), STORM.id);
  const largest = await peakForSummary(growthIncident(50_000), growthIncidentId(50_000));
  return [row(STORM.logEntries, storm), row(50_000, largest)];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(printTable(await benchServerMemory()));
}
