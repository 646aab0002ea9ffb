// MCP Apps: the three tools name their ui:// view in tools/list, the views are resources with the extension's MIME
// type, and a client without the extension gets the same answer plus a _meta it may ignore.
import { RESOURCE_MIME_TYPE } from "@modelcontextprotocol/ext-apps/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VIEW_META_KEY, VIEWS } from "../../src/views/views.js";
import { connectInMemory, type TestClient } from "../helpers/mcp-client.js";

describe("MCP Apps views", () => {
  let session: TestClient;
  beforeAll(async () => {
    session = await connectInMemory({});
  });
  afterAll(async () => session?.close());

  it("are named by suggest_shadow_pairings, summarize_incident and oncall_load only", async () => {
    const { tools } = await session.client.listTools();
    const named = Object.fromEntries(
      tools.filter((tool) => tool._meta).map((tool) => [tool.name, tool._meta?.ui]),
    );
    expect(named).toEqual({
      suggest_shadow_pairings: { resourceUri: "ui://oncall-mentor/shadow-rotation.html" },
      summarize_incident: { resourceUri: "ui://oncall-mentor/incident-timeline.html" },
      oncall_load: { resourceUri: "ui://oncall-mentor/oncall-load.html" },
    });
  });

  it("are served as self-contained HTML documents with the extension's MIME type", async () => {
    const { resources } = await session.client.listResources();
    for (const view of VIEWS) {
      expect(resources.find((resource) => resource.uri === view.uri)).toMatchObject({
        mimeType: RESOURCE_MIME_TYPE,
      });
      const read = await session.client.readResource({ uri: view.uri });
      const text = (read.contents[0] as { text: string }).text;
      expect(read.contents[0]?.mimeType).toBe(RESOURCE_MIME_TYPE);
      expect(text.startsWith("<!doctype html>")).toBe(true);
      // Nothing loaded from elsewhere: no src or href attribute, no stylesheet link, no import.
      expect(text).not.toMatch(/<script[^>]*\bsrc=|<link\b|<img\b|@import/);
    }
  });

  it("are not offered when their tools are not", async () => {
    const runbooksOnly = await connectInMemory({ ONCALL_TOOLSETS: "runbooks" });
    const { resources } = await runbooksOnly.client.listResources();
    expect(resources.filter((resource) => resource.uri.startsWith("ui://"))).toEqual([]);
    await runbooksOnly.close();
  });

  it("add only a _meta beside the answer's text and structured content", async () => {
    const answer = await session.call("suggest_shadow_pairings", {});
    expect(Object.keys(answer).sort()).toEqual(["_meta", "content", "structuredContent"]);
    expect(Object.keys(answer._meta ?? {})).toEqual([VIEW_META_KEY]);
    const load = await session.call("oncall_load", {});
    expect(Object.keys(load).sort()).toEqual(["content", "structuredContent"]);
  });
});
