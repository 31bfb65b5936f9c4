// Drift statistics, written to reproduce Evidently / NumPy / SciPy numbers so results can be
// cross-checked against them. Pure functions, no dependencies; inputs are validated up front
// because a NaN or an empty sample would otherwise come out as a plausible-looking number.
import {
  assertFiniteSample,
  binCounts,
  binProportions,
  medianInPlace,
  referenceQuantileEdges,
  sturgesEdges,
} from "./binning";

export { binProportions, proportionsFromCounts, referenceQuantileEdges } from "./binning";

// Evidently treats a numerical reference with at most this many distinct values as categorical.
const EVIDENTLY_MAX_CATEGORIES = 20;

/** Evidently's empty-bin rule for one side: zeros become 1e-4, or min non-zero / 1e6 when that is <= 1e-4. */
function fillZeroShares(shares: number[], name: string): Float64Array {
  let smallest = Infinity;
  for (let i = 0; i < shares.length; i++) {
    const share = shares[i] as number;
    if (!Number.isFinite(share) || share < 0)
      throw new RangeError(`psiFromProportions: ${name}[${i}] is not a proportion`);
    if (share > 0 && share < smallest) smallest = share;
  }
  if (smallest === Infinity) throw new RangeError(`psiFromProportions: ${name} has no non-zero share`);
  const fill = smallest <= 1e-4 ? smallest / 1e6 : 1e-4;
  return Float64Array.from(shares, (share) => (share === 0 ? fill : share));
}

/** PSI = Σ (r − c)·ln(r / c) over bins of raw shares; empty bins filled per side as Evidently does. */
export function psiFromProportions(reference: number[], current: number[]): number {
  if (reference.length === 0) throw new RangeError("psiFromProportions: reference is empty");
  if (current.length === 0) throw new RangeError("psiFromProportions: current is empty");
  if (reference.length !== current.length) {
    throw new RangeError(`psiFromProportions: ${reference.length} reference bins but ${current.length} current bins`);
  }
  const r = fillZeroShares(reference, "reference");
  const c = fillZeroShares(current, "current");
  let total = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i] as number;
    const ci = c[i] as number;
    total += (ri - ci) * Math.log(ri / ci);
  }
  return total;
}

/** Shares per category over the union of categories seen in either sample (Map keys: SameValueZero). */
function categoryShares<K>(reference: readonly K[], current: readonly K[]): [number[], number[]] {
  // One map from category to [reference count, current count], filled in a pass per sample.
  const counts = new Map<K, [number, number]>();
  for (const key of reference) {
    const pair = counts.get(key);
    if (pair) pair[0] += 1;
    else counts.set(key, [1, 0]);
  }
  for (const key of current) {
    const pair = counts.get(key);
    if (pair) pair[1] += 1;
    else counts.set(key, [0, 1]);
  }
  const r: number[] = [];
  const c: number[] = [];
  for (const [refCount, curCount] of counts.values()) {
    r.push(refCount / reference.length);
    c.push(curCount / current.length);
  }
  return [r, c];
}

function hasMoreDistinctThan(values: readonly number[], limit: number): boolean {
  const seen = new Set<number>();
  for (const value of values) {
    seen.add(value);
    if (seen.size > limit) return true; // stop early: large samples rarely need a full pass
  }
  return false;
}

function countsToShares(counts: Float64Array, size: number): number[] {
  return Array.from(counts, (count) => count / size);
}

/**
 * PSI of two numeric samples.
 * - 'reference-quantile' (default): inner edges at the reference's k/bins quantiles (default 10
 *   bins), open outer bins — the same buckets the SQL job gets from width_bucket.
 * - 'evidently': Evidently's legacy PSI. A reference with <= 20 distinct values is treated as
 *   categorical; otherwise NumPy Sturges edges over the pooled sample. `bins` is ignored here.
 */
export function psi(
  reference: number[],
  current: number[],
  options?: { binning?: "evidently" | "reference-quantile"; bins?: number },
): number {
  assertFiniteSample(reference, "psi", "reference");
  assertFiniteSample(current, "psi", "current");
  if ((options?.binning ?? "reference-quantile") === "reference-quantile") {
    const edges = referenceQuantileEdges(reference, options?.bins ?? 10);
    return psiFromProportions(binProportions(reference, edges), binProportions(current, edges));
  }
  if (!hasMoreDistinctThan(reference, EVIDENTLY_MAX_CATEGORIES)) {
    const [r, c] = categoryShares(reference, current);
    return psiFromProportions(r, c);
  }
  const pooled = new Float64Array(reference.length + current.length);
  pooled.set(reference);
  pooled.set(current, reference.length);
  // Outer edges are the pooled min/max, so every value lands in a bin; np.histogram's closed last
  // bin is the open top bucket here, and values on an inner edge go up in both.
  const inner = sturgesEdges(pooled).slice(1, -1);
  return psiFromProportions(
    countsToShares(binCounts(reference, inner), reference.length),
    countsToShares(binCounts(current, inner), current.length),
  );
}

