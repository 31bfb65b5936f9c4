import { SeededRandom } from "@/lib/util/random";

// Statistics for comparing two prompt versions on the same items: percentiles (as PostgreSQL's
// percentile_cont computes them, so the numbers match the SQL views), Spearman's rank correlation, and
// paired bootstrap percentile intervals. The bootstrap is seeded: the same comparison always reports the
// same interval. Pure.

export interface Estimate {
  value: number | null;
  /** 95 % bootstrap percentile interval; null when there is too little data. */
  low: number | null;
  high: number | null;
}

/** Linear interpolation between closest ranks (percentile_cont). `sorted` must be ascending. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const a = sorted[lower] as number;
  const b = sorted[upper] as number;
  return a + (b - a) * (position - lower);
}

export function percentile(values: readonly number[], p: number): number | null {
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** 1-based ranks, ties sharing the average of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  // An index sort on a typed array: this runs once per bootstrap resample, so no objects are allocated.
  const order = Int32Array.from(values, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number));
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1] as number] === values[order[start] as number]) end++;
    const rank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) result[order[i] as number] = rank;
    start = end + 1;
  }
  return result;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const mx = mean(x);
  const my = mean(y);
  if (mx === null || my === null || x.length < 2) return null;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho (Pearson correlation of the ranks); null with fewer than 2 points or no variation. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) throw new Error("spearman needs paired samples");
  return pearson(ranks(x), ranks(y));
}

/** `resamples` draws of n item indices with replacement, from a seeded generator. */
export function resampleIndices(n: number, resamples: number, seed: number): Int32Array[] {
  const random = new SeededRandom(seed);
  return Array.from({ length: resamples }, () => {
    const sample = new Int32Array(n);
    for (let i = 0; i < n; i++) sample[i] = Math.floor(random.next() * n);
    return sample;
  });
}

const IDENTITY = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/**
 * A statistic over all items and its paired bootstrap interval: the statistic is recomputed on every
 * resample of the items (the same resamples for every statistic of a comparison); resamples where it is
 * undefined (e.g. no valid pair drawn) are skipped.
 */
export function bootstrap(
  n: number,
  samples: readonly Int32Array[],
  statistic: (indices: Int32Array) => number | null,
): Estimate {
  const value = n === 0 ? null : statistic(IDENTITY(n));
  if (value === null) return { value, low: null, high: null };
  const draws: number[] = [];
  for (const sample of samples) {
    const drawn = statistic(sample);
    if (drawn !== null && Number.isFinite(drawn)) draws.push(drawn);
  }
  // Fewer than 20 usable resamples cannot place a 2.5 % tail.
  if (draws.length < 20) return { value, low: null, high: null };
  const sorted = Float64Array.from(draws).sort();
  return { value, low: percentileOfSorted(sorted, 0.025), high: percentileOfSorted(sorted, 0.975) };
}
