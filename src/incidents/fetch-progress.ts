// Progress notifications while records are fetched: one per finished read, sent only when the client asked.
import type { CallContext } from "../ports/call-context.js";

export type TrackRead = <T>(read: Promise<T>, what: string) => Promise<T>;

/** Wraps reads so each one that finishes reports "done of total"; a lost notification never fails the call. */
export function trackReads(ctx: Pick<CallContext, "progress">, total?: number): TrackRead {
  let done = 0;
  return async (read, what) => {
    const value = await read;
    done += 1;
    await ctx.progress(done, total, `Read ${what}`).catch(() => undefined);
    return value;
  };
}
