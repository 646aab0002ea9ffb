#!/usr/bin/env node
// Command line: read the configuration, pick the sources, serve stdio (default) or Streamable HTTP.
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ConfigError, parseConfig, USAGE, wantsHelp } from "./config-parse.js";
import type { AppContext } from "./context.js";
import { WorkspaceError } from "./lib/errors.js";
import { createStderrLogger, scrubSecrets } from "./lib/log.js";
import { createServer, enabledTools } from "./server.js";
import { createSources } from "./sources/select.js";

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stderr.write(`${USAGE}\n`);
    return;
  }
  const config = parseConfig(process.env, argv);
  const log = createStderrLogger(
    [config.pagerduty?.token, config.github?.token, config.http?.token].filter((s): s is string =>
      Boolean(s),
    ),
  );
  const { sources, description } = await createSources(config);
  // The team file is read in every mode; a malformed one stops the server here with file, line and field.
  await sources.team.load();
  const app: AppContext = { config, sources, log };
  const toolCount = enabledTools(app).length;
  const writes = config.enableWrites ? "writes enabled" : "read-only";

  if (config.http) {
    const { serveHttp } = await import("./http.js");
    const { url: address } = await serveHttp(app, config.http);
    log.info(
      `${toolCount} tools (${writes}); ${description}. Streamable HTTP at ${address}/mcp — point your MCP client at that URL.`,
    );
    return;
  }
  const { server } = createServer(app);
  await server.connect(new StdioServerTransport());
  log.info(
    `${toolCount} tools (${writes}); ${description}. Serving MCP over stdio — point your client at "npx oncall-mentor-mcp" (see mcp.json).`,
  );
}

main().catch((error: unknown) => {
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
});
