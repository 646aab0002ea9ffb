import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/lib/stats.ts
function median(values) {
  if (values.length === 0) return null;
  let sorted = [...values].sort((a, b) => a - b), middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function percentile(values, percent) {
  if (values.length === 0) return null;
  let sorted = [...values].sort((a, b) => a - b), rank = Math.max(1, Math.ceil(percent / 100 * sorted.length));
  return sorted[rank - 1];
}
function secondsBetween(start, end) {
  return Math.round((Date.parse(end) - Date.parse(start)) / 1e3);
}

export {
  median,
  percentile,
  secondsBetween
};