/** PSI over categories: one bin per category seen in either sample. */
export function categoricalPsi(reference: string[], current: string[]): number {
  if (reference.length === 0) throw new RangeError("categoricalPsi: reference is empty");
  if (current.length === 0) throw new RangeError("categoricalPsi: current is empty");
  const [r, c] = categoryShares(reference, current);
  return psiFromProportions(r, c);
}

function normalised(weights: number[], name: string): Float64Array {
  if (weights.length === 0) throw new RangeError(`jensenShannonDistance: ${name} is empty`);
  let sum = 0;
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`jensenShannonDistance: ${name} has an invalid weight ${w}`);
    sum += w;
  }
  if (sum === 0) throw new RangeError(`jensenShannonDistance: ${name} sums to zero`);
  return Float64Array.from(weights, (w) => w / sum);
}

/** Jensen–Shannon distance, natural log, as scipy.spatial.distance.jensenshannon (inputs normalised). */
export function jensenShannonDistance(referenceProportions: number[], currentProportions: number[]): number {
  const p = normalised(referenceProportions, "referenceProportions");
  const q = normalised(currentProportions, "currentProportions");
  if (p.length !== q.length) throw new RangeError(`jensenShannonDistance: ${p.length} vs ${q.length} bins`);
  let divergence = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] as number;
    const qi = q[i] as number;
    const mi = (pi + qi) / 2;
    // rel_entr(0, m) = 0; m > 0 whenever either term is non-zero.
    if (pi > 0) divergence += pi * Math.log(pi / mi);
    if (qi > 0) divergence += qi * Math.log(qi / mi);
  }
  // Rounding can leave a tiny negative where SciPy would return NaN; the true value is 0.
  return Math.sqrt(Math.max(divergence, 0) / 2);
}

/** 1-D Wasserstein-1 between empirical samples, as scipy.stats.wasserstein_distance (∫|F_u − F_v|). */
export function wasserstein1(reference: number[], current: number[]): number {
  assertFiniteSample(reference, "wasserstein1", "reference");
  assertFiniteSample(current, "wasserstein1", "current");
  const u = Float64Array.from(reference).sort();
  const v = Float64Array.from(current).sort();
  const n = u.length;
  const m = v.length;
  // One merge pass over the pooled order: between consecutive pooled values both CDFs are flat.
  let i = 0;
  let j = 0;
  let previous = Math.min(u[0] as number, v[0] as number);
  let total = 0;
  while (i < n || j < m) {
    const takeU = j >= m || (i < n && (u[i] as number) <= (v[j] as number));
    const x = takeU ? (u[i] as number) : (v[j] as number);
    total += Math.abs(i / n - j / m) * (x - previous);
    previous = x;
    if (takeU) i++;
    else j++;
  }
  return total;
}

function populationStd(values: number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  const mean = sum / values.length;
  let squares = 0;
  for (const value of values) squares += (value - mean) * (value - mean); // two passes: no cancellation
  return Math.sqrt(squares / values.length);
}

/** Evidently's normed Wasserstein: W1 / max(population std of reference, 0.001). */
export function normedWasserstein(reference: number[], current: number[]): number {
  const distance = wasserstein1(reference, current); // validates both samples
  return distance / Math.max(populationStd(reference), 0.001);
}

/** Row-major copy of a matrix, checking it is non-empty, rectangular and finite. */
function flatten(rows: number[][], where: string, name: string, dim: number): Float64Array {
  if (rows.length === 0) throw new RangeError(`${where}: ${name} is empty`);
  if (dim === 0) throw new RangeError(`${where}: vectors have no dimensions`);
  const flat = new Float64Array(rows.length * dim);
  rows.forEach((row, r) => {
    if (row.length !== dim)
      throw new RangeError(`${where}: ${name}[${r}] has ${row.length} dimensions, expected ${dim}`);
    assertFiniteSample(row, where, `${name}[${r}]`);
    flat.set(row, r * dim);
  });
  return flat;
}

function meanVector(flat: ArrayLike<number>, rows: number, dim: number): Float64Array {
  const mean = new Float64Array(dim);
  for (let r = 0; r < rows; r++)
    for (let d = 0; d < dim; d++) mean[d] = (mean[d] as number) + (flat[r * dim + d] as number);
  for (let d = 0; d < dim; d++) mean[d] = (mean[d] as number) / rows;
  return mean;
}

