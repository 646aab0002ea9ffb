// Bundles the server into dist/ so `npm start` and `npx` start fast: one small entry to load, heavy parts split
// into chunks that load only when needed (each capability's handlers, the sources, the PagerDuty client, octokit).
// Then bundles each MCP Apps view into one self-contained HTML document (script and styles inline, no network) under
// dist/views/.
// `--if-stale` (what `npm start` runs first) builds only when dist/ is missing or older than the sources.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";

/** The newest modification time under a file or directory. */
function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

if (process.argv.includes("--if-stale") && existsSync("dist/main.js")) {
  const built = statSync("dist/main.js").mtimeMs;
  const sources = Math.max(...["src", "package-lock.json", "tools/build.mjs"].map(newestChange));
  if (built >= sources) process.exit(0);
}

const common = {
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  minifySyntax: true,
  legalComments: "linked",
  // Some bundled dependencies are CommonJS and call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: "warning",
};

// zod's 40 message locales would be two thirds of each view document and a third of the server's start-up
// code; only English is ever used.
const englishOnlyZod = {
  name: "english-only-zod",
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes("/zod/") ? { path: args.importer, namespace: "zod-locales" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: 'export { default as en } from "../locales/en.js";',
      resolveDir: args.path.replace(/\/[^/]*$/, ""),
    }));
  },
};
// The SDK's Server imports ajv (a third of its start-up code) only to check answers to elicitation requests, and
// this server never asks the client for input; the bundle gets a validator that says so instead.
const noElicitationValidator = {
  name: "no-elicitation-validator",
  setup(build) {
    build.onResolve({ filter: /\/validation\/ajv-provider\.js$/ }, (args) =>
      args.importer.includes("/@modelcontextprotocol/sdk/")
        ? { path: "ajv-provider", namespace: "no-ajv" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "no-ajv" }, () => ({
      contents:
        'export class AjvJsonSchemaValidator { getValidator() { throw new Error("oncall-mentor-mcp never asks the client for input, so it carries no JSON Schema validator."); } }',
    }));
  },
};
rmSync("dist", { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: "src/main.ts" },
  outdir: "dist",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  plugins: [englishOnlyZod, noElicitationValidator],
});

const VIEWS = ["shadow-rotation", "incident-timeline", "oncall-load"];
const viewStyles = readFileSync("src/views/browser/view.css", "utf8");
mkdirSync("dist/views");
for (const view of VIEWS) {
  const bundled = await build({
    entryPoints: [`src/views/browser/${view}.ts`],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    write: false,
    logLevel: "warning",
    plugins: [englishOnlyZod],
  });
  // "</script" inside the code would end the element early.
  const script = bundled.outputFiles[0].text.replaceAll("</script", "<\\/script");
  writeFileSync(
    `dist/views/${view}.html`,
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>${viewStyles}</style></head><body><main id="view"></main><script>${script}</script></body></html>\n`,
  );
}
