// The one place that says what this server offers: the tools, prompts and resources of the enabled capabilities
// (write tools only when writes are enabled), and which sources are outside services in this configuration.
import type { Config } from "../config.js";
import { incidentCapability } from "../incidents/capability.js";
import { oncallLoadCapability } from "../oncall-load/capability.js";
import type { Capability } from "../ports/capability.js";
import type { AnyPromptDefinition } from "../ports/prompt.js";
import type { ResourceDefinition } from "../ports/resource.js";
import type { SourceName } from "../ports/sources.js";
import type { AnyToolDefinition } from "../ports/tool.js";
import { runbookCapability } from "../runbooks/capability.js";
import { shadowingCapability } from "../shadowing/capability.js";
import { viewResources } from "../views/view-resources.js";

export const CAPABILITIES: readonly Capability[] = [
  incidentCapability,
  oncallLoadCapability,
  runbookCapability,
  shadowingCapability,
];

export interface Offer {
  tools: AnyToolDefinition[];
  prompts: AnyPromptDefinition[];
  resources: ResourceDefinition[];
  /** Sources answered by an outside service (PagerDuty, GitHub): the tools that reach them are open-world. */
  remote: ReadonlySet<SourceName>;
}

export function offerFor(config: Config): Offer {
  const enabled = CAPABILITIES.filter((capability) => config.toolsets.includes(capability.toolset));
  const tools = enabled
    .flatMap((capability) => capability.tools)
    .filter((tool) => config.enableWrites || !tool.writes);
  return {
    tools,
    prompts: enabled.flatMap((capability) => capability.prompts ?? []),
    resources: [
      ...enabled.flatMap((capability) => capability.resources ?? []),
      ...viewResources(new Set(tools.map((tool) => tool.name))),
    ],
    remote: remoteSources(config),
  };
}

/** The tools a configuration exposes: enabled toolsets only, and write tools only when writes are enabled. */
export function enabledTools(app: { config: Config }): AnyToolDefinition[] {
  return offerFor(app.config).tools;
}

function remoteSources(config: Config): Set<SourceName> {
  const remote = new Set<SourceName>();
  if (config.pagerduty) for (const name of ["incidents", "schedules", "shadows"] as const) remote.add(name);
  if (config.github) remote.add("runbooks");
  return remote;
}
