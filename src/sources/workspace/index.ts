// The workspace folder as a set of sources (docs/workspace.md). Nothing touches the disk until the first call.
import type { DrillRecorder, IncidentSource, ScheduleSource, TeamSource } from "../../ports/sources.js";
import { WorkspaceDrillRecorder } from "./drill-history-file.js";
import { WorkspaceIncidentSource } from "./incident-source.js";
import { WorkspaceRunbookSource } from "./runbook-files.js";
import { WorkspaceScheduleSource } from "./schedule-source.js";
import { WorkspaceTeamSource } from "./team-source.js";

export { gitBlobSha } from "./git-blob-sha.js";
export { renderSchedule } from "./rotation.js";
export { parseTeamFile } from "./team-file.js";
export { WorkspaceIncidentSource, WorkspaceRunbookSource, WorkspaceScheduleSource, WorkspaceTeamSource };

export interface WorkspaceSources {
  team: TeamSource;
  incidents: IncidentSource;
  schedules: ScheduleSource;
  runbooks: WorkspaceRunbookSource;
  /** team.yaml drillHistory: written in every mode. */
  drills: DrillRecorder;
}

export function createWorkspaceSources(options: {
  workspaceDir: string;
  runbookDir: string;
  /** The clock for timestamps the workspace writes (notes). */
  now?: () => Date;
}): WorkspaceSources {
  const team = new WorkspaceTeamSource(options.workspaceDir);
  return {
    team,
    incidents: new WorkspaceIncidentSource(options.workspaceDir, team, options.now),
    schedules: new WorkspaceScheduleSource(team),
    runbooks: new WorkspaceRunbookSource(options.workspaceDir, options.runbookDir),
    drills: new WorkspaceDrillRecorder(options.workspaceDir),
  };
}
