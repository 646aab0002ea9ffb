import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import "./chunk-DKVNMX5N.js";

// src/server/stdio-lines.ts
import { Transform } from "node:stream";
var MAX_LINE_BYTES = 10 * 1024 * 1024;
function wholeLines(onDropped, maxLineBytes = MAX_LINE_BYTES) {
  let pieces = [], held = 0, dropping = !1;
  return new Transform({
    transform(chunk, _encoding, done) {
      let start = 0;
      for (let newline = chunk.indexOf(10); newline !== -1; newline = chunk.indexOf(10, start)) {
        let tail = chunk.subarray(start, newline + 1);
        !dropping && held + tail.length <= maxLineBytes ? this.push(Buffer.concat([...pieces, tail])) : onDropped(held + tail.length), pieces = [], held = 0, dropping = !1, start = newline + 1;
      }
      let rest = chunk.subarray(start);
      rest.length > 0 && !dropping && (held + rest.length > maxLineBytes ? (dropping = !0, pieces = []) : pieces.push(rest)), held += rest.length, done();
    }
  });
}
export {
  MAX_LINE_BYTES,
  wholeLines
};
