// Bounded strings and counted nouns for the text people read.

/** At most `max` characters, whitespace runs collapsed when `oneLine`, an ellipsis where text was cut. */
export function clip(text: string, max: number, oneLine = true): string {
  const flat = oneLine ? text.replace(/\s+/g, " ").trim() : text.trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}
