// One family of resources as plain data: a URI template, how to complete its variables, and how to read one. Members
// of a template are not listed: resources/list answers at start, before any source is read, so it names only the
// resources that exist without asking one (a template without variables); clients find members by completion.
import type { CallContext } from "./call-context.js";
import type { Completer } from "./prompt.js";

export interface ResourceDefinition {
  name: string;
  title: string;
  description: string;
  /** RFC 6570 template such as incident://{id}. */
  uriTemplate: string;
  mimeType: string;
  /** The text is the server's own (a view document), not records: published as is, without redaction. */
  verbatim?: boolean;
  complete?: Record<string, Completer>;
  /** The text of the resource named by the template's variables (as written in the URI, not yet decoded). */
  read(variables: Record<string, string>, ctx: CallContext): Promise<string>;
}

export function defineResource(definition: ResourceDefinition): ResourceDefinition {
  return definition;
}
