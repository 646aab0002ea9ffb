// Reading PagerDuty's JSON envelopes ({ incidents: [...], more, total }, { incident: {...} }) with errors that
// name the request. The records inside are normalised by ../pagerduty-records.ts.
import { UpstreamError } from "../../lib/errors.js";
import type { FailField, PagerDutyRef } from "../pagerduty-records.js";
import type { OffsetPage } from "./paging.js";

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function malformed(operation: string, problem: string): UpstreamError {
  return new UpstreamError("PagerDuty", `PagerDuty answered ${operation} ${problem}.`, null, true);
}

/** The list under `key` of a paged answer, each item mapped; `at` names the item in messages ("incidents[3]"). */
export function offsetPage<T>(
  data: unknown,
  key: string,
  operation: string,
  map: (raw: JsonObject, at: string) => T,
): OffsetPage<T> {
  const items = listField(data, key, operation).map((item, index) => map(item, `${key}[${index}]`));
  const envelope = data as JsonObject;
  const total = envelope["total"];
  return {
    items,
    more: envelope["more"] === true,
    total: typeof total === "number" && Number.isInteger(total) ? total : null,
  };
}

/** The array under `key`, every item an object. */
export function listField(data: unknown, key: string, operation: string): JsonObject[] {
  if (!isObject(data) || !Array.isArray(data[key])) throw malformed(operation, `without a "${key}" list`);
  const list = data[key] as unknown[];
  return list.map((item, index) => {
    if (!isObject(item)) throw malformed(operation, `with ${key}[${index}] that is not an object`);
    return item;
  });
}

/** The object under `key`: { incident: {...} } → {...}. */
export function objectField(data: unknown, key: string, operation: string): JsonObject {
  if (!isObject(data) || !isObject(data[key])) throw malformed(operation, `without a "${key}" object`);
  return data[key] as JsonObject;
}

export function stringField(raw: JsonObject, key: string, at: string): string {
  const value = raw[key];
  if (typeof value === "string" && value.length > 0) return value;
  throw new UpstreamError("PagerDuty", `PagerDuty sent ${at} without a "${key}" string.`, null, false);
}

/** The FailField the normalisers call: "PagerDuty sent incidents[2] from GET /incidents whose service.id is missing." */
export function failFor(at: string, operation: string): FailField {
  return (field, problem) => {
    throw new UpstreamError(
      "PagerDuty",
      `PagerDuty sent ${at} from ${operation} whose ${field} ${problem}.`,
      null,
      false,
    );
  };
}

/** A user, team or service reference (or the full object), as the normalisers' joins take it. */
export function referenceOf(raw: JsonObject, at: string): PagerDutyRef {
  const text = (key: string) => {
    const value = raw[key];
    return typeof value === "string" && value.length > 0 ? value : null;
  };
  return {
    id: stringField(raw, "id", at),
    type: text("type"),
    summary: text("summary"),
    name: text("name"),
    email: text("email"),
  };
}
