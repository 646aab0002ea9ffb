// What the build leaves out of the server bundle, and why it may: zod's message locales other than English, and
// ajv, which the SDK's Server imports only to check answers to elicitation requests that this server never makes.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILT_SERVER, REPO_ROOT, requireBuiltServer } from "../helpers/paths.js";

function bundledSources(): string[] {
  requireBuiltServer();
  const chunks = readdirSync(`${REPO_ROOT}dist/chunks`).filter((name) => name.endsWith(".js"));
  const texts = [
    readFileSync(BUILT_SERVER, "utf8"),
    ...chunks.map((name) => readFileSync(`${REPO_ROOT}dist/chunks/${name}`, "utf8")),
  ];
  // esbuild marks each bundled module with a `// node_modules/…` comment.
  return texts.flatMap((text) =>
    [...text.matchAll(/^\/\/ (node_modules\/\S+)$/gm)].map((match) => match[1]!),
  );
}

describe("the server bundle", () => {
  const modules = bundledSources();

  it("carries the SDK and zod, and zod's English messages only", () => {
    expect(modules.some((path) => path.startsWith("node_modules/@modelcontextprotocol/sdk/"))).toBe(true);
    expect(modules.filter((path) => path.startsWith("node_modules/zod/v4/locales/"))).toEqual([
      "node_modules/zod/v4/locales/en.js",
    ]);
  });

  it("carries no ajv: the server never elicits input, so nothing needs a JSON Schema validator", () => {
    expect(modules.filter((path) => /^node_modules\/(ajv|ajv-formats|fast-uri)\//.test(path))).toEqual([]);
    expect(modules).not.toContain(
      "node_modules/@modelcontextprotocol/sdk/dist/esm/validation/ajv-provider.js",
    );
  });

  it("nothing in src calls elicitInput, which would need that validator", () => {
    const sources = readdirSync(`${REPO_ROOT}src`, { recursive: true, encoding: "utf8" }).filter((name) =>
      name.endsWith(".ts"),
    );
    const callers = sources.filter((name) =>
      /\belicitInput\b/.test(readFileSync(`${REPO_ROOT}src/${name}`, "utf8")),
    );
    expect(callers).toEqual([]);
  });
});
