// Reads the environment and command-line flags into a Config, or fails with one sentence naming the setting.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config, Toolset } from "./config.js";

export class ConfigError extends Error {
  override name = "ConfigError";
}

const TOOLSETS: readonly Toolset[] = ["incidents", "runbooks", "shadowing"];
const DEFAULT_WORKSPACE = fileURLToPath(new URL("../examples/workspace", import.meta.url));
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

export const USAGE = `Usage: oncall-mentor-mcp [options]
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

type Env = Record<string, string | undefined>;

/** Flags mirror variables: each flag is turned into the variable it stands for, then everything is parsed once. */
function flagsToEnv(argv: string[]): Env {
  const env: Env = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const next = () => {
      if (inline !== undefined) return inline;
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new ConfigError(`${flag} needs a value.`);
      i++;
      return value;
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
        const value = inline ?? argv[i + 1];
        if (value !== undefined && /^\d+$/.test(value)) {
          env.ONCALL_HTTP_PORT = value;
          if (inline === undefined) i++;
        } else env.ONCALL_HTTP_PORT = "3000";
        break;
      }
      default:
        throw new ConfigError(`Unknown option ${flag}; run with --help to see the options.`);
    }
  }
  return env;
}

// Plain checks rather than a schema library: this runs before the first answer to the client, where every
// millisecond of start-up counts, and each check is one line with its own sentence.
function booleanSetting(name: string, value: string | undefined): boolean {
  if (value === undefined || value === "") return false;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be 1/true or 0/false, not "${value}".`);
}

function httpUrlSetting(name: string, value: string | undefined, fallback: string): string {
  const text = (value || fallback).replace(/\/+$/, "");
  try {
    const url = new URL(text);
    if (url.protocol === "http:" || url.protocol === "https:") return text;
  } catch {}
  throw new ConfigError(`${name} must be an http(s) URL such as ${fallback}, not "${value}".`);
}

function wholeNumberSetting(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  check(/^\d+$/.test(value) && Number(value) > 0, `${name} must be a whole number above 0, not "${value}".`);
  return Number(value);
}

function check(ok: boolean, sentence: string): void {
  if (!ok) throw new ConfigError(sentence);
}

