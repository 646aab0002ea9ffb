// Imports run downhill: lib and the model at the bottom, then the ports, the capabilities (which reach each other
// only through index.ts), the sources, and the protocol layer on top. Read from the import lines of src/.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/paths.js";

const SRC = join(REPO_ROOT, "src");
const CAPABILITIES = ["incidents", "oncall-load", "runbooks", "shadowing"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "browser" ? [] : sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative import of a file (static, dynamic and type-only), as paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from\s+|import\(\s*)["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1]!,
  );
  return specifiers.map((specifier) => relative(SRC, join(dirname(file), specifier)).replace(/\.js$/, ".ts"));
}

/** The part of src/ a path belongs to: its first folder, or the file itself at the top. */
const partOf = (path: string) => path.split("/")[0]!;

function violations(allowed: (from: string, to: string) => boolean): string[] {
  return sourceFiles(SRC).flatMap((file) => {
    const from = relative(SRC, file);
    return importsOf(file)
      .filter((to) => !allowed(from, to))
      .map((to) => `${from} → ${to}`);
  });
}

describe("imports run downhill", () => {
  it("reads static, dynamic and type-only imports", () => {
    const main = importsOf(join(SRC, "main.ts"));
    expect(main).toContain("server/create-server.ts");
    expect(main).toContain("server/app-context.ts");
    expect(importsOf(join(SRC, "ports/tool.ts"))).toContain("ports/call-context.ts");
  });

  it("lib/ imports only lib/ and the model", () => {
    expect(
      violations((from, to) => partOf(from) !== "lib" || partOf(to) === "lib" || to === "model.ts"),
    ).toEqual([]);
  });

  it("ports/ imports only ports/, lib/ and the model", () => {
    expect(
      violations((from, to) => partOf(from) !== "ports" || ["ports", "lib", "model.ts"].includes(partOf(to))),
    ).toEqual([]);
  });

  it("a capability imports lib/, the model, the ports, its own files, and other capabilities only through index.ts", () => {
    expect(
      violations((from, to) => {
        const own = partOf(from);
        if (!CAPABILITIES.includes(own)) return true;
        const part = partOf(to);
        if (part === own || ["lib", "ports", "model.ts"].includes(part)) return true;
        return CAPABILITIES.includes(part) && to === `${part}/index.ts`;
      }),
    ).toEqual([]);
  });

  it("the sources import no capability and nothing of the protocol layer", () => {
    expect(
      violations(
        (from, to) =>
          partOf(from) !== "sources" ||
          ["sources", "lib", "ports", "model.ts", "config.ts"].includes(partOf(to)),
      ),
    ).toEqual([]);
  });

  it("only the command line imports the protocol layer", () => {
    expect(
      violations((from, to) => partOf(to) !== "server" || partOf(from) === "server" || from === "main.ts"),
    ).toEqual([]);
  });
});
