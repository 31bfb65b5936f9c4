// Binning helpers for drift statistics. Pure and dependency-free so the same edges can be
// computed here and handed to PostgreSQL's width_bucket in the drift job.

/** Throws a RangeError unless `values` is non-empty and every value is finite. */
export function assertFiniteSample(values: ArrayLike<number>, where: string, name: string): void {
  if (values.length === 0) throw new RangeError(`${where}: ${name} is empty`);
  for (let i = 0; i < values.length; i++) {
    // NaN/±Infinity would silently poison sums and comparisons downstream.
    if (!Number.isFinite(values[i])) throw new RangeError(`${where}: ${name}[${i}] is not a finite number`);
  }
}

function assertBins(bins: number, where: string): void {
  if (!Number.isInteger(bins) || bins < 1)
    throw new RangeError(`${where}: bins must be a positive integer, got ${bins}`);
}

/** Shares of each count in the total. */
export function proportionsFromCounts(counts: number[]): number[] {
  if (counts.length === 0) throw new RangeError("proportionsFromCounts: counts is empty");
  let total = 0;
  for (const count of counts) {
    if (!Number.isFinite(count) || count < 0) throw new RangeError(`proportionsFromCounts: invalid count ${count}`);
    total += count;
  }
  if (total === 0) throw new RangeError("proportionsFromCounts: counts sum to zero");
  return counts.map((count) => count / total);
}

/** Number of edges <= value: exactly PostgreSQL's width_bucket(value, ARRAY[edges]) for sorted edges. */
function bucketOf(value: number, edges: ArrayLike<number>): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (value < (edges[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function assertSortedEdges(innerEdges: ArrayLike<number>, where: string): void {
  for (let i = 0; i < innerEdges.length; i++) {
    const edge = innerEdges[i] as number;
    if (!Number.isFinite(edge)) throw new RangeError(`${where}: edge ${i} is not a finite number`);
    if (i > 0 && edge < (innerEdges[i - 1] as number)) throw new RangeError(`${where}: edges must be ascending`);
  }
}

/** Counts per bin (innerEdges.length + 1 bins, open at both ends); see binProportions. */
export function binCounts(values: ArrayLike<number>, innerEdges: ArrayLike<number>): Float64Array {
  assertSortedEdges(innerEdges, "binCounts");
  const counts = new Float64Array(innerEdges.length + 1);
  for (let i = 0; i < values.length; i++) {
    const index = bucketOf(values[i] as number, innerEdges);
    counts[index] = (counts[index] as number) + 1;
  }
  return counts;
}

/**
 * Share of `values` in each of innerEdges.length + 1 bins. Bin 0 is (−∞, edge[0]), bin i is
 * [edge[i−1], edge[i]), the last is [edge[n−1], +∞) — the buckets of PostgreSQL's
 * `width_bucket(value, ARRAY[edges])`, so a value equal to an edge goes to the upper bin.
 */
export function binProportions(values: number[], innerEdges: number[]): number[] {
  assertFiniteSample(values, "binProportions", "values");
  const counts = binCounts(values, innerEdges);
  const shares = new Array<number>(counts.length);
  for (let i = 0; i < counts.length; i++) shares[i] = (counts[i] as number) / values.length;
  return shares;
}

/** NumPy's default ('linear') quantile of an ascending array, including its lerp rounding. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const virtualIndex = (sorted.length - 1) * q;
  const below = Math.floor(virtualIndex);
  const a = sorted[below] as number;
  if (below >= sorted.length - 1) return sorted[sorted.length - 1] as number;
  const b = sorted[below + 1] as number;
  const t = virtualIndex - below;
  const diff = b - a;
  // NumPy interpolates from the nearer end, which keeps the result monotone in t.
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * Inner bin edges from the reference alone: its quantiles at k/bins for k = 1..bins−1
 * (NumPy 'linear'), ascending, with repeats dropped so no bin is empty by construction.
 */
export function referenceQuantileEdges(reference: number[], bins = 10): number[] {
  assertFiniteSample(reference, "referenceQuantileEdges", "reference");
  assertBins(bins, "referenceQuantileEdges");
  const sorted = Float64Array.from(reference).sort();
  const edges: number[] = [];
  for (let k = 1; k < bins; k++) {
    const edge = quantileSorted(sorted, k / bins);
    // Quantiles are non-decreasing in q, so a repeat can only equal the previous edge.
    if (edges.length === 0 || edge !== edges[edges.length - 1]) edges.push(edge);
  }
  return edges;
}

/**
 * All bin edges of `np.histogram_bin_edges(values, bins='sturges')`, replicating NumPy's
 * arithmetic: width = ptp / (log2(n) + 1); bins = ceil(range / width) (so float rounding can
 * add a bin, as in NumPy); edges = linspace(min, max, bins + 1); min == max widens to ±0.5.
 * Divergences: NumPy floors the width at 1 for *integer* dtypes (a JS number has none), and it
 * raises when a range of a few ulps yields repeated edges, where these just leave empty bins.
 */
export function sturgesEdges(values: ArrayLike<number>): number[] {
  assertFiniteSample(values, "sturgesEdges", "values");
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const width = (max - min) / (Math.log2(values.length) + 1);
  let first = min;
  let last = max;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  }
  const bins = width ? Math.ceil((last - first) / width) : 1;
  const step = (last - first) / bins;
  const edges = new Array<number>(bins + 1);
  // linspace: i * step + start, with the endpoint pinned to stop.
  for (let i = 0; i < bins; i++) edges[i] = i * step + first;
  edges[bins] = last;
  return edges;
}

/** Median of a Float64Array (average of the middle two for even length); reorders `values`. */
export function medianInPlace(values: Float64Array): number {
  const n = values.length;
  if (n === 0) throw new RangeError("median: values is empty");
  const upper = n >> 1;
  select(values, upper);
  const high = values[upper] as number;
  if (n % 2 === 1) return high;
  // After selection everything left of `upper` is <= it; the lower middle is their maximum.
  let low = -Infinity;
  for (let i = 0; i < upper; i++) if ((values[i] as number) > low) low = values[i] as number;
  return (low + high) / 2;
}

/** Hoare-style quickselect: puts the k-th smallest at index k, smaller ones before it. O(n) expected. */
function select(values: Float64Array, k: number): void {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >>> 1] as number;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}
