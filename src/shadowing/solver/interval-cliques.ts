// A smallest cover of intervals by cliques (sets that share a common moment). In the flow relaxation each
// clique gets capacity 1 per mentee, so a mentee is never sent to two shifts that all run at one moment;
// the greedy below is optimal for interval graphs and gives the tightest such partition.

/** Clique index per interval, numbered 0.. in time order. Intervals are [start, end) with start < end. */
export function coverByCliques(intervals: readonly { start: number; end: number }[]): number[] {
  const order = intervals.map((_, index) => index);
  order.sort((a, b) => intervals[a]!.start - intervals[b]!.start || a - b);
  // The earliest end among the intervals not yet covered: every remaining interval that starts before it
  // contains the moment just before it.
  const suffixMinEnd = new Array<number>(order.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = order.length - 1; i >= 0; i--) {
    suffixMinEnd[i] = Math.min(suffixMinEnd[i + 1]!, intervals[order[i]!]!.end);
  }
  const clique = new Array<number>(intervals.length).fill(-1);
  let next = 0;
  let i = 0;
  while (i < order.length) {
    const moment = suffixMinEnd[i]!;
    while (i < order.length && intervals[order[i]!]!.start < moment) {
      clique[order[i]!] = next;
      i++;
    }
    next++;
  }
  return clique;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
