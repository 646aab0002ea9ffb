// Configuration: environment variables, mirrored by command-line flags. Parsed by parseConfig in config-parse.ts.
export type Toolset = "incidents" | "runbooks" | "shadowing";

export interface Config {
  workspaceDir: string;
  pagerduty: { token: string; apiUrl: string; fromEmail: string | null } | null;
  github: { token: string; owner: string; repo: string; apiUrl: string } | null;
  runbookDir: string;
  enableWrites: boolean;
  toolsets: Toolset[];
  http: {
    port: number;
    host: string;
    token: string | null;
    maxSessions: number;
    idleMinutes: number;
    /** Host header values accepted besides the loopback names and the bind address: "name" (any port) or "name:port". */
    allowedHosts: string[];
    /** Origin header values accepted besides those whose host is allowed, as "scheme://host[:port]". */
    allowedOrigins: string[];
  } | null;
  /** A pinned "now" (ONCALL_NOW, an ISO instant) for reproducible reports and tests; null: the clock. */
  now: string | null;
  /** Deadline for one tool call, in milliseconds. */
  toolTimeoutMs: number;
}
