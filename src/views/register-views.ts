// Serves each enabled tool's view as a ui:// resource with the MCP Apps MIME type.
import { RESOURCE_MIME_TYPE } from "@modelcontextprotocol/ext-apps/server";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { viewDocument } from "./view-documents.js";
import { VIEWS } from "./views.js";

export function registerViews(server: McpServer, toolNames: ReadonlySet<string>): void {
  for (const view of VIEWS) {
    if (!toolNames.has(view.tool)) continue;
    server.registerResource(
      view.title,
      view.uri,
      { title: view.title, description: view.description, mimeType: RESOURCE_MIME_TYPE },
      async () => ({
        contents: [{ uri: view.uri, mimeType: RESOURCE_MIME_TYPE, text: viewDocument(view.file) }],
      }),
    );
  }
}
