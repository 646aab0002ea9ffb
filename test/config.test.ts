import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config-parse.js";

const parse = (env: Record<string, string>, argv: string[] = []) => parseConfig(env, argv, "/home/user");
const failure = (env: Record<string, string>, argv: string[] = []) => {
  try {
    parse(env, argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
};

describe("configuration", () => {
  it("defaults to the bundled demo workspace, read-only, every toolset, stdio", () => {
    const config = parse({});
    expect(config.workspaceDir).toMatch(/examples\/workspace$/);
    expect(config.pagerduty).toBeNull();
    expect(config.github).toBeNull();
    expect(config.enableWrites).toBe(false);
    expect(config.toolsets).toEqual(["incidents", "runbooks", "shadowing"]);
    expect(config.http).toBeNull();
    expect(config.runbookDir).toBe("runbooks");
    expect(config.toolTimeoutMs).toBe(30_000);
  });

  it("reads PagerDuty and GitHub settings", () => {
    const config = parse({
      PAGERDUTY_API_TOKEN: "pd-token",
      PAGERDUTY_API_URL: "https://api.eu.pagerduty.com/",
      PAGERDUTY_FROM_EMAIL: "lead@example.com",
      GITHUB_TOKEN: "gh-token",
      RUNBOOK_REPO: "acme/runbooks",
      RUNBOOK_DIR: "./docs/runbooks/",
      ONCALL_WORKSPACE: "team",
    });
    expect(config.pagerduty).toEqual({
      token: "pd-token",
      apiUrl: "https://api.eu.pagerduty.com",
      fromEmail: "lead@example.com",
    });
    expect(config.github).toEqual({
      token: "gh-token",
      owner: "acme",
      repo: "runbooks",
      apiUrl: "https://api.github.com",
    });
    expect(config.runbookDir).toBe("docs/runbooks");
    expect(config.workspaceDir).toBe("/home/user/team");
  });

  it("lets flags mirror the variables", () => {
    const config = parse({}, [
      "--enable-write-tools",
      "--toolsets",
      "shadowing,incidents",
      "--http",
      "8080",
      "--workspace=/w",
    ]);
    expect(config.enableWrites).toBe(true);
    expect(config.toolsets).toEqual(["shadowing", "incidents"]);
    expect(config.http).toEqual({
      port: 8080,
      host: "127.0.0.1",
      token: null,
      maxSessions: 100,
      idleMinutes: 30,
      allowedHosts: [],
      allowedOrigins: [],
    });
    expect(config.workspaceDir).toBe("/w");
    expect(parse({}, ["--http"]).http?.port).toBe(3000);
  });

  it("accepts the usual spellings of a boolean and refuses others by name", () => {
    expect(parse({ ONCALL_ENABLE_WRITES: "true" }).enableWrites).toBe(true);
    expect(parse({ ONCALL_ENABLE_WRITES: "0" }).enableWrites).toBe(false);
    expect(failure({ ONCALL_ENABLE_WRITES: "maybe" })).toBe(
      'ONCALL_ENABLE_WRITES must be 1/true or 0/false, not "maybe".',
    );
  });

  it("names the setting that is wrong, in one sentence", () => {
    expect(failure({ ONCALL_TOOLSETS: "incidents,oncall" })).toMatch(/^ONCALL_TOOLSETS names "oncall"/);
    expect(failure({ PAGERDUTY_API_URL: "api.pagerduty.com" })).toMatch(
      /^PAGERDUTY_API_URL must be an http\(s\) URL/,
    );
    expect(failure({ RUNBOOK_REPO: "acme" })).toMatch(/RUNBOOK_REPO must look like owner\/repo/);
    expect(failure({ RUNBOOK_REPO: "acme/runbooks" })).toMatch(/GITHUB_TOKEN is not/);
    expect(failure({ ONCALL_HTTP_PORT: "99999" })).toMatch(/ONCALL_HTTP_PORT/);
    expect(failure({ RUNBOOK_DIR: "../elsewhere" })).toMatch(/RUNBOOK_DIR/);
    expect(failure({}, ["--bogus"])).toBe("Unknown option --bogus; run with --help to see the options.");
    expect(failure({}, ["--workspace"])).toBe("--workspace needs a value.");
  });

  it("refuses a non-loopback HTTP host without a token, and accepts it with one", () => {
    expect(failure({ ONCALL_HTTP_PORT: "8080", ONCALL_HTTP_HOST: "0.0.0.0" })).toMatch(/ONCALL_HTTP_TOKEN/);
    expect(
      parse({
        ONCALL_HTTP_PORT: "8080",
        ONCALL_HTTP_HOST: "0.0.0.0",
        ONCALL_HTTP_TOKEN: "s3cret-token",
        ONCALL_HTTP_MAX_SESSIONS: "5",
        ONCALL_HTTP_IDLE_MINUTES: "10",
      }).http,
    ).toEqual({
      port: 8080,
      host: "0.0.0.0",
      token: "s3cret-token",
      maxSessions: 5,
      idleMinutes: 10,
      allowedHosts: [],
      allowedOrigins: [],
    });
    expect(failure({ ONCALL_HTTP_PORT: "8080", ONCALL_HTTP_MAX_SESSIONS: "many" })).toBe(
      'ONCALL_HTTP_MAX_SESSIONS must be a whole number above 0, not "many".',
    );
  });

  it("reads the allowed hosts and origins, needs a token with them, and names a bad entry", () => {
    const http = parse({
      ONCALL_HTTP_PORT: "8080",
      ONCALL_HTTP_HOST: "0.0.0.0",
      ONCALL_HTTP_TOKEN: "s3cret-token",
      ONCALL_HTTP_ALLOWED_HOSTS: " Oncall.Internal.Example , oncall.internal.example:8443,[fd00::5]:3000",
      ONCALL_HTTP_ALLOWED_ORIGINS: "https://oncall.internal.example/",
    }).http;
    expect(http?.allowedHosts).toEqual([
      "oncall.internal.example",
      "oncall.internal.example:8443",
      "[fd00::5]:3000",
    ]);
    expect(http?.allowedOrigins).toEqual(["https://oncall.internal.example"]);
    expect(failure({ ONCALL_HTTP_PORT: "8080", ONCALL_HTTP_ALLOWED_HOSTS: "oncall.internal.example" })).toBe(
      "ONCALL_HTTP_ALLOWED_HOSTS and ONCALL_HTTP_ALLOWED_ORIGINS let clients reach the server by other names; set ONCALL_HTTP_TOKEN so that only clients with the token can connect.",
    );
    for (const entry of ["*", "https://oncall.internal.example", "oncall.internal.example/mcp"]) {
      expect(failure({ ONCALL_HTTP_ALLOWED_HOSTS: entry })).toMatch(
        new RegExp(`^ONCALL_HTTP_ALLOWED_HOSTS names "${entry.replace(/[.*/]/g, "\\$&")}"; list host names`),
      );
    }
    expect(failure({ ONCALL_HTTP_ALLOWED_ORIGINS: "oncall.internal.example" })).toMatch(
      /^ONCALL_HTTP_ALLOWED_ORIGINS names "oncall.internal.example"; list origins/,
    );
  });

  it("never puts a token in an error", () => {
    const message = failure({ PAGERDUTY_API_TOKEN: "pd-secret-123", PAGERDUTY_FROM_EMAIL: "not-an-email" });
    expect(message).not.toContain("pd-secret-123");
  });
});
