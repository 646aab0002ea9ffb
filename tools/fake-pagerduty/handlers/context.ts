// What every route handler receives and returns.
import type { IncomingHttpHeaders } from "node:http";
import type { Query } from "../../fakes/http-io.js";
import { single } from "../paging.js";
import { invalidInput } from "../pd-errors.js";
import type { FakePagerDutyState } from "../state.js";

export interface HandlerContext {
  state: FakePagerDutyState;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  query: Query;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  /** The fake's clock, in epoch milliseconds. */
  now: () => number;
}

export interface HandlerResult {
  status: number;
  body: unknown;
}

export type Handler = (context: HandlerContext) => HandlerResult;

/** A query time such as `since`, in epoch milliseconds; 400 when present but not a date. */
export function queryTime(query: Query, name: string): number | undefined {
  const text = single(query, name);
  if (text === undefined || text === "") return undefined;
  const ms = Date.parse(text);
  if (Number.isNaN(ms))
    throw invalidInput(`${name[0]!.toUpperCase()}${name.slice(1)} is not a valid date-time.`);
  return ms;
}

export function objectField(value: unknown, name: string): Record<string, unknown> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === "object" && field !== null && !Array.isArray(field)
    ? (field as Record<string, unknown>)
    : undefined;
}
