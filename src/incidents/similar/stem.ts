// A light English suffix stripper (the plural and -ed/-ing steps of Porter's first step), so that "restarted",
// "restarting" and "restarts" meet. Words only: identifiers such as `max_client_conn` are never stemmed.

const VOWEL = /[aeiouy]/;
const DOUBLE_CONSONANT = /([b-df-hj-km-rtv-xz])\1$/;

export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);

  let cut = false;
  if (w.endsWith("ing") && w.length >= 6 && VOWEL.test(w.slice(0, -3))) {
    w = w.slice(0, -3);
    cut = true;
  } else if (w.endsWith("ed") && !w.endsWith("eed") && w.length >= 5 && VOWEL.test(w.slice(0, -2))) {
    w = w.slice(0, -2);
    cut = true;
  }
  // "stopped" → "stop", but "stalled" keeps its "ll" like "stall".
  if (cut && DOUBLE_CONSONANT.test(w)) w = w.slice(0, -1);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}
