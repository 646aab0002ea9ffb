import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
const rss = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024;
const args = process.argv.slice(2);
const c = spawn("node", [...args, "dist/main.js"], { stdio: ["pipe", "pipe", "ignore"], env: { ...process.env, ONCALL_WORKSPACE: "examples/workspace" } });
const send = (m) => c.stdin.write(JSON.stringify(m) + "\n");
let got = 0;
createInterface({ input: c.stdout }).on("line", (line) => { const m = JSON.parse(line);
  if (m.id === 0) { send({ jsonrpc: "2.0", method: "notifications/initialized" }); ["tools/list","prompts/list","resources/list","resources/templates/list"].forEach((method, i) => send({ jsonrpc: "2.0", id: i + 1, method, params: {} })); }
  else if (++got === 4) { const a = rss(c.pid); setTimeout(() => { console.log(args.join(" ") || "(default)", "after handshake", a.toFixed(1), "MB; 2 s later", rss(c.pid).toFixed(1), "MB"); c.kill(); }, 2000); } });
send({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "b", version: "1" } } });
