// Terms of incident text for lexical ranking. Identifiers stay whole (`gw-consumer`, `max_client_conn`,
// `deployment/payments-api`) and are also split into their parts, so "consumer" finds `gw-consumer` while the whole
// identifier, rarer, weighs more. CamelCase alert names split too (`KubePodCrashLooping` → kube, pod, crash, looping).
import { stem } from "./stem.js";

export interface Term {
  /** What is indexed: lower case, stemmed when it is a plain word. */
  term: string;
  /** How it was written (lower case), for explanations a person reads. */
  surface: string;
}

// Runs of letters and digits joined by single separators: an identifier, a path, a host name, a key.
const IDENTIFIER = /[\p{L}\p{N}]+(?:[-_./:@][\p{L}\p{N}]+)*/gu;
const PATH_SEPARATORS = /[./:@]/;
const WORD_SEPARATORS = /[-_]/;
const CAMEL_BOUNDARY =
  /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const MAX_TERM_CHARS = 64;

const STOPWORDS = new Set(
  (
    "a an the and or but if then else of to in on at by for from with without as is are was were be been being " +
    "it its this that these those there here we i you he she they them our us my your their not no so than too " +
    "very can could would should will just do does did done has have had up out over under again once all any " +
    "both each few more most other some such only own same into about after before above below between through " +
    "during while when where what which who whom why how also one two per via still now get got let lets ok since until"
  ).split(" "),
);

/** Numbers say little on their own, except three-digit status codes (401, 429, 503). */
function informative(term: string): boolean {
  if (term.length < 2 || term.length > MAX_TERM_CHARS) return false;
  if (/^\d+$/.test(term)) return term.length === 3;
  return /\p{L}/u.test(term);
}

function pushWord(word: string, out: Term[]): void {
  const surface = word.toLowerCase();
  if (STOPWORDS.has(surface) || !informative(surface)) return;
  out.push({ term: stem(surface), surface });
}

function pushWordAndCamelParts(word: string, out: Term[]): void {
  const parts = word.split(CAMEL_BOUNDARY).filter((part) => part.length > 0);
  pushWord(word, out);
  if (parts.length > 1) for (const part of parts) pushWord(part, out);
}

function pushWhole(identifier: string, out: Term[]): void {
  const surface = identifier.toLowerCase();
  if (informative(surface)) out.push({ term: surface, surface });
}

/** Every term of the text, in order, repeated as often as it occurs. */
export function tokenize(text: string): Term[] {
  const out: Term[] = [];
  for (const match of text.matchAll(IDENTIFIER)) {
    const identifier = match[0];
    if (!PATH_SEPARATORS.test(identifier) && !WORD_SEPARATORS.test(identifier)) {
      pushWordAndCamelParts(identifier, out);
      continue;
    }
    pushWhole(identifier, out);
    for (const component of identifier.split(PATH_SEPARATORS)) {
      if (WORD_SEPARATORS.test(component)) {
        if (component !== identifier) pushWhole(component, out);
        for (const word of component.split(WORD_SEPARATORS)) pushWordAndCamelParts(word, out);
      } else {
        pushWordAndCamelParts(component, out);
      }
    }
  }
  return out;
}

/** Just the indexed terms. */
export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}
