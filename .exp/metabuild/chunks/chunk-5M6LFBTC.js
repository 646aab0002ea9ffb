import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/map-bounded.ts
async function mapBounded(items, concurrency, task, signal) {
  let results = new Array(items.length), next = 0, failed = !1, worker = async () => {
    for (; next < items.length && !failed; ) {
      let index = next++;
      try {
        signal?.throwIfAborted(), results[index] = await task(items[index], index);
      } catch (error) {
        throw failed = !0, error;
      }
    }
  }, workers = Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, worker);
  return await Promise.all(workers), results;
}

export {
  mapBounded
};
