// A shortcut for long searches that end about now (similar incidents look back two years): PagerDuty reads at most
// 180 days per request, so two years cost five requests, most of them empty for a quiet team. One page of the newest
// incidents of all time, sorted newest first, holds the whole window whenever it reaches back past `since`.
import { createdAtOf } from "./log-entry-order.js";
import { PAGE_LIMIT, type TimeWindow } from "./paging.js";
import type { JsonObject } from "./response-shapes.js";

export interface NewestPageList {
  fetchPage(
    window: TimeWindow,
    offset: number,
    limit: number,
    total: boolean,
  ): Promise<{ items: JsonObject[]; more: boolean }>;
}

/** Whether the shortcut can answer: a first page, a window longer than one request, ending within a span of now. */
export function newestPageMayCover(
  query: { since?: string; until?: string; offset: number; limit: number },
  windowCount: number,
  now: Date,
  spanMs: number,
): boolean {
  if (query.since === undefined || query.offset !== 0 || query.limit > PAGE_LIMIT || windowCount < 2)
    return false;
  const until = query.until === undefined ? now.getTime() : Date.parse(query.until);
  return now.getTime() - until < spanMs;
}

/**
 * The incidents created in [since, until) from one page of the newest incidents, or null when that page does not
 * reach back to `since` (then the caller reads the window in spans, at the cost of this one request).
 */
export async function readFromNewestPage(
  list: NewestPageList,
  since: string,
  until: string | undefined,
  take: number,
): Promise<{ items: JsonObject[]; more: boolean } | null> {
  const page = await list.fetchPage({ since: null, until: null }, 0, PAGE_LIMIT, false);
  const sinceMs = Date.parse(since);
  const untilMs = until === undefined ? Number.POSITIVE_INFINITY : Date.parse(until);
  const oldest = page.items.at(-1);
  const reachesSince = !page.more || (oldest !== undefined && Date.parse(createdAtOf(oldest)) < sinceMs);
  if (!reachesSince) return null;
  const inWindow = page.items.filter((item) => {
    const created = Date.parse(createdAtOf(item));
    return created >= sinceMs && created < untilMs;
  });
  return { items: inWindow.slice(0, take), more: inWindow.length > take };
}
