// Offset pagination as PagerDuty allows it: at most 100 records a page, and never past offset + limit = 10,000.
// Past that ceiling a list is read by time window: the window is narrowed to end (or start) at the last record
// read, and reading goes on in the new window, skipping the records the two windows share. Endpoints that refuse
// long windows (GET /incidents: at most 6 months) are read in consecutive windows of the longest length allowed.
import { UpstreamError } from "../../lib/errors.js";

export const PAGE_LIMIT = 100;
export const OFFSET_CEILING = 10_000;

export interface OffsetPage<T> {
  items: T[];
  more: boolean;
  /** Present when the request asked for `total=true`. */
  total: number | null;
}

/** since inclusive, until exclusive; null leaves that end open. */
export interface TimeWindow {
  since: string | null;
  until: string | null;
}

export type PageFetcher<T> = (offset: number, limit: number) => Promise<OffsetPage<T>>;

/** Every record of a list that stays under the offset ceiling (users, schedules). */
export async function readAllPages<T>(fetchPage: PageFetcher<T>, what: string): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    if (offset + PAGE_LIMIT > OFFSET_CEILING) {
      throw new UpstreamError(
        "PagerDuty",
        `PagerDuty lists more than ${OFFSET_CEILING} ${what}, more than its offset paging can reach.`,
        null,
        false,
      );
    }
    const page = await fetchPage(offset, PAGE_LIMIT);
    items.push(...page.items);
    if (!page.more || page.items.length === 0) return items;
  }
}

/** The longest window an endpoint accepts, and where an open-ended window starts when it must be closed. */
export interface WindowSpan {
  maxMs: number;
  earliest: string;
}

export interface WindowedList<T> {
  /** `total` asks PagerDuty to count the window's records (asked once per window). */
  fetchPage(window: TimeWindow, offset: number, limit: number, total: boolean): Promise<OffsetPage<T>>;
  /** The record's created_at, an ISO instant. */
  createdAt(item: T): string;
  /** The order PagerDuty returns; windows are read in this order. */
  order: "newest-first" | "oldest-first";
  /** For messages: "incidents". */
  what: string;
  span?: WindowSpan;
}

/**
 * Records [skip, skip + take) of a time-ordered list across `windows` (consecutive, in the list's order), and
 * whether more follow. `take` may be Infinity to read to the end.
 */
export async function readWindowed<T>(
  list: WindowedList<T>,
  windows: readonly TimeWindow[],
  skip: number,
  take: number,
): Promise<{ items: T[]; more: boolean }> {
  const items: T[] = [];
  const queue = [...windows];
  let position = skip;
  for (let window = queue.shift(); window; window = queue.shift()) {
    const result = await readWindow(list, window, position, take, items);
    if (result.kind === "full") return { items, more: result.more || (await anyRecordIn(list, queue)) };
    if (result.kind === "narrowed") {
      queue.unshift(...splitWindow(result.window, list.span, list.order));
      position = result.position;
    } else {
      position = Math.max(0, position - result.count);
    }
  }
  return { items, more: false };
}

type WindowResult =
  /** `take` records are read; `more` says whether this window holds further ones. */
  | { kind: "full"; more: boolean }
  /** The window holds `count` records and all of them from `position` on are read. */
  | { kind: "exhausted"; count: number }
  /** The ceiling is reached: go on in `window` at `position`. */
  | { kind: "narrowed"; window: TimeWindow; position: number };

