import { spawn } from "node:child_process";
const [cmd, ...args] = process.argv.slice(2);
const times = [];
for (let i = 0; i < 9; i++) {
  const t0 = process.hrtime.bigint();
  await new Promise((res) => {
    const c = spawn(cmd, args, { stdio: ["pipe", "pipe", "ignore"] });
    let buf = ""; let got = 0;
    const send = (m) => c.stdin.write(JSON.stringify(m) + "\n");
    c.stdout.on("data", (d) => { buf += d; let n; while ((n = buf.indexOf("\n")) >= 0) { const line = buf.slice(0, n); buf = buf.slice(n + 1); const m = JSON.parse(line);
      if (m.id === 1) { send({ jsonrpc: "2.0", method: "notifications/initialized" }); for (const [id, method] of [[2,"tools/list"],[3,"prompts/list"],[4,"resources/list"],[5,"resources/templates/list"]]) send({ jsonrpc: "2.0", id, method, params: {} }); }
      else if (m.id >= 2 && ++got === 4) { times.push(Number(process.hrtime.bigint() - t0) / 1e6); c.kill(); res(); } } });
    send({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "b", version: "1" } } });
  });
}
times.sort((a, b) => a - b); console.log(cmd, args.join(" "), "median", times[4].toFixed(0), "ms");
