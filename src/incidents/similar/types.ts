// The shapes of a similar-incident search: what it is asked, what it answers.

import type { Incident, Note } from "../../model.js";
import type { CallContext } from "../../ports/call-context.js";

export type SimilarContext = Pick<
  CallContext,
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
  /** Default: 2 years before `until`. Any range may be asked for. */
  since?: Date | undefined;
  /** Default now; from an incident, never later than its start (only incidents that started before it). */
  until?: Date | undefined;
  /** Default 5, at most 20. */
  limit?: number;
  /** False skips the runbook listing (summarize_incident's aside shows no runbook). Ranking is the same. */
  runbooks?: boolean;
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
