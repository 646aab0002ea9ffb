import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/incidents/fetch-progress.ts
function trackReads(ctx, total) {
  let done = 0;
  return async (read, what) => {
    let value = await read;
    return done += 1, await ctx.progress(done, total, `Read ${what}`).catch(() => {
    }), value;
  };
}

export {
  trackReads
};
