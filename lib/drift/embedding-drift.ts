// Embedding drift, with Evidently's three methods side by side: a domain classifier (the verdict, as in
// Evidently's default), the distance between the mean vectors, and the share of drifted components.
import { domainClassifierAuc } from "./classifier";
import { radixSorter } from "./radix-sort";
import { meanEmbeddingDistance } from "./stats";
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
  reference: number[][],
  current: number[][],
  options: { seed?: number } = {},
): EmbeddingDriftResult {
  const dimensions = reference[0]?.length ?? 0;
  const { auc } = domainClassifierAuc(reference, current, { seed: options.seed });
  // The classifier is tested on the halves it did not train on.
  const classifierThreshold = classifierAucThreshold(
    reference.length - Math.floor(reference.length / 2),
    current.length - Math.floor(current.length / 2),
  );
  const meanDistance = meanEmbeddingDistance(reference, current, "euclidean");
  const distances = componentDistances(reference, current);
  const driftedComponents = distances.filter((distance) => distance >= EMBEDDING_THRESHOLDS.component).length;
  const driftedComponentShare = dimensions === 0 ? 0 : driftedComponents / dimensions;
  return {
    dimensions,
    referenceRows: reference.length,
    currentRows: current.length,
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
 * on typed columns (the inputs were already checked by the mean-distance step): both samples are transposed
 * once, then each column is summed and radix-sorted in place: the same arithmetic in the same order.
 */
export function componentDistances(reference: number[][], current: number[][]): number[] {
  const dimensions = reference[0]?.length ?? 0;
  const a = columns(reference, dimensions);
  const b = columns(current, dimensions);
  const sort = radixSorter(Math.max(reference.length, current.length));
  const distances: number[] = [];
  for (let d = 0; d < dimensions; d++) {
    const u = a.subarray(d * reference.length, (d + 1) * reference.length);
    const v = b.subarray(d * current.length, (d + 1) * current.length);
    let mean = 0;
    for (let i = 0; i < u.length; i++) mean += u[i]!;
    mean /= u.length;
    let squares = 0;
    for (let i = 0; i < u.length; i++) squares += (u[i]! - mean) * (u[i]! - mean);
    sort(u);
    sort(v);
    distances.push(sortedWasserstein(u, v) / Math.max(Math.sqrt(squares / u.length), 0.001));
  }
  return distances;
}

/** Column-major copy: component d of every row, then d + 1, … */
function columns(rows: number[][], dimensions: number): Float64Array {
  const out = new Float64Array(rows.length * dimensions);
  rows.forEach((row, i) => {
    for (let d = 0, at = i; d < dimensions; d++, at += rows.length) out[at] = row[d]!;
  });
  return out;
}

/** ∫|F_u − F_v| of two ascending samples, in one merge pass (as stats.wasserstein1). */
function sortedWasserstein(u: Float64Array, v: Float64Array): number {
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
