// Throwaway workspaces for the shadowing tests that write: a copy of a committed one, or a hand-built team.yaml with
// another workspace's incidents and runbooks. Never write into the committed folders.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TempWorkspace {
  dir: string;
  remove(): void;
}

/** A copy of `source`, with team.yaml replaced by `teamYaml` when given. */
export function tempWorkspace(source: string, teamYaml?: string): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), "oncall-shadowing-"));
  const dir = join(root, "workspace");
  cpSync(source, dir, { recursive: true });
  if (teamYaml !== undefined) writeFileSync(join(dir, "team.yaml"), teamYaml);
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}
