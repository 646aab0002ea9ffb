// Records kept in time order so that a window and a page are found by binary search, not by scanning:
// listing log entries stays fast with tens of thousands of them.

export class TimeIndex<T> {
  private entries: { ms: number; item: T }[] = [];
  private sorted = true;

  add(ms: number, item: T): void {
    const last = this.entries[this.entries.length - 1];
    if (last && last.ms > ms) this.sorted = false;
    this.entries.push({ ms, item });
  }

  get size(): number {
    return this.entries.length;
  }

  /** Items with sinceMs ≤ time < untilMs (either bound may be absent). */
  window(sinceMs?: number, untilMs?: number): TimeWindow<T> {
    if (!this.sorted) {
      // A stable sort keeps records of the same instant in the order they were added.
      this.entries.sort((a, b) => a.ms - b.ms);
      this.sorted = true;
    }
    const low = sinceMs === undefined ? 0 : this.firstAtOrAfter(sinceMs);
    const high = untilMs === undefined ? this.entries.length : this.firstAtOrAfter(untilMs);
    return new TimeWindow(this.entries, low, Math.max(low, high));
  }

  private firstAtOrAfter(ms: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries[middle]!.ms < ms) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

export class TimeWindow<T> {
  constructor(
    private readonly entries: readonly { ms: number; item: T }[],
    private readonly low: number,
    private readonly high: number,
  ) {}

  get count(): number {
    return this.high - this.low;
  }

  /** Oldest first. */
  ascending(offset = 0, limit = Number.POSITIVE_INFINITY): T[] {
    const start = this.low + offset;
    const end = Math.min(this.high, start + limit);
    const items: T[] = [];
    for (let i = start; i < end; i++) items.push(this.entries[i]!.item);
    return items;
  }

  /** Newest first. */
  descending(offset = 0, limit = Number.POSITIVE_INFINITY): T[] {
    const start = this.high - 1 - offset;
    const end = Math.max(this.low, start - limit + 1);
    const items: T[] = [];
    for (let i = start; i >= end; i--) items.push(this.entries[i]!.item);
    return items;
  }
}
