// Reads the environment and command-line flags into a Config, or fails with one sentence naming the setting.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
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

const flag = (name: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "") return false;
      if (/^(1|true|yes|on)$/i.test(value)) return true;
      if (/^(0|false|no|off)$/i.test(value)) return false;
      ctx.addIssue({ code: "custom", message: `${name} must be 1/true or 0/false, not "${value}".` });
      return z.NEVER;
    });

const httpUrl = (name: string, fallback: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const text = (value || fallback).replace(/\/+$/, "");
      try {
        const url = new URL(text);
        if (url.protocol === "http:" || url.protocol === "https:") return text;
      } catch {}
      ctx.addIssue({
        code: "custom",
        message: `${name} must be an http(s) URL such as ${fallback}, not "${value}".`,
      });
      return z.NEVER;
    });

const EnvSchema = z.object({
  ONCALL_WORKSPACE: z.string().optional(),
  RUNBOOK_DIR: z.string().optional(),
  PAGERDUTY_API_TOKEN: z.string().optional(),
  PAGERDUTY_API_URL: httpUrl("PAGERDUTY_API_URL", "https://api.pagerduty.com"),
  PAGERDUTY_FROM_EMAIL: z
    .string()
    .optional()
    .refine((value) => !value || /^[^@\s]+@[^@\s]+$/.test(value), {
      message: "PAGERDUTY_FROM_EMAIL must be the email of a PagerDuty user.",
    }),
  GITHUB_TOKEN: z.string().optional(),
  RUNBOOK_REPO: z
    .string()
    .optional()
    .refine((value) => !value || /^[\w.-]+\/[\w.-]+$/.test(value), {
      message: "RUNBOOK_REPO must look like owner/repo.",
    }),
  GITHUB_API_URL: httpUrl("GITHUB_API_URL", "https://api.github.com"),
  ONCALL_ENABLE_WRITES: flag("ONCALL_ENABLE_WRITES"),
  ONCALL_TOOLSETS: z.string().optional(),
  ONCALL_HTTP_PORT: z
    .string()
    .optional()
    .refine((value) => !value || (/^\d+$/.test(value) && Number(value) < 65536), {
      message: "ONCALL_HTTP_PORT must be a port number from 0 to 65535.",
    }),
  ONCALL_HTTP_HOST: z.string().optional(),
  ONCALL_HTTP_TOKEN: z.string().optional(),
  ONCALL_TOOL_TIMEOUT_SECONDS: z
    .string()
    .optional()
    .refine((value) => !value || (/^\d+$/.test(value) && Number(value) > 0), {
      message: "ONCALL_TOOL_TIMEOUT_SECONDS must be a whole number of seconds.",
    }),
});

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
  const merged = { ...env, ...flagsToEnv(argv) };
  const parsed = EnvSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "configuration");
    throw new ConfigError(issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`);
  }
  const vars = parsed.data;

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
          apiUrl: vars.PAGERDUTY_API_URL,
          fromEmail: vars.PAGERDUTY_FROM_EMAIL || null,
        }
      : null,
    github: github
      ? { token: vars.GITHUB_TOKEN!, owner: github[0]!, repo: github[1]!, apiUrl: vars.GITHUB_API_URL }
      : null,
    runbookDir,
    enableWrites: vars.ONCALL_ENABLE_WRITES,
    toolsets: parseToolsets(vars.ONCALL_TOOLSETS),
    http: httpPort === null ? null : { port: httpPort, host: httpHost, token: httpToken },
    toolTimeoutMs: (vars.ONCALL_TOOL_TIMEOUT_SECONDS ? Number(vars.ONCALL_TOOL_TIMEOUT_SECONDS) : 30) * 1000,
  };
}

export function wantsHelp(argv: string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}
