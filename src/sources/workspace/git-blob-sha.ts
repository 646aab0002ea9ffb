import { createHash } from "node:crypto";

/** The git blob sha-1 of some content (sha1 of "blob <byte length>\0<bytes>"): equal to GitHub's sha for the same bytes. */
export function gitBlobSha(content: string | Uint8Array): string {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex");
}
