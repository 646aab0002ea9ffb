import { build } from "esbuild";
const englishOnlyZod = { name: "e", setup(b) {
  b.onResolve({ filter: /\/locales\/index\.js$/ }, (a) => a.importer.includes("/zod/") ? { path: a.importer, namespace: "zl" } : undefined);
  b.onLoad({ filter: /.*/, namespace: "zl" }, (a) => ({ contents: 'export { default as en } from "../locales/en.js";', resolveDir: a.path.replace(/\/[^/]*$/, "") }));
}};
const r = await build({ entryPoints: [process.argv[2]], bundle: true, format: "esm", platform: "node", target: "node20", outfile: process.argv[3], minifySyntax: true, metafile: true, plugins: [englishOnlyZod], banner: { js: "import { createRequire as __cr } from \"node:module\"; const require = __cr(import.meta.url);" }, logLevel: "warning" });
const by = {};
for (const [p, i] of Object.entries(r.metafile.outputs[process.argv[3]].inputs)) { const k = p.replace(/^node_modules\/((@[^/]+\/)?[^/]+)\/.*/, "$1"); by[k] = (by[k]||0) + i.bytesInOutput; }
console.log(Object.entries(by).sort((a,b)=>b[1]-a[1]).slice(0,8).map(([k,v])=>k+" "+v).join(", "));
