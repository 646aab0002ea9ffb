// A counting semaphore: at most `limit` tasks run at once; the rest wait their turn (first come, first served).
// Waiters that share an abort signal share one listener on it: a listener per waiter would pass Node's limit of
// 10 listeners in any wide fan-out under one call's signal, and print MaxListenersExceededWarning.

export interface ConcurrencyLimit {
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

interface Waiter {
  signal: AbortSignal | undefined;
  grant(): void;
  refuse(reason: unknown): void;
}

interface Watch {
  waiters: Set<Waiter>;
  onAbort(): void;
}

export function createConcurrencyLimit(limit: number): ConcurrencyLimit {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`concurrency must be a whole number ≥ 1, not ${limit}`);
  let running = 0;
  let queue: Waiter[] = [];
  const watches = new Map<AbortSignal, Watch>();

  const watch = (waiter: Waiter, signal: AbortSignal) => {
    let entry = watches.get(signal);
    if (!entry) {
      const waiters = new Set<Waiter>();
      const onAbort = () => {
        watches.delete(signal);
        queue = queue.filter((queued) => !waiters.has(queued));
        for (const refused of waiters) refused.refuse(signal.reason);
      };
      entry = { waiters, onAbort };
      watches.set(signal, entry);
      signal.addEventListener("abort", onAbort, { once: true });
    }
    entry.waiters.add(waiter);
  };

  const unwatch = (waiter: Waiter) => {
    if (!waiter.signal) return;
    const entry = watches.get(waiter.signal);
    if (!entry) return;
    entry.waiters.delete(waiter);
    if (entry.waiters.size > 0) return;
    watches.delete(waiter.signal);
    waiter.signal.removeEventListener("abort", entry.onAbort);
  };

  const acquire = (signal?: AbortSignal): Promise<void> => {
    if (running < limit) {
      running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        signal,
        grant: () => {
          unwatch(waiter);
          running++;
          resolve();
        },
        refuse: reject,
      };
      if (signal) watch(waiter, signal);
      queue.push(waiter);
    });
  };

  const release = () => {
    running--;
    queue.shift()?.grant();
  };

  return {
    async run(task, signal) {
      signal?.throwIfAborted();
      await acquire(signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
  };
}
