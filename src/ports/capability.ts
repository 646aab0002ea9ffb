// One area of the server (incidents, runbooks, shadowing): its tools, prompts and resources, all plain data.
import type { AnyPromptDefinition } from "./prompt.js";
import type { ResourceDefinition } from "./resource.js";
import type { AnyToolDefinition } from "./tool.js";

export type Toolset = "incidents" | "runbooks" | "shadowing";

export interface Capability {
  toolset: Toolset;
  tools: readonly AnyToolDefinition[];
  prompts?: readonly AnyPromptDefinition[];
  resources?: readonly ResourceDefinition[];
}
