// Picks the source behind each port from the configuration. Vendor clients are imported only when configured.
import type { Config } from "../config.js";
import type { Sources } from "../ports/sources.js";
import { cacheResolvedRecords } from "./cache/resolved-records.js";
import { createWorkspaceSources } from "./workspace/index.js";
import { WorkspaceShadowRecorder } from "./workspace/shadow-rotation-files.js";

export interface SourceChoice {
  sources: Sources;
  /** One phrase per port, for the start-up line: "incidents and schedules from PagerDuty (https://…)". */
  description: string;
}

/** Settings that are not the user's to choose: tests switch off octokit's write pacing (about 1 s per write). */
export interface SourceTuning {
  githubThrottle?: boolean;
}

export async function createSources(config: Config, tuning: SourceTuning = {}): Promise<SourceChoice> {
  // ONCALL_NOW pins the sources' clock too: the times they stamp on notes and the "now" that ends open windows.
  const pinned = config.now;
  const now = pinned ? () => new Date(pinned) : undefined;
  const workspace = createWorkspaceSources({
    workspaceDir: config.workspaceDir,
    runbookDir: config.runbookDir,
    ...(now ? { now } : {}),
  });
  let incidents: Sources["incidents"] = workspace.incidents;
  let schedules: Sources["schedules"] = workspace.schedules;
  let runbooks: Sources["runbooks"] = workspace.runbooks;
  let shadows: Sources["shadows"] = new WorkspaceShadowRecorder(config.workspaceDir);
  const parts = [`team from ${config.workspaceDir}/team.yaml`];

  if (config.pagerduty) {
    const { createPagerDutySources } = await import("./pagerduty/index.js");
    const pagerduty = createPagerDutySources({
      token: config.pagerduty.token,
      apiUrl: config.pagerduty.apiUrl,
      fromEmail: config.pagerduty.fromEmail,
      team: workspace.team,
      ...(now ? { now } : {}),
    });
    incidents = cacheResolvedRecords(pagerduty.incidents);
    schedules = pagerduty.schedules;
    const { createPagerDutyShadowRecorder } = await import("./pagerduty/shadow-recorder.js");
    shadows = createPagerDutyShadowRecorder({
      writes: pagerduty.scheduleWrites,
      schedules: pagerduty.schedules,
      team: workspace.team,
    });
    parts.push(`incidents and schedules from PagerDuty (${config.pagerduty.apiUrl})`);
  } else {
    parts.push("incidents and schedules from the workspace");
  }

  if (config.github) {
    const { createGitHubRunbookSource } = await import("./github/index.js");
    runbooks = createGitHubRunbookSource({
      token: config.github.token,
      owner: config.github.owner,
      repo: config.github.repo,
      apiUrl: config.github.apiUrl,
      runbookDir: config.runbookDir,
      throttle: tuning.githubThrottle ?? true,
    });
    parts.push(`runbooks from GitHub ${config.github.owner}/${config.github.repo}/${config.runbookDir}`);
  } else {
    parts.push(`runbooks from the workspace folder ${config.runbookDir}/`);
  }

  return {
    // Drills go to team.yaml in every mode: PagerDuty knows nothing of them.
    sources: { team: workspace.team, incidents, schedules, runbooks, shadows, drills: workspace.drills },
    description: parts.join("; "),
  };
}

/** The sources, with the team file read once (it is read in every mode): a malformed one is reported here. */
export async function prepareSources(config: Config): Promise<SourceChoice> {
  const choice = await createSources(config);
  await choice.sources.team.load();
  return choice;
}
