// Throwaway copies of a workspace, so tools with writes enabled and deliberately broken files touch nothing real.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Sources } from "../../../src/ports/sources.js";

export interface TempWorkspace {
  /** The folder that holds the copy: paths that escape the workspace land here first. */
  parent: string;
  dir: string;
  remove(): void;
}

/** Copies `source` to <tmp>/oncall-hardening-…/outer/workspace. */
export function copyWorkspace(source: string): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), "oncall-hardening-"));
  const parent = join(root, "outer");
  const dir = join(parent, "workspace");
  cpSync(source, dir, { recursive: true });
  return { parent, dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Names that exist in the workspace: engineer, service, schedule and team ids, incident ids and numbers. */
export async function knownNames(sources: Sources): Promise<string[]> {
  const team = await sources.team.load();
  const page = await sources.incidents.listIncidents({ limit: 5, offset: 0 });
  const runbooks = await sources.runbooks.listRunbooks().catch(() => []);
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  return [
    ...ids(team.engineers).slice(0, 4),
    ...ids(team.services).slice(0, 3),
    ...ids(team.schedules).slice(0, 2),
    ...ids(team.teams).slice(0, 2),
    ...page.incidents.flatMap((incident) => [incident.id, String(incident.number)]),
    ...runbooks.map((runbook) => runbook.path).slice(0, 2),
  ];
}

/** The workspace's runbooks as path → text, paths relative to its runbooks/ folder. */
export function runbookFiles(workspaceDir: string): Record<string, string> {
  const root = join(workspaceDir, "runbooks");
  const files: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const full = join(entry.parentPath, entry.name);
    files[relative(root, full).split("\\").join("/")] = readFileSync(full, "utf8");
  }
  return files;
}
