// The SDK server, loaded on the first request the stdio front cannot answer itself.
import type { Transport } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { Config } from "../config.js";
import type { AppContext, Logger } from "../context.js";
import { createServer } from "../server.js";
import type { SourceChoice } from "../sources/select.js";

export function connectorFor(config: Config, log: Logger, choice: SourceChoice) {
  return async (transport: Transport) => {
    const app: AppContext = { config, sources: choice.sources, log };
    const { server } = createServer(app);
    await server.connect(transport);
  };
}
