// Stable PagerDuty-looking ids for records that have none in the workspace: "P" + 6 characters, the same every run.
import { createHash } from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export function derivedId(kind: string, key: string, length = 6, prefix = "P"): string {
  const digest = createHash("sha256").update(`${kind}:${key}`).digest();
  let id = prefix;
  for (let i = 0; i < length; i++) id += ALPHABET[digest[i]! % ALPHABET.length];
  return id;
}
