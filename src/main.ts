#!/usr/bin/env node
// Command line: read the configuration, then serve stdio (default) or Streamable HTTP.
// Start-up stays light: over stdio the server answers at once, while the sources (and the team file check) load
// in the background or on the first call that needs them; each capability's handlers load on their first call.
import { existsSync } from "node:fs";
import { ConfigError, parseConfig, USAGE, wantsHelp } from "./config-parse.js";
import { WorkspaceError } from "./lib/errors.js";
import { createStderrLogger, scrubSecrets } from "./lib/log.js";
import type { Sources } from "./ports/sources.js";
import type { AppContext } from "./server/app-context.js";

/** The team file is checked once the client has been quiet this long, off the path of the first answers. */
const BACKGROUND_CHECK_MS = 300;

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
  const prepareSources = () =>
    import("./sources/select.js").then(({ prepareSources }) => prepareSources(config));

  if (config.http) {
    const [{ sources, description }, { serveHttp }] = await Promise.all([
      prepareSources(),
      import("./server/http.js"),
    ]);
    const { url } = await serveHttp({ config, sources, log }, config.http);
    log.info(`${mode}; ${description}. Streamable HTTP at ${url}/mcp — point your MCP client at that URL.`);
    return;
  }

  // A team file that cannot be read stops the server with its sentence, whether the background check or a call
  // found it first.
  let prepared: Promise<Sources> | null = null;
  const sources = () => {
    if (!prepared) {
      prepared = prepareSources().then((choice) => choice.sources);
      prepared.catch(fail);
    }
    return prepared;
  };
  const app: AppContext = {
    config,
    log,
    get sources() {
      return sources();
    },
  };
  const [{ createServer }, { StdioServerTransport }, { wholeLines }] = await Promise.all([
    import("./server/create-server.js"),
    import("@modelcontextprotocol/sdk/server/stdio.js"),
    import("./server/stdio-lines.js"),
  ]);
  const lines = process.stdin.pipe(
    wholeLines((bytes) =>
      log.warn(`dropped a message of ${bytes} bytes: more than a message may be (10 MB); send less at once.`),
    ),
  );
  await createServer(app).server.connect(new StdioServerTransport(lines, process.stdout));
  // The check waits until the client has been quiet for a moment, so it never delays the answers of the handshake.
  let check = setTimeout(sources, BACKGROUND_CHECK_MS);
  lines.on("data", () => {
    clearTimeout(check);
    if (!prepared) check = setTimeout(sources, BACKGROUND_CHECK_MS);
  });
  log.info(
    `${mode}; workspace ${config.workspaceDir}${config.pagerduty ? `; incidents and schedules from PagerDuty (${config.pagerduty.apiUrl})` : "; incidents and schedules from the workspace"}${config.github ? `; runbooks from GitHub ${config.github.owner}/${config.github.repo}` : ""}. Serving MCP over stdio — point your client at "npx oncall-mentor-mcp" (see "Connect a client" in README.md).`,
  );
}

main().catch(fail);
