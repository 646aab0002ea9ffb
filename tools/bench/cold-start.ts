// Cold start: time from spawn to the answer of tools/list, as an MCP client waits for it, and resident memory then.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { median } from "./stats.js";

export interface ColdStartFigures {
  name: string;
  medianMillis: number;
  /** Resident memory when tools/list was answered. */
  rssMegabytes: number | null;
  /** Resident memory 1.5 s later, once background start-up work is done. */
  settledRssMegabytes: number | null;
}

function readRssMegabytes(pid: number): number | null {
  try {
    // /proc is Linux-only; elsewhere memory is reported as unknown rather than guessed.
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

/** Spawns the server, times spawn → tools/list answer, and (when settleMillis is set) reads its memory once settled. */
function oneStart(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  settleMillis: number | null,
): Promise<{ millis: number; rss: number | null; settledRss: number | null }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ["pipe", "pipe", "ignore"] });
    let buffer = "";
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    child.on("error", reject);
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      let newline = buffer.indexOf("\n");
      while (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        newline = buffer.indexOf("\n");
        const message = JSON.parse(line) as { id?: number };
        if (message.id === 1) {
          send({ jsonrpc: "2.0", method: "notifications/initialized" });
          send({ jsonrpc: "2.0", id: 2, method: "tools/list", params: {} });
        } else if (message.id === 2) {
          const millis = Number(process.hrtime.bigint() - started) / 1e6;
          if (settleMillis === null) {
            child.kill();
            resolve({ millis, rss: null, settledRss: null });
          } else {
            const atAnswer = child.pid ? readRssMegabytes(child.pid) : null;
            // Background start-up work (the team file check) has finished by then: memory once settled.
            setTimeout(() => {
              const settled = child.pid ? readRssMegabytes(child.pid) : null;
              child.kill();
              resolve({ millis, rss: atAnswer, settledRss: settled });
            }, settleMillis);
          }
        }
      }
    });
    send({
      jsonrpc: "2.0",
      id: 1,
      method: "initialize",
      params: {
        protocolVersion: "2025-06-18",
        capabilities: {},
        clientInfo: { name: "bench", version: "1" },
      },
    });
  });
}

export async function measureColdStart(
  name: string,
  command: string,
  args: string[],
  runs = 15,
  env: NodeJS.ProcessEnv = { PATH: process.env.PATH },
): Promise<ColdStartFigures> {
  const times: number[] = [];
  let memory = { rss: null as number | null, settledRss: null as number | null };
  for (let i = 0; i < runs; i++) {
    const { millis, ...measured } = await oneStart(command, args, env, i === runs - 1 ? 1500 : null);
    times.push(millis);
    if (measured.rss !== null) memory = measured;
  }
  return {
    name,
    medianMillis: median(times),
    rssMegabytes: memory.rss,
    settledRssMegabytes: memory.settledRss,
  };
}
