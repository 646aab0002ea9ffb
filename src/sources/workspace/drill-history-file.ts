// Records a finished drill in team.yaml's drillHistory, every other byte of the file kept. Idempotent: the same
// mentee and incident on the same day is reported as already there. Holds team.yaml's lock (across processes),
// resolves links by the workspace rule, and writes atomically, like every workspace write.
import { readFile } from "node:fs/promises";
import { WorkspaceError } from "../../lib/errors.js";
import type { DrillRecord } from "../../model.js";
import type { FetchContext } from "../ports.js";
import { appendTeamListBytes, drillEntryText } from "./shadow-history-text.js";
import { parseTeamFile } from "./team-file.js";
import { resolveWritePath, withFileLocks, writeFileAtomically } from "./workspace-writer.js";

const TEAM_FILE = "team.yaml";

export async function recordDrillInTeamFile(
  workspaceDir: string,
  record: DrillRecord,
  ctx?: FetchContext,
): Promise<{ created: boolean }> {
  const teamPath = await resolveWritePath(workspaceDir, TEAM_FILE);
  return withFileLocks(
    [teamPath],
    async () => {
      const bytes = await readFile(teamPath).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT")
          throw new WorkspaceError(`There is no ${TEAM_FILE} in the workspace (${workspaceDir}).`);
        throw error;
      });
      const drills = parseTeamFile(bytes.toString("utf8"), TEAM_FILE).drillHistory ?? [];
      const same = (d: DrillRecord) =>
        d.mentee === record.mentee &&
        d.incident === record.incident &&
        Date.parse(d.at) === Date.parse(record.at);
      if (drills.some(same)) return { created: false };
      const next = appendTeamListBytes(bytes, "drillHistory", [drillEntryText(record)], TEAM_FILE);
      const after = parseTeamFile(next.toString("utf8"), TEAM_FILE).drillHistory ?? [];
      if (after.length !== drills.length + 1 || !same(after[after.length - 1]!)) {
        throw new WorkspaceError(
          `${TEAM_FILE}: appending to drillHistory did not give the entry back; check its layout.`,
        );
      }
      ctx?.signal?.throwIfAborted();
      await writeFileAtomically(teamPath, next);
      return { created: true };
    },
    { signal: ctx?.signal, describe: () => TEAM_FILE },
  );
}
