// oncall_load's share of the tools/list budget, measured as clients see it.
import { describe, expect, it } from "vitest";
import { oncallLoadTool } from "../../src/oncall-load/oncall-load-tool.js";
import { describeTools } from "../../src/server/tool-listing.js";

describe("oncall_load schema", () => {
  const [listed] = describeTools([oncallLoadTool]);
  const text = JSON.stringify([listed!.description, listed!.inputSchema, listed!.outputSchema]);

  it("has no $ref, and takes at most 3.2 KB of description and schemas", () => {
    expect(text).not.toMatch(/"\$ref"|"\$defs"/);
    expect(Buffer.byteLength(text)).toBeLessThan(3200);
  });

  it("documents the default thresholds in the input schema", () => {
    expect(listed!.inputSchema).toMatchObject({
      properties: {
        thresholds: {
          properties: {
            sleepPagesIn7Days: { default: 6 },
            streakDays: { default: 8 },
            onCallShare: { default: 0.5 },
          },
        },
      },
    });
  });
});
