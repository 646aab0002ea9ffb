// What every tool, prompt, resource and completion handler gets for one call. Built by the server; never a token.
import type { TeamDirectory } from "../model.js";
import type { RequestCounter, Sources } from "./sources.js";

export interface CallContext {
  sources: Sources;
  team: TeamDirectory;
  /** "Now" for defaults such as "the last 7 days": team.yaml's asOf in the demo, ONCALL_NOW, else the clock. */
  now: Date;
  signal: AbortSignal;
  /** Upstream requests made while answering, reported in outputs such as `sources.requests`. */
  requests: RequestCounter;
  /** Whether write tools are enabled in this server. */
  writesEnabled: boolean;
  /** Sends a progress notification when the client asked for them; a no-op otherwise. */
  progress(done: number, total?: number, message?: string): Promise<void>;
  /** Asks the client's model for text, when the client declared sampling; null otherwise. */
  sample: ((prompt: string, maxTokens: number) => Promise<string>) | null;
}
