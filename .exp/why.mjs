import { build } from "esbuild";
const target = process.argv[2];
const r = await build({ entryPoints: { main: "src/main.ts" }, bundle: true, format: "esm", platform: "node", outdir: ".exp/why", splitting: true, metafile: true, write: false, logLevel: "silent" });
const inputs = r.metafile.inputs;
// BFS over static imports from src/server/create-server.ts
const start = "src/server/create-server.ts";
const prev = new Map([[start, null]]); const q = [start];
while (q.length) { const f = q.shift(); for (const i of inputs[f]?.imports ?? []) { if (i.kind !== "import-statement" || prev.has(i.path)) continue; prev.set(i.path, f); q.push(i.path); } }
const hit = [...prev.keys()].find((k) => k.includes(target));
if (!hit) { console.log("not reached:", target); process.exit(0); }
const chain = []; for (let f = hit; f; f = prev.get(f)) chain.unshift(f); console.log(chain.join("\n  <- ".replace("<-", "->")));
