// Build-time only: starts the real server for every configuration variant and records what it answers.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { SUPPORTED_PROTOCOL_VERSIONS } from "@modelcontextprotocol/sdk/types.js";
import type { Toolset } from "../config.js";
import { parseConfig } from "../config-parse.js";
import { CAPABILITIES, createServer } from "../server.js";
import { createSources } from "../sources/select.js";
import { describeTools } from "../tool-calls.js";
import { type StartupManifest, variantKey } from "./manifest.js";

const TOOLSETS: Toolset[] = ["incidents", "runbooks", "shadowing"];

function subsets<T>(items: T[]): T[][] {
  return items
    .flatMap((_, i) => subsets(items.slice(i + 1)).map((rest) => [items[i]!, ...rest]))
    .concat([[]]);
}

async function initializeAnswer(toolsets: Toolset[], enableWrites: boolean) {
  const config = { ...parseConfig({}, []), toolsets, enableWrites };
  const { sources } = await createSources(config);
  const { server } = createServer({ config, sources, log: { info: () => {}, warn: () => {} } });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: "manifest", version: "1" });
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
  const answer = {
    capabilities: client.getServerCapabilities() ?? {},
    serverInfo: client.getServerVersion()!,
    instructions: client.getInstructions(),
  };
  await client.close();
  return answer;
}

export async function buildStartupManifest(): Promise<StartupManifest> {
  const capabilities: StartupManifest["capabilities"] = {};
  let first: Awaited<ReturnType<typeof initializeAnswer>> | null = null;
  for (const toolsets of subsets(TOOLSETS).filter((set) => set.length > 0)) {
    for (const enableWrites of [false, true]) {
      const answer = await initializeAnswer(toolsets, enableWrites);
      first ??= answer;
      capabilities[variantKey({ toolsets, enableWrites })] = answer.capabilities;
    }
  }
  return {
    serverInfo: first!.serverInfo,
    instructions: first!.instructions,
    protocolVersions: [...SUPPORTED_PROTOCOL_VERSIONS],
    capabilities,
    tools: CAPABILITIES.flatMap((capability) =>
      describeTools(capability.tools).map((listing, i) => ({
        toolset: capability.toolset,
        writes: capability.tools[i]!.writes,
        listing,
      })),
    ),
  };
}
