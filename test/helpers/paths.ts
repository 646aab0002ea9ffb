import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEMO_WORKSPACE = `${REPO_ROOT}examples/workspace`;
export const SMALL_WORKSPACE = `${REPO_ROOT}test/fixtures/workspace-small`;
export const BUILT_SERVER = `${REPO_ROOT}dist/main.js`;

export function requireBuiltServer(): void {
  if (!existsSync(BUILT_SERVER))
    throw new Error("dist/main.js is missing: run `npm run build` (npm test does it first).");
}
