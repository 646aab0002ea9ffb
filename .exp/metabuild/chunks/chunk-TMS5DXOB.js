import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/text.ts
function clip(text, max, oneLine = !0) {
  let flat = oneLine ? text.replace(/\s+/g, " ").trim() : text.trim();
  return flat.length <= max ? flat : `${flat.slice(0, Math.max(0, max - 1)).trimEnd()}\u2026`;
}
function plural(count, noun, nouns = `${noun}s`) {
  return `${count} ${count === 1 ? noun : nouns}`;
}
function byteLength(text) {
  return Buffer.byteLength(text, "utf8");
}

export {
  clip,
  plural,
  byteLength
};
