// Records a finished drill in team.yaml's drillHistory, every other byte of the file kept. Idempotent: the same
// mentee and incident on the same UTC day is reported as already there. Runs in the workspace's write queue.
import { dirname } from "node:path";
import { WorkspaceError } from "../../lib/errors.js";
import type { DrillRecord } from "../../model.js";
import { appendTeamList, drillEntryText } from "./shadow-history-text.js";
import { inWorkspaceQueue, readIfPresent, writeAtomically } from "./shadow-rotation-files.js";
import { parseTeamFile } from "./team-file.js";
import { TEAM_FILE } from "./team-source.js";

export function recordDrillInTeamFile(teamPath: string, record: DrillRecord): Promise<{ created: boolean }> {
  return inWorkspaceQueue(dirname(teamPath), async () => {
    const text = await readIfPresent(teamPath);
    if (text === null) throw new WorkspaceError(`There is no ${TEAM_FILE} in the workspace (${teamPath}).`);
    const drills = parseTeamFile(text, TEAM_FILE).drillHistory ?? [];
    const same = (d: DrillRecord) =>
      d.mentee === record.mentee &&
      d.incident === record.incident &&
      Date.parse(d.at) === Date.parse(record.at);
    if (drills.some(same)) return { created: false };
    const next = appendTeamList(text, "drillHistory", [drillEntryText(record)], TEAM_FILE);
    const after = parseTeamFile(next, TEAM_FILE).drillHistory ?? [];
    if (after.length !== drills.length + 1 || !same(after[after.length - 1]!)) {
      throw new WorkspaceError(
        `${TEAM_FILE}: appending to drillHistory did not give the entry back; check its layout.`,
      );
    }
    await writeAtomically(teamPath, next);
    return { created: true };
  });
}
