// Picks the sources and reads the team file, which is read in every mode; a malformed one is reported here.
// Kept apart from the SDK server so that this background check loads only what it needs.
import type { Config } from "../config.js";
import { createSources, type SourceChoice } from "../sources/select.js";

export async function prepareSources(config: Config): Promise<SourceChoice> {
  const choice = await createSources(config);
  await choice.sources.team.load();
  return choice;
}
