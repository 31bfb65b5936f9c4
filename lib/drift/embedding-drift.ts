// Embedding drift, with Evidently's three methods side by side: a domain classifier (the verdict, as in
// Evidently's default), the distance between the mean vectors, and the share of drifted components.
import { domainClassifierAuc } from "./classifier";
import { radixSorter } from "./radix-sort";
import { meanMatrixDistance } from "./stats";
import type { VectorMatrix } from "./vector-matrix";
import { EMBEDDING_THRESHOLDS } from "@/lib/vocabulary/drift-thresholds";

export { EMBEDDING_THRESHOLDS } from "@/lib/vocabulary/drift-thresholds";

export interface EmbeddingDriftResult {
  dimensions: number;
  referenceRows: number;
  currentRows: number;
  classifierAuc: number;
  /** The AUC above which the classifier says drifted at these sample sizes (`classifierAucThreshold`). */
  classifierThreshold: number;
  meanDistance: number;
  driftedComponentShare: number;
  drifted: { classifier: boolean; meanDistance: boolean; components: boolean };
}

// One-sided 99 % point of the standard normal.
const Z_99 = 2.326;

/**
 * The AUC the domain classifier must pass for these sample sizes: Evidently's 0.55, or, when the test
 * halves are small, what two halves of one distribution exceed by chance one time in a hundred (the AUC of
 * unrelated scores is a Mann–Whitney statistic, sd √((n + m + 1) / (12·n·m)) around 0.5).
 */
export function classifierAucThreshold(referenceTestRows: number, currentTestRows: number): number {
  const [n, m] = [referenceTestRows, currentTestRows];
  const chance = 0.5 + Z_99 * Math.sqrt((n + m + 1) / (12 * n * m));
  return Math.max(EMBEDDING_THRESHOLDS.classifierAuc, chance);
}

export function embeddingDrift(
  reference: VectorMatrix,
  current: VectorMatrix,
  options: { seed?: number } = {},
): EmbeddingDriftResult {
  const dimensions = reference.dimensions;
  const { auc } = domainClassifierAuc(reference, current, { seed: options.seed });
  // The classifier is tested on the halves it did not train on.
  const classifierThreshold = classifierAucThreshold(
    reference.rows - Math.floor(reference.rows / 2),
    current.rows - Math.floor(current.rows / 2),
  );
  const meanDistance = meanMatrixDistance(reference, current, "euclidean");
  const distances = componentDistances(reference, current);
  const driftedComponents = distances.filter((distance) => distance >= EMBEDDING_THRESHOLDS.component).length;
  const driftedComponentShare = dimensions === 0 ? 0 : driftedComponents / dimensions;
  return {
    dimensions,
    referenceRows: reference.rows,
    currentRows: current.rows,
    classifierAuc: auc,
    classifierThreshold,
    meanDistance,
    driftedComponentShare,
    drifted: {
      classifier: auc > classifierThreshold,
      meanDistance: meanDistance > EMBEDDING_THRESHOLDS.meanDistance,
      components: driftedComponentShare > EMBEDDING_THRESHOLDS.driftedShare,
    },
  };
}

/**
 * Evidently's normed Wasserstein distance of every component: stats.normedWasserstein per column, computed
 * on float32 columns (float32 is what the samples hold), the same arithmetic in the same order: components
 * are copied out a block at a time (a few hundred kilobytes that stay in cache, instead of transposing both
 * samples whole), then each column is summed and radix-sorted in place.
 */
export function componentDistances(reference: VectorMatrix, current: VectorMatrix): number[] {
  const block = Math.min(COMPONENT_BLOCK, reference.dimensions);
  const a = new Float32Array(block * reference.rows);
  const b = new Float32Array(block * current.rows);
  const sort = radixSorter(Math.max(reference.rows, current.rows));
  const distances: number[] = [];
  for (let first = 0; first < reference.dimensions; first += block) {
    const width = Math.min(block, reference.dimensions - first);
    copyColumns(reference, first, width, a);
    copyColumns(current, first, width, b);
    for (let k = 0; k < width; k++) {
      const u = a.subarray(k * reference.rows, (k + 1) * reference.rows);
      const v = b.subarray(k * current.rows, (k + 1) * current.rows);
      let mean = 0;
      for (let i = 0; i < u.length; i++) mean += u[i]!;
      mean /= u.length;
      let squares = 0;
      for (let i = 0; i < u.length; i++) squares += (u[i]! - mean) * (u[i]! - mean);
      sort(u);
      sort(v);
      distances.push(sortedWasserstein(u, v) / Math.max(Math.sqrt(squares / u.length), 0.001));
    }
  }
  return distances;
}

// Components per block: 16 float32 components are one 64-byte cache line of each row.
const COMPONENT_BLOCK = 16;

/** Components [first, first + width) of every row into `out`, column after column. */
function copyColumns({ rows, dimensions, values }: VectorMatrix, first: number, width: number, out: Float32Array) {
  for (let r = 0, from = first; r < rows; r++, from += dimensions)
    for (let k = 0, at = r; k < width; k++, at += rows) out[at] = values[from + k]!;
}

/** ∫|F_u − F_v| of two ascending samples, in one merge pass (as stats.wasserstein1). */
function sortedWasserstein(u: Float32Array, v: Float32Array): number {
  let i = 0;
  let j = 0;
  let previous = Math.min(u[0]!, v[0]!);
  let total = 0;
  while (i < u.length || j < v.length) {
    const takeU = j >= v.length || (i < u.length && u[i]! <= v[j]!);
    const x = takeU ? u[i]! : v[j]!;
    total += Math.abs(i / u.length - j / v.length) * (x - previous);
    previous = x;
    if (takeU) i++;
    else j++;
  }
  return total;
}
