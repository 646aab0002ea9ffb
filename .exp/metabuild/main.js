#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  createStderrLogger,
  scrubSecrets
} from "./chunks/chunk-KO7IKWWM.js";
import {
  WorkspaceError
} from "./chunks/chunk-WMQNFYIK.js";
import "./chunks/chunk-DKVNMX5N.js";

// src/main.ts
import { existsSync } from "node:fs";

// src/config-parse.ts
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
var ConfigError = class extends Error {
  name = "ConfigError";
}, TOOLSETS = ["incidents", "runbooks", "shadowing"], DEFAULT_WORKSPACE = fileURLToPath(new URL("../examples/workspace", import.meta.url)), LOOPBACK_HOSTS = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "::1"]), USAGE = `Usage: oncall-mentor-mcp [options]
  --workspace DIR         workspace folder (ONCALL_WORKSPACE; default: the bundled demo)
  --runbook-dir DIR       runbook folder in the workspace or repository (RUNBOOK_DIR; default: runbooks)
  --enable-write-tools    register the tools that write (ONCALL_ENABLE_WRITES=1)
  --toolsets LIST         comma list of incidents,runbooks,shadowing (ONCALL_TOOLSETS; default: all)
  --http [PORT]           serve Streamable HTTP instead of stdio (ONCALL_HTTP_PORT)
  --host HOST             HTTP bind address (ONCALL_HTTP_HOST; default 127.0.0.1)
                          (also ONCALL_HTTP_TOKEN, ONCALL_HTTP_MAX_SESSIONS, ONCALL_HTTP_IDLE_MINUTES,
                          ONCALL_HTTP_ALLOWED_HOSTS, ONCALL_HTTP_ALLOWED_ORIGINS)
                          ONCALL_NOW pins "now" to an ISO instant (reproducible reports; default: the clock)
  --help                  this text
PagerDuty: PAGERDUTY_API_TOKEN, PAGERDUTY_API_URL, PAGERDUTY_FROM_EMAIL. GitHub runbooks: GITHUB_TOKEN, RUNBOOK_REPO=owner/repo, GITHUB_API_URL.`;
function flagsToEnv(argv) {
  let env = {};
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i], [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, void 0], next = () => {
      if (inline !== void 0) return inline;
      let value = argv[i + 1];
      if (value === void 0 || value.startsWith("--")) throw new ConfigError(`${flag} needs a value.`);
      return i++, value;
    };
    switch (flag) {
      case "--workspace":
        env.ONCALL_WORKSPACE = next();
        break;
      case "--runbook-dir":
        env.RUNBOOK_DIR = next();
        break;
      case "--enable-write-tools":
        env.ONCALL_ENABLE_WRITES = "1";
        break;
      case "--toolsets":
        env.ONCALL_TOOLSETS = next();
        break;
      case "--host":
        env.ONCALL_HTTP_HOST = next();
        break;
      case "--http": {
        let value = inline ?? argv[i + 1];
        value !== void 0 && /^\d+$/.test(value) ? (env.ONCALL_HTTP_PORT = value, inline === void 0 && i++) : env.ONCALL_HTTP_PORT = "3000";
        break;
      }
      default:
        throw new ConfigError(`Unknown option ${flag}; run with --help to see the options.`);
    }
  }
  return env;
}
function booleanSetting(name, value) {
  if (value === void 0 || value === "") return !1;
  if (/^(1|true|yes|on)$/i.test(value)) return !0;
  if (/^(0|false|no|off)$/i.test(value)) return !1;
  throw new ConfigError(`${name} must be 1/true or 0/false, not "${value}".`);
}
function httpUrlSetting(name, value, fallback) {
  let text = (value || fallback).replace(/\/+$/, "");
  try {
    let url = new URL(text);
    if (url.protocol === "http:" || url.protocol === "https:") return text;
  } catch {
  }
  throw new ConfigError(`${name} must be an http(s) URL such as ${fallback}, not "${value}".`);
}
function wholeNumberSetting(name, value, fallback) {
  return value === void 0 || value === "" ? fallback : (check(/^\d+$/.test(value) && Number(value) > 0, `${name} must be a whole number above 0, not "${value}".`), Number(value));
}
function check(ok, sentence) {
  if (!ok) throw new ConfigError(sentence);
}
function listSetting(text) {
  return (text ?? "").split(",").map((item) => item.trim()).filter(Boolean);
}
function allowedHost(entry) {
  let host = entry.toLowerCase();
  return check(
    /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/.test(
      host
    ),
    `ONCALL_HTTP_ALLOWED_HOSTS names "${entry}"; list host names the clients use, such as oncall.internal.example or oncall.internal.example:8443, separated by commas (no scheme, path or wildcard).`
  ), host;
}
function allowedOrigin(entry) {
  let origin = null;
  try {
    let url = new URL(entry), bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !entry.includes("*");
    (url.protocol === "http:" || url.protocol === "https:") && bare && (origin = url.origin);
  } catch {
  }
  return check(
    origin !== null,
    `ONCALL_HTTP_ALLOWED_ORIGINS names "${entry}"; list origins as browsers send them, such as https://oncall.internal.example, separated by commas.`
  ), origin;
}
function parseToolsets(text) {
  if (!text?.trim()) return [...TOOLSETS];
  let names = text.split(",").map((name) => name.trim().toLowerCase()).filter(Boolean);
  for (let name of names)
    if (!TOOLSETS.includes(name))
      throw new ConfigError(`ONCALL_TOOLSETS names "${name}"; use a comma list of ${TOOLSETS.join(", ")}.`);
  return [...new Set(names)];
}
function parseConfig(env, argv, cwd = process.cwd()) {
  let vars = { ...env, ...flagsToEnv(argv) }, pagerdutyApiUrl = httpUrlSetting(
    "PAGERDUTY_API_URL",
    vars.PAGERDUTY_API_URL,
    "https://api.pagerduty.com"
  ), githubApiUrl = httpUrlSetting("GITHUB_API_URL", vars.GITHUB_API_URL, "https://api.github.com"), enableWrites = booleanSetting("ONCALL_ENABLE_WRITES", vars.ONCALL_ENABLE_WRITES);
  check(
    !vars.PAGERDUTY_FROM_EMAIL || /^[^@\s]+@[^@\s]+$/.test(vars.PAGERDUTY_FROM_EMAIL),
    "PAGERDUTY_FROM_EMAIL must be the email of a PagerDuty user."
  ), check(
    !vars.RUNBOOK_REPO || /^[\w.-]+\/[\w.-]+$/.test(vars.RUNBOOK_REPO),
    "RUNBOOK_REPO must look like owner/repo."
  ), check(
    !vars.ONCALL_HTTP_PORT || /^\d+$/.test(vars.ONCALL_HTTP_PORT) && Number(vars.ONCALL_HTTP_PORT) < 65536,
    "ONCALL_HTTP_PORT must be a port number from 0 to 65535."
  ), check(
    !vars.ONCALL_TOOL_TIMEOUT_SECONDS || /^\d+$/.test(vars.ONCALL_TOOL_TIMEOUT_SECONDS) && Number(vars.ONCALL_TOOL_TIMEOUT_SECONDS) > 0,
    "ONCALL_TOOL_TIMEOUT_SECONDS must be a whole number of seconds."
  ), check(
    !vars.ONCALL_NOW || !Number.isNaN(Date.parse(vars.ONCALL_NOW)),
    `ONCALL_NOW must be an ISO instant such as 2026-11-24T12:00:00Z, not "${vars.ONCALL_NOW}".`
  );
  let github = vars.GITHUB_TOKEN && vars.RUNBOOK_REPO ? vars.RUNBOOK_REPO.split("/") : null;
  if (vars.RUNBOOK_REPO && !vars.GITHUB_TOKEN)
    throw new ConfigError(
      "RUNBOOK_REPO is set but GITHUB_TOKEN is not; set both to read runbooks from GitHub."
    );
  let httpPort = vars.ONCALL_HTTP_PORT ? Number(vars.ONCALL_HTTP_PORT) : null, httpHost = vars.ONCALL_HTTP_HOST || "127.0.0.1", httpToken = vars.ONCALL_HTTP_TOKEN || null;
  if (httpPort !== null && !LOOPBACK_HOSTS.has(httpHost) && !httpToken)
    throw new ConfigError(
      `ONCALL_HTTP_HOST is ${httpHost}, which is not a loopback address; set ONCALL_HTTP_TOKEN so that only clients with the token can connect.`
    );
  let allowedHosts = listSetting(vars.ONCALL_HTTP_ALLOWED_HOSTS).map(allowedHost), allowedOrigins = listSetting(vars.ONCALL_HTTP_ALLOWED_ORIGINS).map(allowedOrigin);
  if (httpPort !== null && (allowedHosts.length > 0 || allowedOrigins.length > 0) && !httpToken)
    throw new ConfigError(
      "ONCALL_HTTP_ALLOWED_HOSTS and ONCALL_HTTP_ALLOWED_ORIGINS let clients reach the server by other names; set ONCALL_HTTP_TOKEN so that only clients with the token can connect."
    );
  let runbookDir = (vars.RUNBOOK_DIR || "runbooks").replace(/^\.?\/+|\/+$/g, "");
  if (runbookDir.split("/").includes(".."))
    throw new ConfigError(
      `RUNBOOK_DIR must stay inside the workspace or repository, not "${vars.RUNBOOK_DIR}".`
    );
  return {
    workspaceDir: vars.ONCALL_WORKSPACE ? resolve(cwd, vars.ONCALL_WORKSPACE) : DEFAULT_WORKSPACE,
    pagerduty: vars.PAGERDUTY_API_TOKEN ? {
      token: vars.PAGERDUTY_API_TOKEN,
      apiUrl: pagerdutyApiUrl,
      fromEmail: vars.PAGERDUTY_FROM_EMAIL || null
    } : null,
    github: github ? { token: vars.GITHUB_TOKEN, owner: github[0], repo: github[1], apiUrl: githubApiUrl } : null,
    runbookDir,
    enableWrites,
    toolsets: parseToolsets(vars.ONCALL_TOOLSETS),
    http: httpPort === null ? null : {
      port: httpPort,
      host: httpHost,
      token: httpToken,
      maxSessions: wholeNumberSetting("ONCALL_HTTP_MAX_SESSIONS", vars.ONCALL_HTTP_MAX_SESSIONS, 100),
      idleMinutes: wholeNumberSetting("ONCALL_HTTP_IDLE_MINUTES", vars.ONCALL_HTTP_IDLE_MINUTES, 30),
      allowedHosts,
      allowedOrigins
    },
    now: vars.ONCALL_NOW ? new Date(vars.ONCALL_NOW).toISOString() : null,
    toolTimeoutMs: (vars.ONCALL_TOOL_TIMEOUT_SECONDS ? Number(vars.ONCALL_TOOL_TIMEOUT_SECONDS) : 30) * 1e3
  };
}
function wantsHelp(argv) {
  return argv.includes("--help") || argv.includes("-h");
}

