// Summary statistics: medians and nearest-rank percentiles, shared by every capability and the benchmarks.

/** The middle value; the mean of the two middle values when the count is even. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The nearest-rank percentile: the smallest observed value with at least `percent`% of values at or below it,
 * so a p90 is always a time someone actually waited. Null for no values.
 */
export function percentile(values: readonly number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function secondsBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 1000);
}