/** Vectors as one row-major array: row r is values[r·dimensions, (r + 1)·dimensions). */
export interface FlatVectors {
  rows: number;
  dimensions: number;
  values: ArrayLike<number>;
}

/** Distance between the two mean embeddings (Evidently's "distance" method); cosine = 1 − cos sim. */
export function meanEmbeddingDistance(
  reference: number[][],
  current: number[][],
  metric: "euclidean" | "cosine",
): number {
  const dim = reference[0]?.length ?? 0;
  const flat = (rows: number[][], name: string): FlatVectors => ({
    rows: rows.length,
    dimensions: dim,
    values: flatten(rows, "meanEmbeddingDistance", name, dim),
  });
  return meanMatrixDistance(flat(reference, "reference"), flat(current, "current"), metric);
}

/** meanEmbeddingDistance of vectors already laid out flat (non-empty, of one dimension, finite). */
export function meanMatrixDistance(
  reference: FlatVectors,
  current: FlatVectors,
  metric: "euclidean" | "cosine",
): number {
  const dim = reference.dimensions;
  const a = meanVector(reference.values, reference.rows, dim);
  const b = meanVector(current.values, current.rows, dim);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  let squared = 0;
  for (let d = 0; d < dim; d++) {
    const x = a[d] as number;
    const y = b[d] as number;
    ab += x * y;
    aa += x * x;
    bb += y * y;
    squared += (x - y) * (x - y);
  }
  if (metric === "euclidean") return Math.sqrt(squared);
  if (aa === 0 || bb === 0) throw new RangeError("meanEmbeddingDistance: cosine is undefined for a zero mean vector");
  // As scipy.spatial.distance.cosine: 1 − uv / sqrt(uu·vv), clipped to [0, 2] against rounding.
  return Math.min(Math.max(1 - ab / Math.sqrt(aa * bb), 0), 2);
}

function squaredDistance(flat: Float64Array, i: number, j: number, dim: number): number {
  let sum = 0;
  for (let d = 0, x = i * dim, y = j * dim; d < dim; d++, x++, y++) {
    const diff = (flat[x] as number) - (flat[y] as number);
    sum += diff * diff;
  }
  return sum;
}

/**
 * Unbiased MMD² with the RBF kernel k(x, y) = exp(−gamma·‖x − y‖²).
 * Default gamma = 1 / median of the squared distances over all distinct pairs of the pooled
 * sample (the median heuristic); if that median is 0 (many duplicates), the median of the
 * non-zero ones; if every point is identical the samples cannot differ and the result is 0.
 * O(N²) time and, when gamma is defaulted, O(N²) memory for N pooled rows: subsample large inputs.
 */
export function mmd2(reference: number[][], current: number[][], gamma?: number): number {
  const m = reference.length;
  const n = current.length;
  if (m < 2 || n < 2) throw new RangeError("mmd2: the unbiased estimator needs at least 2 vectors per sample");
  if (gamma !== undefined && !(Number.isFinite(gamma) && gamma > 0))
    throw new RangeError(`mmd2: gamma must be positive, got ${gamma}`);
  const dim = reference[0]?.length ?? 0;
  const pooled = new Float64Array((m + n) * dim);
  pooled.set(flatten(reference, "mmd2", "reference", dim));
  pooled.set(flatten(current, "mmd2", "current", dim), m * dim);
  const size = m + n;

  let distances: Float64Array | undefined;
  let g = gamma;
  if (g === undefined) {
    distances = new Float64Array((size * (size - 1)) / 2);
    for (let i = 0, p = 0; i < size; i++)
      for (let j = i + 1; j < size; j++) distances[p++] = squaredDistance(pooled, i, j, dim);
    let median = medianInPlace(distances.slice());
    if (median === 0) {
      const positive = distances.filter((d) => d > 0);
      if (positive.length === 0) return 0;
      median = medianInPlace(positive);
    }
    g = 1 / median;
  }

  // Pairs i < j only; each within-sample sum is doubled below for the i ≠ j sum.
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (let i = 0, p = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++, p++) {
      const d = distances ? (distances[p] as number) : squaredDistance(pooled, i, j, dim);
      // k(x, x) = 1 even when a subnormal median made gamma infinite (∞·0 would be NaN).
      const k = d === 0 ? 1 : Math.exp(-g * d);
      if (j < m) xx += k;
      else if (i >= m) yy += k;
      else xy += k;
    }
  }
  return (2 * xx) / (m * (m - 1)) + (2 * yy) / (n * (n - 1)) - (2 * xy) / (m * n);
}
