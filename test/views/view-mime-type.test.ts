import { RESOURCE_MIME_TYPE } from "@modelcontextprotocol/ext-apps/server";
import { describe, expect, it } from "vitest";
import { VIEW_MIME_TYPE } from "../../src/views/view-resources.js";

describe("the views' MIME type", () => {
  it("is the one MCP Apps hosts render (kept as a constant so that start-up does not load the extension)", () => {
    expect(VIEW_MIME_TYPE).toBe(RESOURCE_MIME_TYPE);
  });
});
