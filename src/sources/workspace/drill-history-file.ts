// Records a finished drill in team.yaml's drillHistory, every other byte of the file kept. Serves every mode: drills
// live in team.yaml even when incidents come from PagerDuty. Idempotent: the same mentee and incident on the same day
// (in the mentee's zone) is reported as already there. Holds team.yaml's lock (across processes), resolves links by
// the workspace rule, checks the spliced file reads back with the entry, and writes atomically.
import { readFile } from "node:fs/promises";
import { WorkspaceError } from "../../lib/errors.js";
import { instantToLocal } from "../../lib/time-zones.js";
import type { DrillRecord } from "../../model.js";
import type { DrillRecorder, DrillToRecord, FetchContext } from "../../ports/sources.js";
import { appendTeamListBytes, drillEntryText } from "./shadow-history-text.js";
import { parseTeamFile } from "./team-file.js";
import { TEAM_FILE } from "./team-source.js";
import { resolveWritePath, withFileLocks, writeFileAtomically } from "./workspace-writer.js";

export class WorkspaceDrillRecorder implements DrillRecorder {
  constructor(private readonly workspaceDir: string) {}

  async recordDrill(
    toRecord: DrillToRecord,
    ctx?: FetchContext,
  ): Promise<{ created: boolean; existing: DrillRecord | null }> {
    ctx?.signal?.throwIfAborted();
    const teamPath = await resolveWritePath(this.workspaceDir, TEAM_FILE);
    return withFileLocks([teamPath], () => record(teamPath, toRecord, ctx), {
      signal: ctx?.signal,
      describe: () => TEAM_FILE,
    });
  }
}

async function record(
  teamPath: string,
  { drill, incidentKeys, timeZone }: DrillToRecord,
  ctx?: FetchContext,
): Promise<{ created: boolean; existing: DrillRecord | null }> {
  const bytes = await readFile(teamPath).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new WorkspaceError(`There is no ${TEAM_FILE} in the workspace.`);
    throw error;
  });
  const drills = parseTeamFile(bytes.toString("utf8"), TEAM_FILE).drillHistory ?? [];
  const keys = new Set([drill.incident, ...incidentKeys]);
  const day = localDay(drill.at, timeZone);
  const same = (other: DrillRecord) =>
    other.mentee === drill.mentee && keys.has(other.incident) && localDay(other.at, timeZone) === day;
  const existing = drills.find(same);
  if (existing) return { created: false, existing };
  const next = appendTeamListBytes(bytes, "drillHistory", [drillEntryText(drill)], TEAM_FILE);
  const after = parseTeamFile(next.toString("utf8"), TEAM_FILE).drillHistory ?? [];
  if (after.length !== drills.length + 1 || !same(after[after.length - 1]!)) {
    throw new WorkspaceError(
      `${TEAM_FILE}: appending to drillHistory did not give the entry back; check its layout.`,
    );
  }
  ctx?.signal?.throwIfAborted();
  await writeFileAtomically(teamPath, next);
  return { created: true, existing: null };
}

function localDay(instant: string, timeZone: string): string {
  const local = instantToLocal(new Date(instant), timeZone);
  return `${local.year}-${local.month}-${local.day}`;
}
