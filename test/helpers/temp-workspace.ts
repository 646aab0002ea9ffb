// Throwaway copies of a workspace, for tests that write to one or break its files: never the committed folders.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

export interface TempWorkspace {
  /** The folder that holds the copy: paths that escape the workspace land here first. */
  parent: string;
  dir: string;
  remove(): void;
}

/** Copies `source` to <tmp>/oncall-workspace-…/outer/workspace, with team.yaml replaced by `teamYaml` when given. */
export function copyWorkspace(source: string, options: { teamYaml?: string } = {}): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), "oncall-workspace-"));
  const parent = join(root, "outer");
  const dir = join(parent, "workspace");
  cpSync(source, dir, { recursive: true });
  if (options.teamYaml !== undefined) writeFileSync(join(dir, "team.yaml"), options.teamYaml);
  return { parent, dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** For one test file: each call gives a fresh copy of `source`; all are removed after the file's tests. */
export function workspaceCopies(source: string): () => string {
  const copies: TempWorkspace[] = [];
  afterAll(() => {
    for (const copy of copies) copy.remove();
  });
  return () => {
    const copy = copyWorkspace(source);
    copies.push(copy);
    return copy.dir;
  };
}
