// The server's Streamable HTTP front run inside the test process on a free loopback port, configured as from env.
// (The built server in a child process: tools/hardening/built-server.ts.)
import { parseConfig } from "../../src/config-parse.js";
import type { Sources } from "../../src/ports/sources.js";
import { type HttpLimits, type RunningHttpServer, serveHttp } from "../../src/server/http.js";
import { createSources } from "../../src/sources/select.js";
import { REPO_ROOT } from "./paths.js";

/** The running server, and the sources it serves from (to look up what to ask it). */
export async function serveHttpInProcess(
  env: Record<string, string>,
  limits?: HttpLimits,
): Promise<RunningHttpServer & { sources: Sources }> {
  const config = parseConfig({ ONCALL_HTTP_PORT: "0", ...env }, [], REPO_ROOT);
  const { sources } = await createSources(config);
  const running = await serveHttp(
    { config, sources, log: { info: () => {}, warn: () => {} } },
    config.http!,
    limits,
  );
  return Object.assign(running, { sources });
}
