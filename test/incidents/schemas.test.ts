import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  incidentSummarySchema,
  oncallDigestSchema,
  summarizeIncidentInput,
  summarizeOncallPeriodInput,
} from "../../src/incidents/schemas.js";

type JsonSchema = { [key: string]: unknown };

/** Paths of properties, at any depth, that carry no description. */
function undescribed(schema: JsonSchema, path = "$"): string[] {
  const missing: string[] = [];
  const properties = (schema["properties"] ?? {}) as Record<string, JsonSchema>;
  for (const [name, property] of Object.entries(properties)) {
    if (typeof property["description"] !== "string" || property["description"].length === 0)
      missing.push(`${path}.${name}`);
    missing.push(...undescribed(property, `${path}.${name}`));
  }
  for (const key of ["items", "additionalProperties"]) {
    const inner = schema[key];
    if (inner && typeof inner === "object") missing.push(...undescribed(inner as JsonSchema, `${path}[]`));
  }
  for (const variant of (schema["anyOf"] ?? []) as JsonSchema[]) missing.push(...undescribed(variant, path));
  return missing;
}

describe.each([
  ["summarize_incident", incidentSummarySchema],
  ["summarize_oncall_period", oncallDigestSchema],
])("%s output schema", (_name, schema) => {
  const json = z.toJSONSchema(schema) as JsonSchema;

  it("has no $ref or definitions", () => {
    const text = JSON.stringify(json);
    expect(text).not.toContain("$ref");
    expect(text).not.toContain("$defs");
  });

  it("describes every field", () => {
    expect(undescribed(json)).toEqual([]);
  });

  it("is a plain object schema", () => {
    expect(json["type"]).toBe("object");
  });
});

describe("input schemas", () => {
  it("default the detail to brief", () => {
    expect(summarizeIncidentInput.parse({ incidentId: " 1234 " })).toEqual({
      incidentId: "1234",
      detail: "brief",
    });
  });

  it("turn period bounds into instants and refuse a malformed one", () => {
    const parsed = summarizeOncallPeriodInput.parse({ since: "2026-11-17", until: "2026-11-24T12:00:00Z" });
    expect(parsed.since?.toISOString()).toBe("2026-11-17T00:00:00.000Z");
    expect(parsed.until?.toISOString()).toBe("2026-11-24T12:00:00.000Z");
    expect(summarizeOncallPeriodInput.safeParse({ since: "last tuesday" }).success).toBe(false);
  });
});
