// resources/list, resources/templates/list and resources/read over the registry's resource definitions. A
// definition whose template has no variables is one fixed resource; one with variables is a template.

import { UriTemplate } from "@modelcontextprotocol/sdk/shared/uriTemplate.js";
import type { ReadResourceResult, Resource, ResourceTemplate } from "@modelcontextprotocol/sdk/types.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import type { ResourceDefinition } from "../ports/resource.js";
import type { AppContext } from "./app-context.js";
import { publishText, withProtocolCall } from "./protocol-call.js";

/** Resources listed per template at most; the tools filter the rest. */
export const LISTED_PER_TEMPLATE = 200;

function isFixed(resource: ResourceDefinition): boolean {
  return !resource.uriTemplate.includes("{");
}

export async function listResources(
  app: AppContext,
  resources: readonly ResourceDefinition[],
  signal: AbortSignal,
): Promise<Resource[]> {
  const listed = await Promise.all(
    resources.map(async (resource): Promise<Resource[]> => {
      if (isFixed(resource))
        return [
          {
            uri: resource.uriTemplate,
            name: resource.name,
            title: resource.title,
            description: resource.description,
            mimeType: resource.mimeType,
          },
        ];
      if (!resource.list) return [];
      const list = resource.list;
      try {
        const members = await withProtocolCall(app, `listing ${resource.name} resources`, signal, (ctx) =>
          list(ctx),
        );
        return members.slice(0, LISTED_PER_TEMPLATE).map((member) => ({
          uri: member.uri,
          name: publishText(app, member.name),
          mimeType: resource.mimeType,
        }));
      } catch (error) {
        // A source that cannot answer leaves the other resources listed, and says so in the log.
        const reason =
          error instanceof McpError ? error.message.replace(/^MCP error -?\d+: /, "") : String(error);
        app.log.warn(`${resource.name} resources not listed: ${reason}`);
        return [];
      }
    }),
  );
  return listed.flat();
}

export function describeTemplates(resources: readonly ResourceDefinition[]): ResourceTemplate[] {
  return resources
    .filter((resource) => !isFixed(resource))
    .map((resource) => ({
      uriTemplate: resource.uriTemplate,
      name: resource.name,
      title: resource.title,
      description: resource.description,
      mimeType: resource.mimeType,
    }));
}

/** The definition that serves a URI, and the template's variables in it. */
export function resourceFor(
  resources: readonly ResourceDefinition[],
  uri: string,
): { resource: ResourceDefinition; variables: Record<string, string> } | null {
  for (const resource of resources) {
    if (isFixed(resource)) {
      if (resource.uriTemplate === uri) return { resource, variables: {} };
      continue;
    }
    const matched = new UriTemplate(resource.uriTemplate).match(uri);
    if (matched)
      return {
        resource,
        variables: Object.fromEntries(
          Object.entries(matched).map(([name, value]) => [name, String([value].flat()[0] ?? "")]),
        ),
      };
  }
  return null;
}

export async function readResource(
  app: AppContext,
  resources: readonly ResourceDefinition[],
  uri: string,
  signal: AbortSignal,
): Promise<ReadResourceResult> {
  const found = resourceFor(resources, uri);
  if (!found)
    throw new McpError(
      ErrorCode.InvalidParams,
      publishText(
        app,
        `There is no resource ${uri}; resources/list and resources/templates/list show what there is.`,
      ),
    );
  const { resource, variables } = found;
  const text = await withProtocolCall(app, `reading ${uri}`, signal, (ctx) => resource.read(variables, ctx));
  return {
    contents: [{ uri, mimeType: resource.mimeType, text: resource.verbatim ? text : publishText(app, text) }],
  };
}
