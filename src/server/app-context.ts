import type { Config } from "../config.js";
import type { Logger } from "../lib/log.js";
import type { Sources } from "../ports/sources.js";

/**
 * What the server is started with: the configuration and the sources it chose. Over stdio the sources are still
 * being chosen (and the team file checked) when the first requests arrive, so they may be a promise.
 */
export interface AppContext {
  config: Config;
  sources: Sources | Promise<Sources>;
  log: Logger;
}
