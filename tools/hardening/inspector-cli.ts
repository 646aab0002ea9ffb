// The MCP Inspector's CLI (`@modelcontextprotocol/inspector --cli`) against the built server over stdio.
// Inspector 2.12.0 declares Node 22, but its CLI runs on Node 20 (checked by test/hardening/inspector.test.ts), so
// it is started with the same Node as everything else.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILT_SERVER } from "./built-server.js";

const PACKAGE_JSON = fileURLToPath(
  new URL("../../node_modules/@modelcontextprotocol/inspector/package.json", import.meta.url),
);

/** The launcher the package's `mcp-inspector` command runs. */
export function inspectorLauncher(): string {
  const { bin } = JSON.parse(readFileSync(PACKAGE_JSON, "utf8")) as { bin: Record<string, string> };
  return join(dirname(PACKAGE_JSON), bin["mcp-inspector"]!);
}

export interface InspectorRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** `mcp-inspector --cli -e K=V … node dist/main.js <inspectorArgs>`. */
export function runInspectorCli(
  inspectorArgs: string[],
  serverEnv: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<InspectorRun> {
  const envFlags = Object.entries(serverEnv).flatMap(([key, value]) => ["-e", `${key}=${value}`]);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [inspectorLauncher(), "--cli", ...envFlags, process.execPath, BUILT_SERVER, ...inspectorArgs],
      { env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr });
    });
  });
}
