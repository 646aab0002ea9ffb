// What a client sees before the first tool call: server info, capabilities and the tool listing. Computed at
// build time from the real server (tools/build.mjs), so the fast stdio front answers exactly as the SDK server would.
import type { ServerCapabilities, Tool } from "@modelcontextprotocol/sdk/types.js";
import type { Config, Toolset } from "../config.js";

export interface StartupManifest {
  serverInfo: { name: string; version: string; title?: string };
  instructions: string | undefined;
  /** Protocol versions the bundled SDK speaks, newest first. */
  protocolVersions: string[];
  /** Capabilities by configuration: key from variantKey. */
  capabilities: Record<string, ServerCapabilities>;
  tools: { toolset: Toolset; writes: boolean; listing: Tool }[];
}

export function variantKey(config: Pick<Config, "toolsets" | "enableWrites">): string {
  return `${[...config.toolsets].sort().join(",")}|${config.enableWrites ? "writes" : "read"}`;
}

export function toolsFor(
  manifest: StartupManifest,
  config: Pick<Config, "toolsets" | "enableWrites">,
): Tool[] {
  return manifest.tools
    .filter((tool) => config.toolsets.includes(tool.toolset) && (config.enableWrites || !tool.writes))
    .map((tool) => tool.listing);
}
