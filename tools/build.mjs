// Bundles the server into dist/ so `npm start` and `npx` start fast: one file to load, heavy parts split
// into chunks that load only when a tool needs them (the PagerDuty client, octokit, the solver, Markdown).
import { build } from "esbuild";

await build({
  entryPoints: { main: "src/main.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  minifySyntax: true,
  legalComments: "linked",
  chunkNames: "chunks/[name]-[hash]",
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
});
