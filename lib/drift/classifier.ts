// Domain classifier for embedding drift, as Evidently's "model" method: train a linear classifier to tell
// reference rows from current rows on half of them, and score it by ROC AUC on the other half. An AUC
// near 0.5 means the two windows cannot be told apart; Evidently calls drift above 0.55.
import { SeededRandom } from "@/lib/util/random";
import type { VectorMatrix } from "./vector-matrix";

/**
 * ROC AUC of `scores` for binary `labels` (1 = positive), as sklearn.metrics.roc_auc_score: the
 * Mann–Whitney U statistic over average ranks, so tied scores count one half.
 */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = labels.length;
  if (n !== scores.length) throw new RangeError(`rocAuc: ${n} labels but ${scores.length} scores`);
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (scores[a] as number) - (scores[b] as number));
  let positives = 0;
  let positiveRankSum = 0;
  for (let start = 0; start < n;) {
    let end = start + 1;
    while (end < n && scores[order[end] as number] === scores[order[start] as number]) end++;
    const averageRank = (start + 1 + end) / 2; // ranks start..end-1 (1-based start+1..end), averaged over ties
    for (let k = start; k < end; k++) {
      const label = labels[order[k] as number];
      if (label !== 0 && label !== 1) throw new RangeError("rocAuc: labels must be 0 or 1");
      if (label === 1) {
        positives++;
        positiveRankSum += averageRank;
      }
    }
    start = end;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) throw new RangeError("rocAuc: needs both classes");
  return (positiveRankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export interface ClassifierOptions {
  /** Seed of the split, so a report can be recomputed exactly. */
  seed?: number;
  /** L2 penalty on the weights (the loss is the mean log loss). */
  l2?: number;
  /** Gradient steps; with this penalty the held-out AUC settles well within the default 30. */
  iterations?: number;
}

export interface ClassifierResult {
  auc: number;
  trainRows: number;
  testRows: number;
}

/**
 * Trains an L2-regularised logistic regression (reference = 0, current = 1) on a stratified, seeded half
 * of the rows, standardised with the training half's mean and deviation, by Nesterov-accelerated gradient
 * descent with a step from the loss's Lipschitz bound; returns the ROC AUC on the held-out half.
 */
export function domainClassifierAuc(
  reference: VectorMatrix,
  current: VectorMatrix,
  options: ClassifierOptions = {},
): ClassifierResult {
  if (reference.rows < 2 || current.rows < 2)
    throw new RangeError("domainClassifierAuc: needs at least 2 rows per side");
  if (reference.dimensions !== current.dimensions)
    throw new RangeError("domainClassifierAuc: rows have different dimensions");
  const dim = reference.dimensions;
  const random = new SeededRandom(options.seed ?? 42);
  const halves = (rows: number) => {
    const shuffled = random.sample(
      Array.from({ length: rows }, (_, i) => i),
      rows,
    );
    const cut = Math.floor(shuffled.length / 2);
    return { train: shuffled.slice(0, cut), test: shuffled.slice(cut) };
  };
  const r = halves(reference.rows);
  const c = halves(current.rows);
  const train: RowList = [
    ...r.train.map((row) => [reference, row] as const),
    ...c.train.map((row) => [current, row] as const),
  ];
  const trainLabels = Float64Array.from([...r.train.map(() => 0), ...c.train.map(() => 1)]);
  const test: RowList = [
    ...r.test.map((row) => [reference, row] as const),
    ...c.test.map((row) => [current, row] as const),
  ];
  const testLabels = [...r.test.map(() => 0), ...c.test.map(() => 1)];

  const { mean, scale } = standardiser(train, dim);
  const x = standardised(train, dim, mean, scale);
  const weights = fitLogistic(x, trainLabels, train.length, dim, options.l2 ?? 0.05, options.iterations ?? 30);
  const testScores = test.map(([matrix, row]) => {
    let z = weights[dim]!;
    for (let d = 0, at = row * dim; d < dim; d++, at++)
      z += weights[d]! * ((matrix.values[at]! - mean[d]!) * scale[d]!);
    return z; // the logit ranks exactly as the probability does
  });
  return { auc: rocAuc(testLabels, testScores), trainRows: train.length, testRows: test.length };
}

/** Rows by their matrix and index (no copy: the standardised training rows are the one copy made). */
type RowList = (readonly [VectorMatrix, number])[];

function standardiser(rows: RowList, dim: number): { mean: Float64Array; scale: Float64Array } {
  const mean = new Float64Array(dim);
  for (const [{ values }, row] of rows)
    for (let d = 0, at = row * dim; d < dim; d++, at++) mean[d] = mean[d]! + values[at]! / rows.length;
  const variance = new Float64Array(dim);
  for (const [{ values }, row] of rows) {
    for (let d = 0, at = row * dim; d < dim; d++, at++) {
      const diff = values[at]! - mean[d]!;
      variance[d] = variance[d]! + (diff * diff) / rows.length;
    }
  }
  // A constant component carries no information: scale 0 keeps it at 0 instead of dividing by 0.
  const scale = Float64Array.from(variance, (v) => (v > 1e-24 ? 1 / Math.sqrt(v) : 0));
  return { mean, scale };
}

/** The rows standardised, row-major in float64: the gradient steps read them forty times. */
function standardised(rows: RowList, dim: number, mean: Float64Array, scale: Float64Array): Float64Array {
  const x = new Float64Array(rows.length * dim);
  rows.forEach(([{ values }, row], r) => {
    for (let d = 0, from = row * dim, at = r * dim; d < dim; d++, from++, at++)
      x[at] = (values[from]! - mean[d]!) * scale[d]!;
  });
  return x;
}

/** Weights (dim of them, then the intercept) minimising mean log loss + l2/2·‖w‖². */
function fitLogistic(
  x: Float64Array,
  y: Float64Array,
  n: number,
  dim: number,
  l2: number,
  iterations: number,
): Float64Array {
  // L ≤ λmax(XᵀX)/(4n) + l2 for the weights (the intercept's column is all ones, so +1/4); λmax by power iteration.
  const lipschitz = largestEigenvalue(x, n, dim) / (4 * n) + 0.25 + l2;
  const step = 1 / lipschitz;
  let w = new Float64Array(dim + 1);
  let previous = new Float64Array(dim + 1);
  const look = new Float64Array(dim + 1);
  const gradient = new Float64Array(dim + 1);
  for (let t = 1; t <= iterations; t++) {
    const momentum = (t - 1) / (t + 2);
    for (let k = 0; k <= dim; k++) look[k] = (w[k] as number) + momentum * ((w[k] as number) - (previous[k] as number));
    logLossGradient(x, y, n, dim, look, gradient);
    previous = w;
    w = new Float64Array(dim + 1);
    for (let k = 0; k <= dim; k++) {
      const penalty = k < dim ? l2 * (look[k] as number) : 0; // the intercept is not penalised
      w[k] = (look[k] as number) - step * ((gradient[k] as number) + penalty);
    }
  }
  return w;
}

/**
 * The mean log loss's gradient at `look` (before the penalty), four rows at a time: each row's logit and
 * each component's sum take their terms in the same order as one row at a time, so the numbers are the
 * same, but every component of the gradient is loaded and stored once per four rows.
 */
function logLossGradient(
  x: Float64Array,
  y: Float64Array,
  n: number,
  dim: number,
  look: Float64Array,
  gradient: Float64Array,
): void {
  gradient.fill(0);
  const residual = (z: number, i: number) => (1 / (1 + Math.exp(-z)) - y[i]!) / n;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const [o0, o1, o2, o3] = [i * dim, (i + 1) * dim, (i + 2) * dim, (i + 3) * dim];
    let z0 = look[dim]!;
    let z1 = z0;
    let z2 = z0;
    let z3 = z0;
    for (let d = 0; d < dim; d++) {
      const w = look[d]!;
      z0 += w * x[o0 + d]!;
      z1 += w * x[o1 + d]!;
      z2 += w * x[o2 + d]!;
      z3 += w * x[o3 + d]!;
    }
    const [r0, r1, r2, r3] = [residual(z0, i), residual(z1, i + 1), residual(z2, i + 2), residual(z3, i + 3)];
    for (let d = 0; d < dim; d++)
      gradient[d] = gradient[d]! + r0 * x[o0 + d]! + r1 * x[o1 + d]! + r2 * x[o2 + d]! + r3 * x[o3 + d]!;
    gradient[dim] = gradient[dim]! + r0 + r1 + r2 + r3;
  }
  for (; i < n; i++) {
    const offset = i * dim;
    let z = look[dim]!;
    for (let d = 0; d < dim; d++) z += look[d]! * x[offset + d]!;
    const r = residual(z, i);
    for (let d = 0; d < dim; d++) gradient[d] = gradient[d]! + r * x[offset + d]!;
    gradient[dim] = gradient[dim]! + r;
  }
}

