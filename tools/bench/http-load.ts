// The HTTP load figures of the hardening suite, as a benchmark row: 50 concurrent sessions on loopback, each
// calling summarize_incident 40 times on the demo workspace.
import { serveHttpInProcess } from "../../test/helpers/http-server.js";
import { connectHttp } from "../../test/helpers/mcp-client.js";
import type { BenchRow } from "./report.js";
import { percentile } from "./stats.js";

const CLIENTS = 50;
const CALLS_PER_CLIENT = 40;

export async function benchHttpLoad(): Promise<BenchRow[]> {
  const server = await serveHttpInProcess({});
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const { client, end } = await connectHttp(`${server.url}/mcp`, { name: "bench-load" });
        for (let call = 0; call < CALLS_PER_CLIENT; call++) {
          const sent = performance.now();
          const result = await client
            .callTool({ name: "summarize_incident", arguments: { incidentId: "1243" } })
            .catch(() => ({ isError: true }));
          if (result.isError) errors++;
          latencies.push(performance.now() - sent);
        }
        await end();
      }),
    );
  } finally {
    await server.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return [
    {
      benchmark: `HTTP load: ${CLIENTS} sessions × ${CALLS_PER_CLIENT} summarize_incident calls, loopback`,
      figure: `p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, ${(latencies.length / seconds).toFixed(0)} calls/s`,
      target: "no errors",
      comparison: `${errors} errors in ${latencies.length} calls; ${server.sessionCount()} sessions left open`,
      met: errors === 0 && server.sessionCount() === 0,
    },
  ];
}
