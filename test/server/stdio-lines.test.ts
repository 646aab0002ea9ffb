import { describe, expect, it } from "vitest";
import { wholeLines } from "../../src/server/stdio-lines.js";

/** Feeds `pieces` through the splitter; returns the chunks it passed on and the sizes it dropped. */
async function split(pieces: (string | Buffer)[], maxLineBytes?: number) {
  const dropped: number[] = [];
  const stream = wholeLines((bytes) => dropped.push(bytes), maxLineBytes);
  const out: string[] = [];
  stream.on("data", (chunk: Buffer) => out.push(chunk.toString("utf8")));
  for (const piece of pieces) stream.write(typeof piece === "string" ? Buffer.from(piece) : piece);
  stream.end();
  await new Promise((resolve) => stream.on("end", resolve));
  return { out, dropped };
}

describe("wholeLines", () => {
  it("passes one whole line per chunk, however the bytes were cut", async () => {
    const text = Buffer.from('{"a":"€€"}\n{"b":2}\r\n{"c":3}\n');
    const pieces = Array.from({ length: Math.ceil(text.length / 3) }, (_, k) =>
      text.subarray(k * 3, k * 3 + 3),
    );
    const { out, dropped } = await split(pieces);
    expect(out).toEqual(['{"a":"€€"}\n', '{"b":2}\r\n', '{"c":3}\n']);
    expect(dropped).toEqual([]);
  });

  it("passes several lines that arrive in one chunk as several chunks, and holds an unfinished line", async () => {
    const { out } = await split(["one\ntwo\nthr", "ee\nfour"]);
    expect(out).toEqual(["one\n", "two\n", "three\n"]);
  });

  it("drops a line longer than the limit whole, says how long it was, and goes on with the next", async () => {
    const { out, dropped } = await split(["short\n", "x".repeat(6), "x".repeat(6), "x\nafter\n"], 10);
    expect(out).toEqual(["short\n", "after\n"]);
    expect(dropped).toEqual([14]);
  });
});
