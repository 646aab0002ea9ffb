// Hands the SDK's stdio transport one whole line per chunk. Its read buffer joins every chunk to what it holds and
// searches the whole for a newline again, so a line arriving in many pieces costs time quadratic in its length
// (10 MB: seconds). Here each piece is searched once and a line is joined once. Framing only: the transport still
// decodes, parses and validates every message. A line longer than the transport accepts is dropped whole, with a
// sentence to the log, rather than being cut into garbage.
import { Transform, type TransformCallback } from "node:stream";

/** What the SDK's stdio transport accepts in one message (STDIO_DEFAULT_MAX_BUFFER_SIZE). */
export const MAX_LINE_BYTES = 10 * 1024 * 1024;

export function wholeLines(onDropped: (bytes: number) => void, maxLineBytes = MAX_LINE_BYTES): Transform {
  let pieces: Buffer[] = [];
  let held = 0;
  let dropping = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      let start = 0;
      for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
        const tail = chunk.subarray(start, newline + 1);
        if (!dropping && held + tail.length <= maxLineBytes) this.push(Buffer.concat([...pieces, tail]));
        else onDropped(held + tail.length);
        pieces = [];
        held = 0;
        dropping = false;
        start = newline + 1;
      }
      const rest = chunk.subarray(start);
      if (rest.length > 0 && !dropping) {
        if (held + rest.length > maxLineBytes) {
          dropping = true;
          pieces = [];
        } else pieces.push(rest);
      }
      held += rest.length;
      done();
    },
  });
}
