// The id git gives a file's content, so a proposal can tell locally whether a branch already holds it.
import { createHash } from "node:crypto";

/** sha1("blob <byte length>\0<content>"), as `git hash-object` computes it. */
export function gitBlobSha(content: string): string {
  const bytes = Buffer.from(content, "utf8");
  return createHash("sha1")
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest("hex");
}
