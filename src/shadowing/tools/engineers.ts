// One engineer of team.yaml, by the id a caller gave to a shadowing tool or prompt.
import { NotFoundError } from "../../lib/errors.js";
import { unknownIdError } from "../../lib/known-ids.js";
import type { Engineer, TeamDirectory } from "../../model.js";

/** The engineer, or a NotFoundError naming the field and listing the known ids. */
export function knownEngineer(team: TeamDirectory, id: string, field: string): Engineer {
  const engineer = team.engineers.find((e) => e.id === id);
  if (!engineer)
    throw unknownIdError(
      field,
      "engineer",
      id,
      team.engineers.map((e) => e.id),
    );
  return engineer;
}

/** The engineer a `mentee` argument names, or a NotFoundError with an example mentee id. */
export function engineerOf(team: TeamDirectory, id: string): Engineer {
  const engineer = team.engineers.find((e) => e.id === id);
  if (!engineer) {
    const example = team.engineers.find((e) => e.mentee)?.id ?? team.engineers[0]?.id ?? "erin";
    throw new NotFoundError(
      `No engineer "${id}" in team.yaml; mentee takes an engineer id such as "${example}".`,
    );
  }
  return engineer;
}
