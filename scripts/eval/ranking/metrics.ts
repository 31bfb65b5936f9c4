import { SeededRandom } from "@/lib/util/random";

// Ranking metrics of one query, and bootstrap intervals over queries.
//   nDCG@k  gain 2^rel − 1, discount log2(rank + 1); the ideal ranking sorts the pool's judgments
//   AP      precision at each relevant document (rel ≥ relevantMin), over all relevant documents
// Both are null for a query with no relevant document in its pool: such a query measures nothing.

/** Document id → graded relevance; an unjudged document counts as 0. */
export type Judgments = ReadonlyMap<string, number>;

const gain = (relevance: number) => 2 ** Math.max(0, relevance) - 1;
const discount = (index: number) => 1 / Math.log2(index + 2);

function dcg(gains: readonly number[], k: number): number {
  return gains.slice(0, k).reduce((sum, value, index) => sum + value * discount(index), 0);
}

export function ndcgAt(ranking: readonly string[], judgments: Judgments, k: number): number | null {
  const ideal = dcg(
    [...judgments.values()].map(gain).sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return null;
  return (
    dcg(
      ranking.map((id) => gain(judgments.get(id) ?? 0)),
      k,
    ) / ideal
  );
}

export function averagePrecision(ranking: readonly string[], judgments: Judgments, relevantMin = 1): number | null {
  const relevant = [...judgments.values()].filter((relevance) => relevance >= relevantMin).length;
  if (relevant === 0) return null;
  let found = 0;
  let sum = 0;
  ranking.forEach((id, index) => {
    if ((judgments.get(id) ?? 0) < relevantMin) return;
    found++;
    sum += found / (index + 1);
  });
  return sum / relevant;
}

export interface Interval {
  mean: number;
  low: number;
  high: number;
}

export const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The mean of per-query values with a 95% percentile bootstrap interval: queries resampled with
 * replacement. The same seed resamples the same queries, so intervals of per-query differences computed
 * with the seed of the two systems' intervals form a paired bootstrap.
 */
export function bootstrap(values: readonly number[], { samples, seed }: { samples: number; seed: number }): Interval {
  if (values.length === 0) return { mean: Number.NaN, low: Number.NaN, high: Number.NaN };
  const random = new SeededRandom(seed);
  const means = Array.from({ length: samples }, () => {
    let sum = 0;
    for (let i = 0; i < values.length; i++) sum += values[Math.floor(random.next() * values.length)]!;
    return sum / values.length;
  }).sort((a, b) => a - b);
  const at = (quantile: number) => means[Math.min(samples - 1, Math.max(0, Math.round(quantile * (samples - 1))))]!;
  return { mean: mean(values), low: at(0.025), high: at(0.975) };
}
