// Cold start as a desktop client meets it: spawn, initialize, then tools/list, prompts/list, resources/list and
// resources/templates/list at once; the time until all four are answered, and resident memory then and 2 s later.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { median } from "./stats.js";

export const HANDSHAKE_LISTS = ["tools/list", "prompts/list", "resources/list", "resources/templates/list"];
/** How long after the handshake memory is read again, once background start-up work is done. */
export const SETTLE_MILLIS = 2_000;

export interface ColdStartFigures {
  name: string;
  medianMillis: number;
  /** Resident memory when the last list was answered. */
  rssMegabytes: number | null;
  /** Resident memory SETTLE_MILLIS later. */
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

/** One spawn through the full handshake; memory read when `settle` is true. */
function oneStart(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  settle: boolean,
): Promise<{ millis: number; rss: number | null; settledRss: number | null }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ["pipe", "pipe", "ignore"] });
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    let answered = 0;
    child.on("error", reject);
    createInterface({ input: child.stdout }).on("line", (line) => {
      const message = JSON.parse(line) as { id?: number };
      if (message.id === 0) {
        send({ jsonrpc: "2.0", method: "notifications/initialized" });
        HANDSHAKE_LISTS.forEach((method, index) => {
          send({ jsonrpc: "2.0", id: index + 1, method, params: {} });
        });
        return;
      }
      if (typeof message.id !== "number" || ++answered < HANDSHAKE_LISTS.length) return;
      const millis = Number(process.hrtime.bigint() - started) / 1e6;
      if (!settle) {
        child.kill();
        resolve({ millis, rss: null, settledRss: null });
        return;
      }
      const atAnswer = child.pid ? readRssMegabytes(child.pid) : null;
      setTimeout(() => {
        const settled = child.pid ? readRssMegabytes(child.pid) : null;
        child.kill();
        resolve({ millis, rss: atAnswer, settledRss: settled });
      }, SETTLE_MILLIS);
    });
    send({
      jsonrpc: "2.0",
      id: 0,
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
  runs = 9,
  env: NodeJS.ProcessEnv = { PATH: process.env.PATH },
): Promise<ColdStartFigures> {
  const times: number[] = [];
  let memory = { rss: null as number | null, settledRss: null as number | null };
  for (let i = 0; i < runs; i++) {
    const { millis, ...measured } = await oneStart(command, args, env, i === runs - 1);
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
