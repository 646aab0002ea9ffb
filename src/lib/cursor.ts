// Opaque paging cursors: the offset of the next page, tied to the query that produced it.
import { createHash } from "node:crypto";
import { UserInputError } from "./errors.js";

function fingerprint(query: unknown): string {
  return createHash("sha256").update(JSON.stringify(query)).digest("base64url").slice(0, 12);
}

export function encodeCursor(offset: number, query: unknown): string {
  return Buffer.from(JSON.stringify({ o: offset, q: fingerprint(query) })).toString("base64url");
}

/** The offset the cursor points at; 0 without a cursor. */
export function decodeCursor(cursor: string | undefined, query: unknown): number {
  if (!cursor) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as {
      o?: unknown;
      q?: unknown;
    };
    if (
      typeof parsed.o === "number" &&
      Number.isInteger(parsed.o) &&
      parsed.o >= 0 &&
      typeof parsed.q === "string"
    ) {
      if (parsed.q !== fingerprint(query)) {
        throw new UserInputError(
          "cursor belongs to a different query; repeat the same filters, or call again without cursor.",
        );
      }
      return parsed.o;
    }
  } catch (error) {
    if (error instanceof UserInputError) throw error;
  }
  throw new UserInputError(
    "cursor is not one this server gave out; pass nextCursor from the previous answer unchanged.",
  );
}
