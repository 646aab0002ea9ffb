// Everything the front defers: sources, the team file check, and the SDK server itself.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { Config } from "../config.js";
import type { AppContext, Logger } from "../context.js";
import { createServer } from "../server.js";
import { createSources, type SourceChoice } from "../sources/select.js";

/** Picks the sources and reads the team file, which is read in every mode; a malformed one is reported here. */
export async function prepareSources(config: Config): Promise<SourceChoice> {
  const choice = await createSources(config);
  await choice.sources.team.load();
  return choice;
}

export function connectorFor(config: Config, log: Logger, choice: SourceChoice) {
  return async (transport: Transport) => {
    const app: AppContext = { config, sources: choice.sources, log };
    const { server } = createServer(app);
    await server.connect(transport);
  };
}
