// An id the caller named that nothing knows is an error naming it and the ids that do exist: a mistyped service or
// team would otherwise filter everything out, and an empty answer reads as a quiet shift.
import { NotFoundError } from "./errors.js";

/** How many known ids an error lists; the count of the rest follows. */
export const KNOWN_IDS_LISTED = 10;

export interface KnownIds {
  /** The ids to suggest, in the order a reader expects (team.yaml order). */
  listed: readonly string[];
  /** Other spellings that are accepted too (a team.yaml service's PagerDuty id). */
  alsoAccepted?: Iterable<string | null>;
}

/** "No service "x" (serviceIds); known services: a, b, … and 3 more." */
export function unknownIdError(
  field: string,
  kind: string,
  id: string,
  known: readonly string[],
): NotFoundError {
  return new NotFoundError(`No ${kind} "${id}" (${field}); ${knownIdsPhrase(kind, known)}.`);
}

/** "known services: "a", "b" and 3 more", bounded to KNOWN_IDS_LISTED ids. */
export function knownIdsPhrase(kind: string, known: readonly string[]): string {
  const shown = known.slice(0, KNOWN_IDS_LISTED).map((k) => `"${k}"`);
  const rest = known.length - shown.length;
  if (shown.length === 0) return `there are no ${kind}s to choose from`;
  return `known ${kind}s: ${shown.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}

/** The ids among `ids` that `known` does not know, in the caller's order. */
export function unknownIds(ids: readonly string[] | undefined, known: KnownIds): string[] {
  if (!ids?.length) return [];
  const accepted = new Set<string>(known.listed);
  for (const alias of known.alsoAccepted ?? []) if (alias !== null) accepted.add(alias);
  return [...new Set(ids)].filter((id) => !accepted.has(id));
}

/** Throws for the first id `known` does not know. */
export function requireKnownIds(
  field: string,
  kind: string,
  ids: readonly string[] | undefined,
  known: KnownIds,
): void {
  const [first] = unknownIds(ids, known);
  if (first !== undefined) throw unknownIdError(field, kind, first, known.listed);
}
