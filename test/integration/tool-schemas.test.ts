// Schemas every client can read: no $ref anywhere, and the whole tools/list under a size budget.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enabledTools } from "../../src/server/registry.js";
import { connectInMemory, type TestClient } from "../helpers/mcp-client.js";

// Every client reads every schema on every conversation. 24 KB until this round added, for real use: ids typed string
// or integer (assistants send numbers), draft/propose `changes` and `reviewed`, find_similar `until`, the handoff's
// open work and `detail`, the three MCP Apps `_meta.ui` links (about 1 KB after shorter descriptions), and the path
// to on call: oncall_readiness, create_incident_drill, stage and milestones in
// mentee_progress (about 2 KB a tool, most of it the output schema a client checks). 31 KB since the drill record
// (record_incident_drill, 1.1 KB, a write tool listed only when writes are enabled), the handoff's work resolved
// from before the period, read_runbook's warnings and each piece of evidence's record id: 31,233 bytes, 16 tools;
// 31,549 with record_shadow_rotation's undo and its sentences on who is paged first (reverse shadows in PagerDuty).
const BUDGET_BYTES = 31 * 1024;

describe("tool schemas with every toolset and writes enabled", () => {
  let session: TestClient;
  beforeAll(async () => {
    session = await connectInMemory({ ONCALL_ENABLE_WRITES: "1" });
  });
  afterAll(async () => session?.close());

  it("contain no $ref and no $defs", async () => {
    const { tools } = await session.client.listTools();
    for (const tool of tools) {
      const text = JSON.stringify([tool.inputSchema, tool.outputSchema]);
      expect(text, tool.name).not.toMatch(/"\$ref"|"\$defs"|"definitions"/);
    }
  });

  it("take every …Id field as a string or an integer, as assistants send ids", async () => {
    const { tools } = await session.client.listTools();
    const idFields = tools.flatMap((tool) =>
      Object.entries((tool.inputSchema.properties ?? {}) as Record<string, { type?: unknown }>)
        .filter(([name]) => /Id$/.test(name))
        .map(([name, schema]) => [`${tool.name}.${name}`, schema.type] as const),
    );
    expect(idFields.length).toBeGreaterThanOrEqual(8);
    for (const [field, type] of idFields) expect(type, field).toEqual(["string", "integer"]);
  });

  it(`stay under ${BUDGET_BYTES} bytes in total`, async () => {
    const { tools } = await session.client.listTools();
    const bytes = Buffer.byteLength(JSON.stringify({ tools }));
    console.log(`tools/list: ${tools.length} tools, ${bytes} bytes`);
    expect(bytes).toBeLessThan(BUDGET_BYTES);
  });

  it("have honest annotations: read tools read-only, write tools not", async () => {
    const { tools } = await session.client.listTools();
    const writes = new Map(enabledTools(session.app).map((tool) => [tool.name, tool.writes]));
    for (const tool of tools) {
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(!writes.get(tool.name));
      if (writes.get(tool.name)) {
        expect(typeof tool.annotations?.destructiveHint, tool.name).toBe("boolean");
        expect(typeof tool.annotations?.idempotentHint, tool.name).toBe("boolean");
      }
    }
  });
});
