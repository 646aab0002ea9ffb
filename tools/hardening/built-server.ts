// Starts the built server (dist/main.js) in Streamable HTTP mode on a free port, as a user would, and waits for the
// start-up line that names its URL.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const BUILT_SERVER = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

export interface BuiltHttpServer {
  /** http://127.0.0.1:<port>/mcp */
  mcpUrl: string;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  stop(): Promise<void>;
}

const STARTED = /Streamable HTTP at (http:\/\/\S+?)\/mcp/;

export async function startBuiltHttpServer(
  env: Record<string, string> = {},
  args: string[] = [],
  timeoutMs = 15_000,
): Promise<BuiltHttpServer> {
  if (!existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing: run \`npm run build\` first.`);
  const child: ChildProcess = spawn(process.execPath, [BUILT_SERVER, "--http", "0", ...args], {
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The server did not start within ${timeoutMs} ms: ${stderr}`)),
      timeoutMs,
    );
    const check = () => {
      const match = STARTED.exec(stderr);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stderr?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code} before serving: ${stderr}`));
    });
  });
  return {
    mcpUrl: `${url}/mcp`,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
