import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  unknownIdError
} from "./chunk-Z6XIM2SB.js";
import {
  NotFoundError
} from "./chunk-WMQNFYIK.js";

// src/shadowing/tools/engineers.ts
function knownEngineer(team, id, field) {
  let engineer = team.engineers.find((e) => e.id === id);
  if (!engineer)
    throw unknownIdError(
      field,
      "engineer",
      id,
      team.engineers.map((e) => e.id)
    );
  return engineer;
}
function engineerOf(team, id) {
  let engineer = team.engineers.find((e) => e.id === id);
  if (!engineer) {
    let example = team.engineers.find((e) => e.mentee)?.id ?? team.engineers[0]?.id ?? "erin";
    throw new NotFoundError(
      `No engineer "${id}" in team.yaml; mentee takes an engineer id such as "${example}".`
    );
  }
  return engineer;
}

export {
  knownEngineer,
  engineerOf
};
