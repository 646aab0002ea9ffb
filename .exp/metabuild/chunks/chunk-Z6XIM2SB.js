import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  NotFoundError
} from "./chunk-WMQNFYIK.js";

// src/lib/known-ids.ts
var KNOWN_IDS_LISTED = 10;
function unknownIdError(field, kind, id, known) {
  return new NotFoundError(`No ${kind} "${id}" (${field}); ${knownIdsPhrase(kind, known)}.`);
}
function knownIdsPhrase(kind, known) {
  let shown = known.slice(0, KNOWN_IDS_LISTED).map((k) => `"${k}"`), rest = known.length - shown.length;
  return shown.length === 0 ? `there are no ${kind}s to choose from` : `known ${kind}s: ${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}
function unknownIds(ids, known) {
  if (!ids?.length) return [];
  let accepted = new Set(known.listed);
  for (let alias of known.alsoAccepted ?? []) alias !== null && accepted.add(alias);
  return [...new Set(ids)].filter((id) => !accepted.has(id));
}
function requireKnownIds(field, kind, ids, known) {
  let [first] = unknownIds(ids, known);
  if (first !== void 0) throw unknownIdError(field, kind, first, known.listed);
}

export {
  unknownIdError,
  knownIdsPhrase,
  unknownIds,
  requireKnownIds
};
