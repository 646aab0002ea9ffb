// Every runbook the source has, read and summarised. Contents are kept by path and version (a git blob sha in
// both modes, so a changed file is read again), which spares GitHub a request per runbook on every listing.

import { BoundedCache } from "../../lib/bounded-cache.js";
import { WorkspaceError } from "../../lib/errors.js";
import type { CallContext } from "../../ports/call-context.js";
import type { RunbookSource } from "../../ports/sources.js";
import { type RunbookSummary, summarizeRunbook } from "./summarize-runbook.js";

export interface CatalogEntry {
  path: string;
  version: string;
  content: string;
  summary: RunbookSummary;
  /** Why the summary is partial (front matter that is not valid YAML), or null. */
  problem: string | null;
}

/** Runbooks read at the same time, so a large GitHub folder is neither serial nor a burst. */
const READ_CONCURRENCY = 6;
// One per runbook source. Sources are built once per server process and every HTTP session shares them, so this
// lives as long as the process, bounded in entries and bytes. Entries are keyed by version: a runbook a proposal
// changes has a new version and is read again, so nothing needs forgetting.
const caches = new WeakMap<RunbookSource, BoundedCache<string, CatalogEntry>>();

function cacheOf(source: RunbookSource): BoundedCache<string, CatalogEntry> {
  let cache = caches.get(source);
  if (!cache) {
    cache = new BoundedCache({
      maxEntries: 2_000,
      maxWeight: 32 * 1024 * 1024,
      weigh: (entry) => entry.content.length,
    });
    caches.set(source, cache);
  }
  return cache;
}

/** All runbooks, in path order. */
export async function readRunbookCatalog(ctx: CallContext): Promise<CatalogEntry[]> {
  const source = ctx.sources.runbooks;
  const fetch = { signal: ctx.signal, requests: ctx.requests };
  const listed = await source.listRunbooks(fetch);
  const cache = cacheOf(source);
  const entries: CatalogEntry[] = new Array(listed.length);
  let next = 0;
  const worker = async () => {
    while (next < listed.length) {
      const index = next++;
      const { path, version } = listed[index]!;
      const key = `${path}\u0000${version}`;
      let entry = cache.get(key);
      if (!entry) {
        const file = await source.readRunbook(path, fetch);
        entry = catalogEntry(file.path, file.version, file.content);
        cache.set(`${file.path}\u0000${file.version}`, entry);
      }
      entries[index] = entry;
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, listed.length) }, worker));
  return entries;
}

export function catalogEntry(path: string, version: string, content: string): CatalogEntry {
  try {
    return { path, version, content, summary: summarizeRunbook(path, content), problem: null };
  } catch (error) {
    if (!(error instanceof WorkspaceError)) throw error;
    // Listed all the same, so one broken file does not hide the others; the problem says what to fix.
    const body = content.replace(/^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, "");
    const summary = summarizeRunbook(path, body);
    return {
      path,
      version,
      content,
      summary: { ...summary, services: [], lastReviewed: null },
      problem: error.message,
    };
  }
}
