import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
const t0 = process.hrtime.bigint();
const ms = () => (Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0);
const c = spawn("node", ["dist/main.js"], { stdio: ["pipe", "pipe", "inherit"], env: { ...process.env, ONCALL_WORKSPACE: "examples/workspace" } });
const send = (m) => c.stdin.write(JSON.stringify(m) + "\n");
const names = ["init", "tools/list", "prompts/list", "resources/list", "resources/templates/list"];
let got = 0;
createInterface({ input: c.stdout }).on("line", (line) => { const m = JSON.parse(line); console.log(ms(), "ms", names[m.id], line.length, "bytes");
  if (m.id === 0) { send({ jsonrpc: "2.0", method: "notifications/initialized" }); names.slice(1).forEach((method, i) => send({ jsonrpc: "2.0", id: i + 1, method, params: {} })); }
  else if (++got === 4) c.kill(); });
send({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "b", version: "1" } } });