function largestEigenvalue(x: Float64Array, n: number, dim: number): number {
  let v = new Float64Array(dim).fill(1 / Math.sqrt(dim));
  let eigenvalue = 0;
  for (let iteration = 0; iteration < 10; iteration++) {
    // XᵀX v four rows at a time: each row's Xv, then its terms of every component, in row order as one row
    // at a time (as logLossGradient), while the four rows are still in cache.
    const next = new Float64Array(dim);
    let i = 0;
    for (; i + 4 <= n; i += 4) {
      const [o0, o1, o2, o3] = [i * dim, (i + 1) * dim, (i + 2) * dim, (i + 3) * dim];
      let a0 = 0;
      let a1 = 0;
      let a2 = 0;
      let a3 = 0;
      for (let d = 0; d < dim; d++) {
        const w = v[d]!;
        a0 += x[o0 + d]! * w;
        a1 += x[o1 + d]! * w;
        a2 += x[o2 + d]! * w;
        a3 += x[o3 + d]! * w;
      }
      for (let d = 0; d < dim; d++)
        next[d] = next[d]! + x[o0 + d]! * a0 + x[o1 + d]! * a1 + x[o2 + d]! * a2 + x[o3 + d]! * a3;
    }
    for (; i < n; i++) {
      let a = 0;
      for (let d = 0; d < dim; d++) a += x[i * dim + d]! * v[d]!;
      for (let d = 0; d < dim; d++) next[d] = next[d]! + x[i * dim + d]! * a;
    }
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += (next[d] as number) * (next[d] as number);
    norm = Math.sqrt(norm);
    if (norm === 0) return 0;
    eigenvalue = norm; // ‖XᵀX v‖ with ‖v‖ = 1 converges to λmax
    v = next.map((value) => value / norm);
  }
  // Power iteration approaches λmax from below; a margin keeps the step safely inside 1/L.
  return eigenvalue * 1.5;
}