function listSetting(text: string | undefined): string[] {
  return (text ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** "oncall.internal.example", "oncall.internal.example:8443", "10.0.0.5", "[fd00::5]:3000", lower-cased. */
function allowedHost(entry: string): string {
  const host = entry.toLowerCase();
  check(
    /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/.test(
      host,
    ),
    `ONCALL_HTTP_ALLOWED_HOSTS names "${entry}"; list host names the clients use, such as oncall.internal.example or oncall.internal.example:8443, separated by commas (no scheme, path or wildcard).`,
  );
  return host;
}

/** "https://oncall.internal.example" as browsers send it: scheme, host and port only. */
function allowedOrigin(entry: string): string {
  let origin: string | null = null;
  try {
    const url = new URL(entry);
    const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !entry.includes("*");
    if ((url.protocol === "http:" || url.protocol === "https:") && bare) origin = url.origin;
  } catch {}
  check(
    origin !== null,
    `ONCALL_HTTP_ALLOWED_ORIGINS names "${entry}"; list origins as browsers send them, such as https://oncall.internal.example, separated by commas.`,
  );
  return origin!;
}

function parseToolsets(text: string | undefined): Toolset[] {
  if (!text?.trim()) return [...TOOLSETS];
  const names = text
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    if (!TOOLSETS.includes(name as Toolset)) {
      throw new ConfigError(`ONCALL_TOOLSETS names "${name}"; use a comma list of ${TOOLSETS.join(", ")}.`);
    }
  }
  return [...new Set(names as Toolset[])];
}

export function parseConfig(env: Env, argv: string[], cwd: string = process.cwd()): Config {
  const vars = { ...env, ...flagsToEnv(argv) };
  const pagerdutyApiUrl = httpUrlSetting(
    "PAGERDUTY_API_URL",
    vars.PAGERDUTY_API_URL,
    "https://api.pagerduty.com",
  );
  const githubApiUrl = httpUrlSetting("GITHUB_API_URL", vars.GITHUB_API_URL, "https://api.github.com");
  const enableWrites = booleanSetting("ONCALL_ENABLE_WRITES", vars.ONCALL_ENABLE_WRITES);
  check(
    !vars.PAGERDUTY_FROM_EMAIL || /^[^@\s]+@[^@\s]+$/.test(vars.PAGERDUTY_FROM_EMAIL),
    "PAGERDUTY_FROM_EMAIL must be the email of a PagerDuty user.",
  );
  check(
    !vars.RUNBOOK_REPO || /^[\w.-]+\/[\w.-]+$/.test(vars.RUNBOOK_REPO),
    "RUNBOOK_REPO must look like owner/repo.",
  );
  check(
    !vars.ONCALL_HTTP_PORT || (/^\d+$/.test(vars.ONCALL_HTTP_PORT) && Number(vars.ONCALL_HTTP_PORT) < 65536),
    "ONCALL_HTTP_PORT must be a port number from 0 to 65535.",
  );
  check(
    !vars.ONCALL_TOOL_TIMEOUT_SECONDS ||
      (/^\d+$/.test(vars.ONCALL_TOOL_TIMEOUT_SECONDS) && Number(vars.ONCALL_TOOL_TIMEOUT_SECONDS) > 0),
    "ONCALL_TOOL_TIMEOUT_SECONDS must be a whole number of seconds.",
  );

  check(
    !vars.ONCALL_NOW || !Number.isNaN(Date.parse(vars.ONCALL_NOW)),
    `ONCALL_NOW must be an ISO instant such as 2026-11-24T12:00:00Z, not "${vars.ONCALL_NOW}".`,
  );

  const github = vars.GITHUB_TOKEN && vars.RUNBOOK_REPO ? vars.RUNBOOK_REPO.split("/") : null;
  if (vars.RUNBOOK_REPO && !vars.GITHUB_TOKEN) {
    throw new ConfigError(
      "RUNBOOK_REPO is set but GITHUB_TOKEN is not; set both to read runbooks from GitHub.",
    );
  }

  const httpPort = vars.ONCALL_HTTP_PORT ? Number(vars.ONCALL_HTTP_PORT) : null;
  const httpHost = vars.ONCALL_HTTP_HOST || "127.0.0.1";
  const httpToken = vars.ONCALL_HTTP_TOKEN || null;
  if (httpPort !== null && !LOOPBACK_HOSTS.has(httpHost) && !httpToken) {
    throw new ConfigError(
      `ONCALL_HTTP_HOST is ${httpHost}, which is not a loopback address; set ONCALL_HTTP_TOKEN so that only clients with the token can connect.`,
    );
  }

  const allowedHosts = listSetting(vars.ONCALL_HTTP_ALLOWED_HOSTS).map(allowedHost);
  const allowedOrigins = listSetting(vars.ONCALL_HTTP_ALLOWED_ORIGINS).map(allowedOrigin);
  if (httpPort !== null && (allowedHosts.length > 0 || allowedOrigins.length > 0) && !httpToken) {
    throw new ConfigError(
      "ONCALL_HTTP_ALLOWED_HOSTS and ONCALL_HTTP_ALLOWED_ORIGINS let clients reach the server by other names; set ONCALL_HTTP_TOKEN so that only clients with the token can connect.",
    );
  }

  const runbookDir = (vars.RUNBOOK_DIR || "runbooks").replace(/^\.?\/+|\/+$/g, "");
  if (runbookDir.split("/").includes("..")) {
    throw new ConfigError(
      `RUNBOOK_DIR must stay inside the workspace or repository, not "${vars.RUNBOOK_DIR}".`,
    );
  }

  return {
    workspaceDir: vars.ONCALL_WORKSPACE ? resolve(cwd, vars.ONCALL_WORKSPACE) : DEFAULT_WORKSPACE,
    pagerduty: vars.PAGERDUTY_API_TOKEN
      ? {
          token: vars.PAGERDUTY_API_TOKEN,
          apiUrl: pagerdutyApiUrl,
          fromEmail: vars.PAGERDUTY_FROM_EMAIL || null,
        }
      : null,
    github: github
      ? { token: vars.GITHUB_TOKEN!, owner: github[0]!, repo: github[1]!, apiUrl: githubApiUrl }
      : null,
    runbookDir,
    enableWrites,
    toolsets: parseToolsets(vars.ONCALL_TOOLSETS),
    http:
      httpPort === null
        ? null
        : {
            port: httpPort,
            host: httpHost,
            token: httpToken,
            maxSessions: wholeNumberSetting("ONCALL_HTTP_MAX_SESSIONS", vars.ONCALL_HTTP_MAX_SESSIONS, 100),
            idleMinutes: wholeNumberSetting("ONCALL_HTTP_IDLE_MINUTES", vars.ONCALL_HTTP_IDLE_MINUTES, 30),
            allowedHosts,
            allowedOrigins,
          },
    now: vars.ONCALL_NOW ? new Date(vars.ONCALL_NOW).toISOString() : null,
    toolTimeoutMs: (vars.ONCALL_TOOL_TIMEOUT_SECONDS ? Number(vars.ONCALL_TOOL_TIMEOUT_SECONDS) : 30) * 1000,
  };
}

export function wantsHelp(argv: string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}
