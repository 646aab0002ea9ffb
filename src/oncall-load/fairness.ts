// How evenly a load is shared: the Gini coefficient, 0 when everyone carries the same, (n-1)/n when one person carries all.

/** Gini of non-negative values; 0 for no values or when all are 0. */
export function gini(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const sum = sorted.reduce((total, value) => total + value, 0);
  if (n === 0 || sum === 0) return 0;
  // G = 2·Σ i·x_i / (n·Σ x) − (n + 1) / n, with i counted from 1 over the values in ascending order.
  const weighted = sorted.reduce((total, value, index) => total + (index + 1) * value, 0);
  return (2 * weighted) / (n * sum) - (n + 1) / n;
}