async function readWindow<T>(
  list: WindowedList<T>,
  window: TimeWindow,
  start: number,
  take: number,
  items: T[],
): Promise<WindowResult> {
  let position = start;
  let first = true;
  let total: number | null = null;
  const lastReachable = (w: TimeWindow, withTotal: boolean) =>
    list.fetchPage(w, OFFSET_CEILING - PAGE_LIMIT, PAGE_LIMIT, withTotal);

  if (position >= OFFSET_CEILING) {
    const tail = await lastReachable(window, true);
    if (!tail.more)
      return { kind: "exhausted", count: tail.total ?? OFFSET_CEILING - PAGE_LIMIT + tail.items.length };
    const next = narrowWindow(window, tail.items, list);
    return { kind: "narrowed", window: next.window, position: position - OFFSET_CEILING + next.overlap };
  }
  for (;;) {
    const limit = Math.min(PAGE_LIMIT, OFFSET_CEILING - position, take - items.length);
    const page = await list.fetchPage(window, position, limit, first);
    if (first) total = page.total;
    first = false;
    items.push(...page.items.slice(0, take - items.length));
    position += page.items.length;
    if (items.length >= take) return { kind: "full", more: page.more };
    if (!page.more || page.items.length === 0) {
      return { kind: "exhausted", count: page.items.length > 0 ? position : (total ?? position) };
    }
    if (position >= OFFSET_CEILING) {
      const tail =
        position - page.items.length === OFFSET_CEILING - PAGE_LIMIT
          ? page
          : await lastReachable(window, false);
      const next = narrowWindow(window, tail.items, list);
      return { kind: "narrowed", window: next.window, position: next.overlap };
    }
  }
}

async function anyRecordIn<T>(list: WindowedList<T>, windows: readonly TimeWindow[]): Promise<boolean> {
  for (const window of windows) {
    const page = await list.fetchPage(window, 0, 1, false);
    if (page.items.length > 0) return true;
  }
  return false;
}

/**
 * A window cut into consecutive windows no longer than `span.maxMs`, in reading order. An open end is closed at
 * `span.earliest`; a window open at both ends (every record) is left whole; an empty window gives none. Pure.
 */
export function splitWindow(
  window: TimeWindow,
  span: WindowSpan | undefined,
  order: "newest-first" | "oldest-first",
): TimeWindow[] {
  if (!span || window.until === null || (window.since === null && window.until === null)) return [window];
  const since = Date.parse(window.since ?? span.earliest);
  const until = Date.parse(window.until);
  if (since >= until) return [];
  const pieces: TimeWindow[] = [];
  for (let end = until; end > since; end -= span.maxMs) {
    pieces.push({
      since: new Date(Math.max(since, end - span.maxMs)).toISOString(),
      until: new Date(end).toISOString(),
    });
  }
  return order === "newest-first" ? pieces : pieces.reverse();
}

/**
 * The window that starts where `tail` (the last reachable page) ends, and how many records at its start were
 * already read. The boundary is rounded to whole seconds, so an API that drops sub-seconds still overlaps exactly.
 */
export function narrowWindow<T>(
  window: TimeWindow,
  tail: readonly T[],
  list: Pick<WindowedList<T>, "createdAt" | "order" | "what">,
): { window: TimeWindow; overlap: number } {
  const times = tail.map((item) => Date.parse(list.createdAt(item)));
  const first = times[0];
  const last = times[times.length - 1];
  if (first === undefined || last === undefined || times.some(Number.isNaN)) {
    throw new UpstreamError(
      "PagerDuty",
      `PagerDuty sent ${list.what} without a readable created_at.`,
      null,
      false,
    );
  }
  const order = first > last ? "newest-first" : first < last ? "oldest-first" : list.order;
  const lastSecond = Math.floor(last / 1000) * 1000;
  let boundary: number;
  let overlap: number;
  let progressed: boolean;
  if (order === "newest-first") {
    const until = window.until === null ? Number.POSITIVE_INFINITY : Date.parse(window.until);
    boundary = Math.min(lastSecond + 1000, until);
    overlap = times.filter((t) => t < boundary).length;
    progressed = boundary < until;
  } else {
    const since = window.since === null ? Number.NEGATIVE_INFINITY : Date.parse(window.since);
    boundary = Math.max(lastSecond, since);
    overlap = times.filter((t) => t >= boundary).length;
    progressed = boundary > since;
  }
  // The shared records must all lie in this page, or the skip count would be a guess.
  if (!progressed || overlap >= tail.length) {
    throw new UpstreamError(
      "PagerDuty",
      `PagerDuty holds more than ${tail.length} ${list.what} created within the second of ${new Date(last).toISOString()}, too many to page through; narrow the time range.`,
      null,
      false,
    );
  }
  const instant = new Date(boundary).toISOString();
  return {
    window:
      order === "newest-first"
        ? { since: window.since, until: instant }
        : { since: instant, until: window.until },
    overlap,
  };
}
