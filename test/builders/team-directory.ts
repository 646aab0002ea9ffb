// The one TeamDirectory builder: an empty team.yaml with no asOf; give the lists a test needs.
import type { TeamDirectory } from "../../src/model.js";

export function teamDirectory(overrides: Partial<TeamDirectory> = {}): TeamDirectory {
  return {
    asOf: null,
    engineers: [],
    services: [],
    schedules: [],
    teams: [],
    shadowHistory: [],
    ...overrides,
  };
}
