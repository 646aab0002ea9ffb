// One family of resources as plain data: a URI template, how to list and complete its members, and how to read one.
import type { CallContext } from "./call-context.js";
import type { Completer } from "./prompt.js";

export interface ListedResource {
  uri: string;
  name: string;
}

export interface ResourceDefinition {
  name: string;
  title: string;
  description: string;
  /** RFC 6570 template such as incident://{id}. */
  uriTemplate: string;
  mimeType: string;
  /** The text is the server's own (a view document), not records: published as is, without redaction. */
  verbatim?: boolean;
  /** Members offered by resources/list; a failure leaves the other resources listed, and is logged. */
  list?(ctx: CallContext): Promise<ListedResource[]>;
  complete?: Record<string, Completer>;
  /** The text of the resource named by the template's variables (as written in the URI, not yet decoded). */
  read(variables: Record<string, string>, ctx: CallContext): Promise<string>;
}

export function defineResource(definition: ResourceDefinition): ResourceDefinition {
  return definition;
}