// src/main.ts
var BACKGROUND_CHECK_MS = 300;
function fail(error) {
  let known = error instanceof ConfigError || error instanceof WorkspaceError, message = error instanceof Error ? error.message : String(error), tokens = [process.env.PAGERDUTY_API_TOKEN, process.env.GITHUB_TOKEN, process.env.ONCALL_HTTP_TOKEN], text = known ? message : `could not start: ${message}`;
  process.stderr.write(
    `oncall-mentor-mcp: ${scrubSecrets(
      text,
      tokens.filter((s) => !!s)
    )}
`
  ), process.exit(2);
}
async function main() {
  let argv = process.argv.slice(2);
  if (wantsHelp(argv)) {
    process.stderr.write(`${USAGE}
`);
    return;
  }
  let config = parseConfig(process.env, argv);
  if (!existsSync(`${config.workspaceDir}/team.yaml`))
    throw new ConfigError(
      `There is no team.yaml in ${config.workspaceDir}; set ONCALL_WORKSPACE (or --workspace) to a workspace folder.`
    );
  let log = createStderrLogger(
    [config.pagerduty?.token, config.github?.token, config.http?.token].filter(
      (s) => !!s
    )
  ), mode = config.enableWrites ? "writes enabled" : "read-only", prepareSources = () => import("./chunks/select-7Y5M323F.js").then(({ prepareSources: prepareSources2 }) => prepareSources2(config));
  if (config.http) {
    let [{ sources: sources2, description }, { serveHttp }] = await Promise.all([
      prepareSources(),
      import("./chunks/http-P44NUQHA.js")
    ]), { url } = await serveHttp({ config, sources: sources2, log }, config.http);
    log.info(`${mode}; ${description}. Streamable HTTP at ${url}/mcp \u2014 point your MCP client at that URL.`);
    return;
  }
  let prepared = null, sources = () => (prepared || (prepared = prepareSources().then((choice) => choice.sources), prepared.catch(fail)), prepared), app = {
    config,
    log,
    get sources() {
      return sources();
    }
  }, [{ createServer }, { StdioServerTransport }, { wholeLines }] = await Promise.all([
    import("./chunks/create-server-PDAV6SA2.js"),
    import("./chunks/stdio-ICXRZBXP.js"),
    import("./chunks/stdio-lines-3W54H42B.js")
  ]), lines = process.stdin.pipe(
    wholeLines(
      (bytes) => log.warn(`dropped a message of ${bytes} bytes: more than a message may be (10 MB); send less at once.`)
    )
  );
  await createServer(app).server.connect(new StdioServerTransport(lines, process.stdout)), setTimeout(sources, BACKGROUND_CHECK_MS), log.info(
    `${mode}; workspace ${config.workspaceDir}${config.pagerduty ? `; incidents and schedules from PagerDuty (${config.pagerduty.apiUrl})` : "; incidents and schedules from the workspace"}${config.github ? `; runbooks from GitHub ${config.github.owner}/${config.github.repo}` : ""}. Serving MCP over stdio \u2014 point your client at "npx oncall-mentor-mcp" (see "Connect a client" in README.md).`
  );
}
main().catch(fail);
