// PagerDuty's classic pagination: limit (default 25, at most 100), offset, more, and total only when asked.
import type { Query } from "../fakes/http-io.js";
import { argumentsCausedError, invalidInput, OFFSET_CEILING_MESSAGE } from "./pd-errors.js";

export const DEFAULT_LIMIT = 25;
export const MAX_LIMIT = 100;
export const OFFSET_CEILING = 10_000;

export interface Paging {
  limit: number;
  offset: number;
  total: boolean;
}

export interface PageEnvelope {
  limit: number;
  offset: number;
  more: boolean;
  total: number | null;
}

export function single(query: Query, name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
}

export function list(query: Query, name: string): string[] {
  const value = query[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

export function flag(query: Query, name: string): boolean {
  return single(query, name) === "true";
}

function nonNegativeInteger(query: Query, name: string): number | undefined {
  const text = single(query, name);
  if (text === undefined || text === "") return undefined;
  if (!/^\d+$/.test(text))
    throw invalidInput(`${name[0]!.toUpperCase()}${name.slice(1)} must be a whole number.`);
  return Number(text);
}

/** Over-large limits are cut to 100, as PagerDuty does; offset + limit past 10,000 is refused. */
export function parsePaging(query: Query): Paging {
  const requested = nonNegativeInteger(query, "limit") ?? DEFAULT_LIMIT;
  const limit = Math.min(Math.max(requested, 1), MAX_LIMIT);
  const offset = nonNegativeInteger(query, "offset") ?? 0;
  if (offset + limit > OFFSET_CEILING) throw argumentsCausedError(OFFSET_CEILING_MESSAGE);
  return { limit, offset, total: flag(query, "total") };
}

export function envelope(paging: Paging, count: number): PageEnvelope {
  return {
    limit: paging.limit,
    offset: paging.offset,
    more: paging.offset + paging.limit < count,
    total: paging.total ? count : null,
  };
}

/** One page of an in-memory list, with its envelope under `key`. */
export function pageOf<T>(key: string, items: readonly T[], paging: Paging): Record<string, unknown> {
  return {
    [key]: items.slice(paging.offset, paging.offset + paging.limit),
    ...envelope(paging, items.length),
  };
}
