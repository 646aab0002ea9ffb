// Finds past incidents like an incident, or like a description in words. The workspace is read whole; from
// PagerDuty the incident list is indexed page by page (title, incident key, service), and notes are read only for
// the best candidates, which are then ranked again on everything. Requests grow with pages of incidents, plus a
// constant: never with the number of incidents.
import { DAY_MS } from "../../lib/dates.js";
import { UpstreamError, UserInputError } from "../../lib/errors.js";
import { mapBounded } from "../../lib/map-bounded.js";
import { redactSecrets } from "../../lib/redact.js";
import type { Incident, Note } from "../../model.js";
import type { FetchContext, IncidentSource } from "../../ports/sources.js";
import { clip } from "../format.js";
import { fullDocument, queryDocument, type SimilarityDocument } from "./document.js";
import { explainMatch } from "./explain.js";
import { rankDocuments, SIMILARITY_FLOOR } from "./rank.js";
import { loadIndex, readNotes, readResolutionFacts } from "./read-records.js";
import { runbookPathFor } from "./runbook-path.js";
import { SIMILAR_LIMITS } from "./schema.js";
import { type IndexedIncident, SimilarityCache } from "./similarity-cache.js";

export { SIMILAR_LIMITS };

import type { SimilarContext, SimilarMatch, SimilarOptions, SimilarResult, SimilarTarget } from "./types.js";

export type { SimilarContext, SimilarMatch, SimilarOptions, SimilarResult, SimilarTarget };

/** Whether matches could be linked to runbooks that exist; "skipped" when nothing needed the listing. */
export type RunbookListingState = "listed" | "unavailable" | "skipped";

/** Why the runbooks could not be listed, for the answer to say so. */
export interface RunbookListingFailure {
  /** The upstream that failed, or null for the workspace's runbook folder. */
  service: "PagerDuty" | "GitHub" | null;
  message: string;
  retryLater: boolean;
}

export interface SimilarAnswer extends SimilarResult {
  runbooks: { state: RunbookListingState; failure: RunbookListingFailure | null };
}

/** The default window reaches this far back from the incident's own start (or from now, for words). */
/**
 * From PagerDuty, candidates whose notes are read to rank on the whole text: the same number whatever `limit` is
 * (up to it), so summarize_incident's aside and find_similar_incidents rank the same pool the same way.
 */
export const RERANK_POOL = 10;
/** Alerts of the incident searched from whose keys join the query: the same for the tool and the aside. */
export const QUERY_ALERTS = 20;
export const NOTE_CONCURRENCY = 4;
const TITLE_CHARS = 200;

// One index per incident source. Sources are built once per server process (every HTTP session shares them), so
// this lives as long as the process; bounded by CACHE_LIMITS. Nothing a tool writes changes what it holds.
const caches = new WeakMap<IncidentSource, SimilarityCache>();

function cacheFor(source: IncidentSource): SimilarityCache {
  let cache = caches.get(source);
  if (!cache) {
    cache = new SimilarityCache();
    caches.set(source, cache);
  }
  return cache;
}

/**
 * [since, until): from an incident, only what started before it, reaching back `defaultDays` from its start unless
 * `since` says otherwise; from words, up to `until` (default now). Any range may be asked for.
 */
function searchWindow(
  now: Date,
  range: { since?: Date | undefined; until?: Date | undefined },
  startedAt: string | null,
): { since: number; until: number } {
  const asked = range.until?.getTime() ?? now.getTime();
  const until = startedAt === null ? asked : Math.min(asked, Date.parse(startedAt));
  const start = range.since?.getTime() ?? until - SIMILAR_LIMITS.defaultDays * DAY_MS;
  if (start >= until) {
    const bound = startedAt !== null && until === Date.parse(startedAt) ? "the incident's start" : "until";
    throw new UserInputError(
      `since (${new Date(start).toISOString()}) must be before ${bound} (${new Date(until).toISOString()}); give an earlier date.`,
    );
  }
  return { since: start, until };
}

interface Query {
  document: SimilarityDocument;
  incident: Incident | null;
}

async function readQuery(source: IncidentSource, target: SimilarTarget, fetch: FetchContext): Promise<Query> {
  if ("incident" in target) {
    const alertKeys = (target.alertKeys ?? []).slice(0, QUERY_ALERTS);
    const document = fullDocument(
      target.incident,
      target.notes.map((note) => note.content),
      alertKeys,
    );
    return { document, incident: target.incident };
  }
  if ("query" in target) {
    const document = queryDocument(target.query);
    if (document.frequencies.size === 0) {
      throw new UserInputError(
        "query has no words to search on; describe the symptom, alert or service, e.g. `checkout 5xx after deploy`.",
      );
    }
    return { document, incident: null };
  }
  const incident = await source.getIncident(target.incidentId.trim(), fetch);
  const [notes, alerts] = await Promise.all([
    source.listNotes(incident.id, fetch),
    source.listAlerts(incident.id, { limit: QUERY_ALERTS }, fetch),
  ]);
  const document = fullDocument(
    incident,
    notes.map((note) => note.content),
    alerts.items.slice(0, QUERY_ALERTS).map((alert) => alert.key),
  );
  return { document, incident };
}

/**
 * The candidates whose notes are read: from a workspace all of them; from PagerDuty the best `size` on the list
 * alone, topped up with the newest of the same service, then the newest, when few share a word with the query.
 */
