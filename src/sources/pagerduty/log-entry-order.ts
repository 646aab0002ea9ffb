// Reading log entries in time order whatever order PagerDuty lists them in, and the oldest few of a long list.
import type { PagerDutyRequest } from "./http-client.js";
import { OFFSET_CEILING, type OffsetPage, PAGE_LIMIT } from "./paging.js";
import type { JsonObject } from "./response-shapes.js";

/** The order PagerDuty lists log entries in when a page cannot tell (every entry at the same instant). */
export const LOG_ENTRY_ORDER = "newest-first";

/**
 * The oldest `limit` log entries of an incident, or null when they lie past the offset ceiling. PagerDuty may list
 * newest first; the first page (asked with total=true) tells the order and the total, so the oldest are read from
 * wherever they are.
 */
export async function readOldestLogEntries(
  limit: number,
  request: (offset: number, limit: number, total?: boolean) => PagerDutyRequest,
  fetchPage: (request: PagerDutyRequest) => Promise<OffsetPage<JsonObject>>,
): Promise<{ items: JsonObject[]; total: number } | null> {
  const first = await fetchPage(request(0, Math.min(limit, PAGE_LIMIT), true));
  if (!first.more) return { items: first.items.slice(0, limit), total: first.total ?? first.items.length };

  const fromEnd = listOrder(first.items) === "newest-first";
  if (fromEnd && first.total === null) return null;
  let offset = fromEnd && first.total !== null ? Math.max(0, first.total - limit) : first.items.length;
  const end = offset + limit - (fromEnd ? 0 : first.items.length);
  if (end > OFFSET_CEILING) return null;
  const items = fromEnd ? [] : [...first.items];
  while (items.length < limit) {
    const page = await fetchPage(request(offset, Math.min(PAGE_LIMIT, limit - items.length)));
    items.push(...page.items);
    offset += page.items.length;
    if (!page.more || page.items.length === 0) break;
  }
  return { items: items.slice(0, limit), total: first.total ?? items.length };
}

/** The order of a list of records, told by its first and last created_at. */
export function listOrder(items: readonly JsonObject[]): "newest-first" | "oldest-first" {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return LOG_ENTRY_ORDER;
  const a = Date.parse(createdAtOf(first));
  const b = Date.parse(createdAtOf(last));
  return a > b ? "newest-first" : a < b ? "oldest-first" : LOG_ENTRY_ORDER;
}

export function createdAtOf(raw: JsonObject): string {
  const value = raw["created_at"];
  return typeof value === "string" ? value : "";
}

/** Sorted by time, oldest first (a stable sort: records at the same instant keep their order). */
export function oldestFirst<T>(records: T[], at: (record: T) => string): T[] {
  return [...records].sort((a, b) => Date.parse(at(a)) - Date.parse(at(b)));
}
