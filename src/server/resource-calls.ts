// resources/list, resources/templates/list and resources/read over the registry's resource definitions. A
// definition whose template has no variables is one fixed resource; one with variables is a template, whose members
// are found by completion rather than listed (see ports/resource.ts).

import { UriTemplate } from "@modelcontextprotocol/sdk/shared/uriTemplate.js";
import type { ReadResourceResult, Resource, ResourceTemplate } from "@modelcontextprotocol/sdk/types.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";
import type { ResourceDefinition } from "../ports/resource.js";
import type { AppContext } from "./app-context.js";
import { publishText, withProtocolCall } from "./protocol-call.js";

function isFixed(resource: ResourceDefinition): boolean {
  return !resource.uriTemplate.includes("{");
}

/** The resources that exist without asking a source: each definition whose template has no variables. */
export function listResources(resources: readonly ResourceDefinition[]): Resource[] {
  return resources.filter(isFixed).map((resource) => ({
    uri: resource.uriTemplate,
    name: resource.name,
    title: resource.title,
    description: resource.description,
    mimeType: resource.mimeType,
  }));
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
