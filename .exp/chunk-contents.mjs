// Lists the biggest inputs of each chunk in dist's start-up graph (rebuilds with a metafile, to a temp dir).
import { build } from "esbuild";
import { readFileSync } from "node:fs";
const englishOnlyZod = { name: "e", setup(b) {
  b.onResolve({ filter: /\/locales\/index\.js$/ }, (a) => a.importer.includes("/zod/") ? { path: a.importer, namespace: "zl" } : undefined);
  b.onLoad({ filter: /.*/, namespace: "zl" }, (a) => ({ contents: 'export { default as en } from "../locales/en.js";', resolveDir: a.path.replace(/\/[^/]*$/, "") }));
}};
const r = await build({ entryPoints: { main: "src/main.ts" }, bundle: true, format: "esm", platform: "node", target: "node20", outdir: ".exp/metabuild", splitting: true, chunkNames: "chunks/[name]-[hash]", minifySyntax: true, metafile: true, plugins: [englishOnlyZod], logLevel: "warning", banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } });
const outs = r.metafile.outputs;
const start = new Set();
const visit = (o, dynamicToo) => { if (start.has(o) || !outs[o]) return; start.add(o); for (const i of outs[o].imports) if (i.kind === "import-statement" || (dynamicToo && i.kind === "dynamic-import" && /create-server|stdio/.test(i.path))) visit(i.path, false); };
visit(".exp/metabuild/main.js", true);
for (const o of start) { if (o.endsWith(".map")) continue;
  const byPkg = {};
  for (const [p, i] of Object.entries(outs[o].inputs)) { const k = p.startsWith("src/") ? p : p.replace(/^node_modules\/((@[^/]+\/)?[^/]+)\/.*/, "$1"); byPkg[k] = (byPkg[k] || 0) + i.bytesInOutput; }
  const top = Object.entries(byPkg).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${(v/1024).toFixed(0)}K`).join(", ");
  console.log(`${(outs[o].bytes/1024).toFixed(0).padStart(5)}K ${o.replace(".exp/metabuild/", "")}: ${top}`);
}
