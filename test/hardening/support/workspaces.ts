// What a workspace holds, for the hardening tests: names to put in arguments, and its runbooks as text.
// (Throwaway copies of a workspace: test/helpers/temp-workspace.ts.)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Sources } from "../../../src/ports/sources.js";

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
