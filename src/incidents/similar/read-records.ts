// Reads what the ranking needs through the incident port: pages of the incident list into the session's index,
// notes of the candidates, and the overview log entries of the matches. Resolved incidents' records are cached.
import type { Incident, Note } from "../../model.js";
import type { FetchContext, IncidentSource } from "../../ports/sources.js";
import { listDocument } from "./document.js";
import { resolutionFacts } from "./resolution-facts.js";
import {
  type IncidentIndex,
  type IndexedIncident,
  planReads,
  type ResolutionFacts,
  type SimilarityCache,
  type Window,
} from "./similarity-cache.js";

export const PAGE_SIZE = 100;
/** An index this young is not topped up: incidents opened in the last minute are found on the next search. */
export const INDEX_FRESHNESS_MS = 60_000;

export interface IndexScope {
  serviceIds: readonly string[] | undefined;
  window: Window;
}

async function readWindow(
  source: IncidentSource,
  window: Window,
  serviceIds: readonly string[] | undefined,
  fetch: FetchContext,
  onPage: (read: number) => Promise<void>,
): Promise<Incident[]> {
  const incidents: Incident[] = [];
  for (let offset = 0; ; ) {
    const page = await source.listIncidents(
      {
        since: new Date(window.since).toISOString(),
        until: new Date(window.until).toISOString(),
        serviceIds: serviceIds ? [...serviceIds] : undefined,
        limit: PAGE_SIZE,
        offset,
      },
      fetch,
    );
    incidents.push(...page.incidents);
    offset += page.incidents.length;
    await onPage(incidents.length);
    if (!page.more || page.incidents.length === 0) return incidents;
  }
}

export function indexKey(serviceIds: readonly string[] | undefined): string {
  return serviceIds?.length ? [...new Set(serviceIds)].sort().join("\u0000") : "*";
}

/** The indexed incidents created in the scope's window, newest first, reading only what the cache lacks. */
export async function loadIndex(
  source: IncidentSource,
  cache: SimilarityCache,
  scope: IndexScope,
  fetch: FetchContext,
  onPage: (read: number) => Promise<void>,
): Promise<IndexedIncident[]> {
  const key = indexKey(scope.serviceIds);
  const cached = cache.index(key);
  const plan = planReads(cached?.covered ?? null, scope.window, INDEX_FRESHNESS_MS);
  const index: IncidentIndex =
    cached && !plan.fresh
      ? cached
      : { covered: { ...scope.window }, incidents: new Map<string, IndexedIncident>() };
  for (const window of plan.reads) {
    for (const incident of await readWindow(source, window, scope.serviceIds, fetch, onPage))
      index.incidents.set(incident.id, { incident, document: listDocument(incident) });
    index.covered = {
      since: Math.min(index.covered.since, window.since),
      until: Math.max(index.covered.until, window.until),
    };
  }
  if (plan.reads.length > 0) cache.storeIndex(key, index);
  return [...index.incidents.values()]
    .filter(({ incident }) => {
      const at = Date.parse(incident.createdAt);
      return at >= scope.window.since && at < scope.window.until;
    })
    .sort((a, b) => Date.parse(b.incident.createdAt) - Date.parse(a.incident.createdAt));
}

/** The incident's notes (the sources keep those of resolved incidents). */
export function readNotes(source: IncidentSource, incident: Incident, fetch: FetchContext): Promise<Note[]> {
  return source.listNotes(incident.id, fetch);
}

/** What fixed the incident, from its overview log entries and notes. */
export async function readResolutionFacts(
  source: IncidentSource,
  incident: Incident,
  notes: readonly Note[],
  now: Date,
  fetch: FetchContext,
): Promise<ResolutionFacts> {
  const { items } = await source.listLogEntries(incident.id, { overview: true }, fetch);
  return resolutionFacts(incident, items, notes, now);
}
