// The benchmarks read the same statistics the product reports; an empty sample reads as NaN in a table.
import { median as medianOrNull, percentile as percentileOrNull } from "../../src/lib/stats.js";

export const median = (values: number[]): number => medianOrNull(values) ?? Number.NaN;

export const percentile = (values: number[], p: number): number => percentileOrNull(values, p) ?? Number.NaN;
