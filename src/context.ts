import type { Config } from "./config.js";
import type { Sources } from "./sources/ports.js";

/** What the server is started with: the configuration and the sources it chose. */
export interface AppContext {
  config: Config;
  sources: Sources;
  log: Logger;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}
