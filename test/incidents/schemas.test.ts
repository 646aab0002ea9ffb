import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addIncidentNoteTool } from "../../src/incidents/add-incident-note-tool.js";
import {
  incidentSummarySchema,
  incidentSummaryWithNarrativeSchema,
  oncallDigestSchema,
  summarizeIncidentInput,
  summarizeIncidentOutput,
  summarizeOncallPeriodInput,
  summarizeOncallPeriodOutput,
} from "../../src/incidents/schemas.js";
import { summarizeIncidentTool } from "../../src/incidents/summarize-incident-tool.js";
import { summarizeOncallPeriodTool } from "../../src/incidents/summarize-oncall-period-tool.js";
import { describeTools } from "../../src/server/tool-listing.js";

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

describe("the schemas tools/list advertises", () => {
  it("name exactly the top-level fields of the detailed schemas", () => {
    expect(Object.keys(summarizeIncidentOutput.shape).sort()).toEqual(
      Object.keys(incidentSummaryWithNarrativeSchema.shape).sort(),
    );
    expect(Object.keys(summarizeOncallPeriodOutput.shape).sort()).toEqual(
      Object.keys(oncallDigestSchema.shape).sort(),
    );
  });

  // tools/list for every tool together must stay under 25 KB with ~14 tools: about 1.8 KB each. The handoff may take
  // 2.4 KB: issue 13 gave it two more output lists (each incident's handling, the work open at the end) and a detail
  // input. summarize_incident may take 2.3 KB: its resolution became {text, entryIds, actions} and it names its MCP
  // Apps view in _meta.ui (issue 18). The three together keep within 3 × 1.9 KB.
  it("keep the three incident tools within 3 × 1.9 KB, none over 2.3 KB but the handoff's 2.4 KB", () => {
    const listed = describeTools([summarizeIncidentTool, summarizeOncallPeriodTool, addIncidentNoteTool]);
    const sizes = listed.map((tool) => Buffer.byteLength(JSON.stringify(tool)));
    for (const [index, tool] of listed.entries())
      expect(sizes[index]).toBeLessThanOrEqual(tool.name === "summarize_oncall_period" ? 2_400 : 2_300);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3 * 1_900);
  });

  it("have no $ref", () => {
    const text = JSON.stringify(
      describeTools([summarizeIncidentTool, summarizeOncallPeriodTool, addIncidentNoteTool]),
    );
    expect(text).not.toMatch(/"\$ref"|"\$defs"/);
  });
});
