import { build } from "esbuild";
const stub = process.argv[4] === "stub";
const englishOnlyZod = { name: "e", setup(b) {
  b.onResolve({ filter: /\/locales\/index\.js$/ }, (a) => a.importer.includes("/zod/") ? { path: a.importer, namespace: "zl" } : undefined);
  b.onLoad({ filter: /.*/, namespace: "zl" }, (a) => ({ contents: 'export { default as en } from "../locales/en.js";', resolveDir: a.path.replace(/\/[^/]*$/, "") }));
  if (stub) { b.onResolve({ filter: /ajv-provider\.js$/ }, (a) => ({ path: a.path, namespace: "ajvstub" }));
  b.onLoad({ filter: /.*/, namespace: "ajvstub" }, () => ({ contents: "export class AjvJsonSchemaValidator { constructor() { throw new Error('no ajv'); } }" })); }
}};
await build({ entryPoints: [process.argv[2]], bundle: true, format: "esm", platform: "node", target: "node20", outfile: process.argv[3], minifySyntax: true, plugins: [englishOnlyZod], banner: { js: "import { createRequire as __cr } from \"node:module\"; const require = __cr(import.meta.url);" }, logLevel: "warning" });
