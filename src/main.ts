#!/usr/bin/env node
// Command line: read the configuration, then serve stdio (default) or Streamable HTTP.
// Start-up stays light: the stdio front answers initialize and tools/list from the build-time manifest, and the
// SDK server, the sources and the team file load in the background or on the first tool call.
import { existsSync, readFileSync } from "node:fs";
import { ConfigError, parseConfig, USAGE, wantsHelp } from "./config-parse.js";
import { WorkspaceError } from "./lib/errors.js";
import { createStderrLogger, scrubSecrets } from "./lib/log.js";
import type { StartupManifest } from "./startup/manifest.js";
import { serveStdioFront } from "./startup/stdio-front.js";

const MANIFEST_URL = new URL("./startup-manifest.json", import.meta.url);

function fail(error: unknown): never {
  const known = error instanceof ConfigError || error instanceof WorkspaceError;
  const message = error instanceof Error ? error.message : String(error);
  const tokens = [process.env.PAGERDUTY_API_TOKEN, process.env.GITHUB_TOKEN, process.env.ONCALL_HTTP_TOKEN];
  const text = known ? message : `could not start: ${message}`;
  process.stderr.write(
    `oncall-mentor-mcp: ${scrubSecrets(
      text,
      tokens.filter((s): s is string => Boolean(s)),
    )}\n`,
  );
  process.exit(2);
}

function readManifest(): StartupManifest | null {
  try {
    return JSON.parse(readFileSync(MANIFEST_URL, "utf8")) as StartupManifest;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const config = parseConfig(process.env, argv);
  if (!existsSync(`${config.workspaceDir}/team.yaml`)) {
    throw new ConfigError(
      `There is no team.yaml in ${config.workspaceDir}; set ONCALL_WORKSPACE (or --workspace) to a workspace folder.`,
    );
  }
  const log = createStderrLogger(
    [config.pagerduty?.token, config.github?.token, config.http?.token].filter((s): s is string =>
      Boolean(s),
    ),
  );
  const mode = config.enableWrites ? "writes enabled" : "read-only";
  const sourcesLater = () => import("./startup/prepare-sources.js");

  if (config.http) {
    const [{ prepareSources }, { serveHttp }] = await Promise.all([sourcesLater(), import("./http.js")]);
    const { sources, description } = await prepareSources(config);
    const { url } = await serveHttp({ config, sources, log }, config.http);
    log.info(`${mode}; ${description}. Streamable HTTP at ${url}/mcp — point your MCP client at that URL.`);
    return;
  }

  // The team file is checked soon after start, off the path of the first answers; a bad one stops the server.
  let prepared: ReturnType<typeof prepareInBackground> | null = null;
  const prepareInBackground = () => sourcesLater().then(({ prepareSources }) => prepareSources(config));
  const prepare = () => {
    prepared ??= prepareInBackground();
    prepared.catch(fail);
    return prepared;
  };
  setTimeout(prepare, 300);

  const connectFull = async () => {
    const [choice, { connectorFor }] = await Promise.all([prepare(), import("./startup/full-server.js")]);
    return connectorFor(config, log, choice);
  };
  const manifest = readManifest();
  if (manifest) serveStdioFront(config, manifest, connectFull);
  else {
    // Run from source (no build): no manifest, so the SDK server takes stdio directly.
    const { StdioServerTransport } = await import("@modelcontextprotocol/sdk/server/stdio.js");
    await (await connectFull())(new StdioServerTransport());
  }
  log.info(
    `${mode}; workspace ${config.workspaceDir}${config.pagerduty ? `; incidents and schedules from PagerDuty (${config.pagerduty.apiUrl})` : "; incidents and schedules from the workspace"}${config.github ? `; runbooks from GitHub ${config.github.owner}/${config.github.repo}` : ""}. Serving MCP over stdio — point your client at "npx oncall-mentor-mcp" (see "Connect a client" in README.md).`,
  );
}

main().catch(fail);
