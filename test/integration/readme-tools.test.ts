// The README's tool table must name exactly the registered tools, with the right "writes" column.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config-parse.js";
import { enabledTools } from "../../src/server/registry.js";
import { REPO_ROOT } from "../helpers/paths.js";

function readmeToolRows(): Map<string, boolean> {
  const readme = readFileSync(`${REPO_ROOT}README.md`, "utf8");
  const section = readme.split("<!-- tools:start -->")[1]?.split("<!-- tools:end -->")[0];
  if (!section) throw new Error("README.md has no <!-- tools:start --> … <!-- tools:end --> table");
  const rows = new Map<string, boolean>();
  for (const line of section.split("\n")) {
    const cells = line.split("|").map((cell) => cell.trim());
    const name = /^`([a-z_]+)`$/.exec(cells[1] ?? "")?.[1];
    if (name) rows.set(name, /^yes/i.test(cells[3] ?? ""));
  }
  return rows;
}

describe("README tool table", () => {
  it("lists every registered tool, and whether it writes, and nothing else", () => {
    const config = parseConfig({ ONCALL_ENABLE_WRITES: "1" }, []);
    const registered = new Map(enabledTools({ config }).map((tool) => [tool.name, tool.writes]));
    expect(Object.fromEntries(readmeToolRows())).toEqual(Object.fromEntries(registered));
  });
});
