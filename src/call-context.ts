// Builds what a tool, prompt or resource handler gets for one call.
import type { AppContext } from "./context.js";
import type { ToolContext } from "./lib/tool.js";

export interface CallOptions {
  signal: AbortSignal;
  progress?: ToolContext["progress"];
  sample?: ToolContext["sample"];
}

export async function createCallContext(app: AppContext, options: CallOptions): Promise<ToolContext> {
  const requests = { count: 0 };
  const team = await app.sources.team.load({ signal: options.signal, requests });
  // team.yaml's asOf pins "now" for the demo workspace, so it shows the same on any day; live sources use the clock unless ONCALL_NOW pins it.
  const pinned = app.sources.incidents.kind === "workspace" && team.asOf !== null;
  return {
    config: app.config,
    sources: app.sources,
    team,
    now: app.config.now ? new Date(app.config.now) : pinned ? new Date(team.asOf!) : new Date(),
    signal: options.signal,
    requests,
    progress: options.progress ?? (async () => {}),
    sample: options.sample ?? null,
  };
}
