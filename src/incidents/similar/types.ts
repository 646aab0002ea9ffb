// The shapes of a similar-incident search: what it is asked, what it answers.
import type { ToolContext } from "../../lib/tool.js";
import type { Incident, Note } from "../../model.js";

export type SimilarContext = Pick<
  ToolContext,
  "sources" | "team" | "now" | "signal" | "requests" | "progress"
>;

/**
 * What to search from: an incident by id or number (read through the port), words, or an incident already read
 * with its notes (summarize_incident has them: no request is made for it).
 */
export type SimilarTarget =
  | { incidentId: string }
  | { query: string }
  | { incident: Incident; notes: readonly Note[]; alertKeys?: readonly (string | null)[] };

export interface SimilarOptions {
  serviceIds?: readonly string[];
  /** Default: 180 days before now; at most 365. */
  since?: Date;
  /** Default 5, at most 20. */
  limit?: number;
  /**
   * For a summary's aside: ranked on the incident list alone (cached for the session; the same from a workspace
   * and from PagerDuty), notes read only for the matches, and no log entries or runbook listing.
   */
  light?: boolean;
}

export interface SimilarMatch {
  incident: {
    id: string;
    number: number;
    title: string;
    service: { id: string; name: string };
    createdAt: string;
  };
  score: number;
  matchedOn: string[];
  resolution: string | null;
  timeToResolveSeconds: number | null;
  /** The name of who resolved it. */
  resolvedBy: string | null;
  runbookPath: string | null;
}

export interface SimilarResult {
  /** The incident searched from, or the words searched for. */
  target: { incident: { id: string; number: number; title: string } | null; query: string | null };
  window: { since: string; until: string };
  matches: SimilarMatch[];
  searched: { incidents: number; requests: number };
  /** Candidates ranked on their notes too: all of them from a workspace, the best from PagerDuty. */
  notesRead: number;
}
