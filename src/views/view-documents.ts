// The built view documents (tools/build.mjs writes them to dist/views/), read once each.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// This module runs from dist/main.js, from a chunk in dist/chunks/, or from src/views/ under the tests.
const CANDIDATES = ["./views/", "../views/", "../../dist/views/"].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

const cache = new Map<string, string>();

export function viewDocument(file: string): string {
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  const dir = CANDIDATES.find((candidate) => existsSync(`${candidate}${file}`));
  if (!dir) throw new Error(`The view ${file} is not built; run npm run build.`);
  const text = readFileSync(`${dir}${file}`, "utf8");
  cache.set(file, text);
  return text;
}