function rerankPool(
  cheapReads: boolean,
  query: Query,
  candidates: readonly IndexedIncident[],
  size: number,
): IndexedIncident[] {
  if (cheapReads) return [...candidates];
  const byId = new Map(candidates.map((candidate) => [candidate.incident.id, candidate]));
  const chosen = new Set(
    rankDocuments(
      query.document,
      candidates.map((candidate) => candidate.document),
      { limit: size },
    ).map((ranked) => ranked.document.id),
  );
  const serviceId = query.incident?.service.id ?? null;
  for (const sameService of [true, false]) {
    for (const { incident } of candidates) {
      if (chosen.size >= size) break;
      if (!sameService || incident.service.id === serviceId) chosen.add(incident.id);
    }
  }
  return [...chosen].map((id) => byId.get(id)!);
}

type RunbookListing =
  | { state: "listed"; paths: Set<string> }
  | { state: "unavailable"; failure: RunbookListingFailure };

async function listRunbookPaths(ctx: SimilarContext, fetch: FetchContext): Promise<RunbookListing> {
  try {
    const entries = await ctx.sources.runbooks.listRunbooks(fetch);
    return { state: "listed", paths: new Set(entries.map((entry) => entry.path)) };
  } catch (error) {
    // A runbook link is a nicety: without the listing, the team file's `runbook` fields still answer, and the
    // answer says the links may be missing.
    if (ctx.signal.aborted) throw error;
    const upstream = error instanceof UpstreamError ? error : null;
    return {
      state: "unavailable",
      failure: {
        service: upstream?.service ?? null,
        message: error instanceof Error ? error.message : String(error),
        retryLater: upstream?.retryLater ?? false,
      },
    };
  }
}

export async function findSimilarIncidents(
  ctx: SimilarContext,
  target: SimilarTarget,
  options: SimilarOptions = {},
): Promise<SimilarAnswer> {
  const source = ctx.sources.incidents;
  const fetch: FetchContext = { signal: ctx.signal, requests: ctx.requests };
  const requestsBefore = ctx.requests.count;
  const limit = Math.min(Math.max(1, options.limit ?? SIMILAR_LIMITS.defaultLimit), SIMILAR_LIMITS.maxLimit);
  const cache = cacheFor(source);

  const query = await readQuery(source, target, fetch);
  const window = searchWindow(ctx.now, options, query.incident?.createdAt ?? null);
  const indexed = await loadIndex(source, cache, { serviceIds: options.serviceIds, window }, fetch, (read) =>
    ctx.progress(read, undefined, `indexed ${read} incidents`),
  );
  const excludeId = query.incident?.id ?? null;
  const candidates = indexed.filter((candidate) => candidate.incident.id !== excludeId);

  const pool = rerankPool(source.cheapReads, query, candidates, Math.max(RERANK_POOL, limit));
  const notesById = new Map<string, Note[]>();
  await mapBounded(
    pool,
    NOTE_CONCURRENCY,
    async ({ incident }) => {
      notesById.set(incident.id, await readNotes(source, incident, fetch));
    },
    ctx.signal,
  );
  const documents = pool.map(({ incident }) =>
    fullDocument(
      incident,
      (notesById.get(incident.id) ?? []).map((note) => note.content),
    ),
  );
  const ranked = rankDocuments(query.document, documents, { limit, excludeId, minScore: SIMILARITY_FLOOR });

  const poolById = new Map(pool.map((candidate) => [candidate.incident.id, candidate.incident]));
  const facts = await mapBounded(
    ranked,
    NOTE_CONCURRENCY,
    async ({ document }) =>
      readResolutionFacts(
        source,
        poolById.get(document.id)!,
        notesById.get(document.id) ?? [],
        ctx.now,
        fetch,
      ),
    ctx.signal,
  );
  const listing = ranked.length > 0 && options.runbooks !== false ? await listRunbookPaths(ctx, fetch) : null;
  const runbooks = listing?.state === "listed" ? listing.paths : null;

  const matches = ranked.map((match, index): SimilarMatch => {
    const incident = poolById.get(match.document.id)!;
    return {
      incident: {
        id: incident.id,
        number: incident.number,
        title: clip(redactSecrets(incident.title), TITLE_CHARS),
        service: { id: incident.service.id, name: incident.service.name },
        createdAt: incident.createdAt,
      },
      score: match.score,
      matchedOn: explainMatch(match, query.document),
      resolution: facts[index]!.resolution,
      timeToResolveSeconds: facts[index]!.timeToResolveSeconds,
      resolvedBy: facts[index]!.resolvedBy?.name ?? null,
      runbookPath: runbookPathFor(incident.service.id, ctx.team, runbooks),
    };
  });
  return {
    target: {
      incident: query.incident
        ? {
            id: query.incident.id,
            number: query.incident.number,
            title: clip(redactSecrets(query.incident.title), TITLE_CHARS),
          }
        : null,
      query: "query" in target ? target.query : null,
    },
    window: { since: new Date(window.since).toISOString(), until: new Date(window.until).toISOString() },
    matches,
    searched: { incidents: candidates.length, requests: ctx.requests.count - requestsBefore },
    notesRead: pool.length,
    runbooks: {
      state: listing?.state ?? "skipped",
      failure: listing?.state === "unavailable" ? listing.failure : null,
    },
  };
}
