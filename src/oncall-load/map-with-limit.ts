/**
 * Maps with at most `limit` calls in flight, results in input order. Keeps a wide fan-out (a schedule render per
 * schedule) from queueing dozens of requests, each listening on the same abort signal, inside a source's own limiter.
 */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
