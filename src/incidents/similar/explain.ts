// Why a match matched, in phrases a person checks in a second: "same alert key `gw-5xx`", "same service",
// "notes share: pgbouncer, max_client_conn". Pure.
import type { Field, SimilarityDocument } from "./document.js";
import type { RankedDocument } from "./rank.js";

const TERMS_PER_PHRASE = 4;
const KEYS_SHOWN = 2;
/** Terms that carry less than this share of the strongest term's weight are not worth a reader's second. */
const WEAK_SHARE = 0.2;

const PHRASES: { field: Exclude<Field, "service">; lead: string }[] = [
  { field: "title", lead: "title shares" },
  { field: "keys", lead: "alert key shares" },
  { field: "notes", lead: "notes share" },
];

/** The field a shared term is best shown under: where it says the most about the candidate. */
function shownField(fields: ReadonlySet<Field> | undefined): Field | null {
  if (!fields) return null;
  for (const field of ["title", "keys", "notes", "service"] as const) if (fields.has(field)) return field;
  return null;
}

/** Whether `part` is a piece of the identifier `whole`: `conn` of `max_client_conn`, `killed` of `oomkilled`. */
function isPartOf(part: string, whole: string): boolean {
  if (part === whole) return false;
  return whole
    .split(/[-_./:@]/)
    .some((piece) => piece === part || (part.length >= 3 && piece.includes(part)));
}

/** The strongest shared terms, leaving out a part when its whole identifier is shown (`max` of `max_client_conn`). */
function strongestTerms(
  terms: [string, number][],
  document: SimilarityDocument,
  query: SimilarityDocument,
): string[] {
  const shown: string[] = [];
  for (const [term] of [...terms].sort((a, b) => b[1] - a[1])) {
    const surface = document.surfaces.get(term) ?? query.surfaces.get(term) ?? term;
    if (shown.some((whole) => whole === surface || isPartOf(surface, whole))) continue;
    for (let i = shown.length - 1; i >= 0; i--) if (isPartOf(shown[i]!, surface)) shown.splice(i, 1);
    shown.push(surface);
    if (shown.length === TERMS_PER_PHRASE) break;
  }
  return shown;
}

export function explainMatch(ranked: RankedDocument, query: SimilarityDocument): string[] {
  const phrases: string[] = [];
  for (const key of ranked.sharedAlertKeys.slice(0, KEYS_SHOWN)) phrases.push(`same alert key \`${key}\``);
  if (ranked.sameService) phrases.push("same service");

  const byField = new Map<Field, [string, number][]>();
  const strongest = Math.max(0, ...ranked.contributions.values());
  for (const [term, contribution] of ranked.contributions) {
    if (contribution < strongest * WEAK_SHARE) continue;
    const field = shownField(ranked.document.fields.get(term));
    if (field === null || field === "service") continue;
    // Terms of a shared alert key are already said by "same alert key".
    if (field === "keys" && ranked.sharedAlertKeys.length > 0) continue;
    const list = byField.get(field) ?? [];
    list.push([term, contribution]);
    byField.set(field, list);
  }
  for (const { field, lead } of PHRASES) {
    const terms = byField.get(field);
    if (!terms?.length) continue;
    phrases.push(`${lead}: ${strongestTerms(terms, ranked.document, query).join(", ")}`);
  }
  return phrases;
}
