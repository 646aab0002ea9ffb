// One bounded fan-out for every capability. Runs `task` over the items with at most `concurrency` at a time, results in the items' order. Stops starting new
// tasks once the signal aborts or a task fails, and rejects with that reason.

/** Files read at a time from one folder: enough to keep a disk busy, far below any open-file limit (256 on macOS). */
export const FILE_READ_CONCURRENCY = 32;

export async function mapBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        signal?.throwIfAborted();
        results[index] = await task(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({ length: Math.min(Math.max(1, concurrency), items.length) }, worker);
  await Promise.all(workers);
  return results;
}
