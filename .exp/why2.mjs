import { build } from "esbuild";
const [from, target] = process.argv.slice(2);
const r = await build({ entryPoints: { main: "src/main.ts" }, bundle: true, format: "esm", platform: "node", outdir: ".exp/why", splitting: true, metafile: true, write: false, logLevel: "silent" });
const inputs = r.metafile.inputs;
const prev = new Map([[from, null]]); const q = [from];
while (q.length) { const f = q.shift(); for (const i of inputs[f]?.imports ?? []) { if (i.kind !== "import-statement" || prev.has(i.path)) continue; prev.set(i.path, f); q.push(i.path); } }
if (!target) { const by = {}; for (const k of prev.keys()) { const p = k.replace(/^node_modules\/((@[^/]+\/)?[^/]+)\/.*/, "$1"); by[p] = (by[p] ?? 0) + (inputs[k]?.bytes ?? 0); } console.log(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1024).toFixed(0)}K ${k}`).join("\n")); process.exit(0); }
const hit = [...prev.keys()].find((k) => k.includes(target));
if (!hit) { console.log("not reached:", target); process.exit(0); }
const chain = []; for (let f = hit; f; f = prev.get(f)) chain.unshift(f); console.log(chain.join("\n  -> "));
