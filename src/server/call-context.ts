// Builds what a tool, prompt, resource or completion handler gets for one call.
import type { CallContext } from "../ports/call-context.js";
import type { AppContext } from "./app-context.js";

export interface CallOptions {
  signal: AbortSignal;
  progress?: CallContext["progress"];
  sample?: CallContext["sample"];
}

export async function createCallContext(app: AppContext, options: CallOptions): Promise<CallContext> {
  const requests = { count: 0 };
  const sources = await app.sources;
  const team = await sources.team.load({ signal: options.signal, requests });
  // team.yaml's asOf pins "now" when incidents come from the workspace (the demo shows the same on any day);
  // live sources use the clock unless ONCALL_NOW pins it.
  const pinned = app.config.pagerduty === null && team.asOf !== null;
  return {
    sources,
    team,
    now: app.config.now ? new Date(app.config.now) : pinned ? new Date(team.asOf!) : new Date(),
    signal: options.signal,
    requests,
    writesEnabled: app.config.enableWrites,
    progress: options.progress ?? (async () => {}),
    sample: options.sample ?? null,
  };
}
