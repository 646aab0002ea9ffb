// Each enabled tool's view as a ui:// resource with the MCP Apps MIME type.
import type { ResourceDefinition } from "../ports/resource.js";
import { viewDocument } from "./view-documents.js";
import { VIEWS } from "./views.js";

/** The MIME type MCP Apps hosts render (RESOURCE_MIME_TYPE of @modelcontextprotocol/ext-apps; a test holds them equal). */
export const VIEW_MIME_TYPE = "text/html;profile=mcp-app";

export function viewResources(toolNames: ReadonlySet<string>): ResourceDefinition[] {
  return VIEWS.filter((view) => toolNames.has(view.tool)).map((view) => ({
    name: view.title,
    title: view.title,
    description: view.description,
    uriTemplate: view.uri,
    mimeType: VIEW_MIME_TYPE,
    verbatim: true,
    read: async () => viewDocument(view.file),
  }));
}
