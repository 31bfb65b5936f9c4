import { diffOutputs } from "./field-diff";
import { bootstrap, mean, percentileOfSorted, resampleIndices, spearman, type Estimate } from "./statistics";

// The aggregate view of a comparison: for each measure the value of version A, of version B, and the
// difference B − A with a paired bootstrap 95 % interval (items are resampled, both versions together,
// so an item that is hard for both does not widen the interval). Pure: computed from the items alone.

export interface SideResult {
  valid: boolean;
  output: unknown;
  latencyMs: number;
  tokens: number;
  costUsd: number;
  score: number | null;
  band: string | null;
}

export interface ItemResults {
  a: SideResult;
  b: SideResult;
}

export interface Paired {
  a: number | null;
  b: number | null;
  /** B − A. */
  diff: Estimate;
}

export interface FieldAgreement {
  field: string;
  /** Share of items, among those both versions answered validly, where the field is the same. */
  rate: Estimate;
  compared: number;
}

export interface ScoreEffect {
  /** Items with a score from both versions. */
  compared: number;
  meanA: number | null;
  meanB: number | null;
  meanChange: Estimate;
  spearman: Estimate;
  bandChanges: { count: number; rate: Estimate; transitions: { from: string; to: string; count: number }[] };
}

export interface ComparisonSummary {
  items: number;
  resamples: number;
  validity: Paired;
  latencyP50: Paired;
  latencyP95: Paired;
  tokensPer1000: Paired;
  costPer1000: Paired;
  /** Share of items where every field agrees. */
  agreement: Estimate;
  fields: FieldAgreement[];
  scores: ScoreEffect | null;
}

type Stat = (indices: Int32Array) => number | null;

// Each statistic is recomputed on every resample (1,000 × up to 1,000 items), so the items are first
// turned into typed columns and every statistic is a plain loop over them.

function meanAt(values: Float64Array, indices: Int32Array): number | null {
  if (indices.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < indices.length; i++) sum += values[indices[i] as number] as number;
  return sum / indices.length;
}

/** Share of 1s among the entries that are not -1 (not applicable). */
function rateAt(flags: Int8Array, indices: Int32Array): number | null {
  let count = 0;
  let hits = 0;
  for (let i = 0; i < indices.length; i++) {
    const flag = flags[indices[i] as number] as number;
    if (flag < 0) continue;
    count += 1;
    hits += flag;
  }
  return count === 0 ? null : hits / count;
}

/** Percentiles of one column; p50 and p95 of the same resample share one sort. */
function percentiles(values: Float64Array): (indices: Int32Array, p: number) => number | null {
  const sorted = new WeakMap<Int32Array, Float64Array>();
  return (indices, p) => {
    let picked = sorted.get(indices);
    if (!picked) {
      picked = new Float64Array(indices.length);
      for (let i = 0; i < indices.length; i++) picked[i] = values[indices[i] as number] as number;
      picked.sort();
      sorted.set(indices, picked);
    }
    return percentileOfSorted(picked, p);
  };
}

function paired(n: number, samples: Int32Array[], of: (side: "a" | "b") => Stat): Paired {
  const a = of("a");
  const b = of("b");
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const diff: Stat = (indices) => {
    const left = a(indices);
    const right = b(indices);
    return left === null || right === null ? null : right - left;
  };
  return { a: n ? a(all) : null, b: n ? b(all) : null, diff: bootstrap(n, samples, diff) };
}

const column = <T>(items: readonly T[], value: (item: T) => number) => Float64Array.from(items, value);

export function summarizeComparison(
  items: readonly ItemResults[],
  options: { seed: number; resamples?: number },
): ComparisonSummary {
  const n = items.length;
  const resamples = options.resamples ?? 1000;
  const samples = resampleIndices(n, resamples, options.seed);
  const side = (which: "a" | "b") => ({
    valid: Int8Array.from(items, (item) => (item[which].valid ? 1 : 0)),
    latency: percentiles(column(items, (item) => item[which].latencyMs)),
    tokens: column(items, (item) => item[which].tokens),
    cost: column(items, (item) => item[which].costUsd),
  });
  const sides = { a: side("a"), b: side("b") };

  // Field agreement over the items both versions answered validly: 1 same, 0 different, -1 not compared.
  const diffs = items.map((item) => (item.a.valid && item.b.valid ? diffOutputs(item.a.output, item.b.output) : null));
  const fieldNames = [...new Set(diffs.flatMap((diff) => diff?.map((field) => field.field) ?? []))];
  const sameFlags = (same: (diff: NonNullable<(typeof diffs)[number]>) => boolean) =>
    Int8Array.from(diffs, (diff) => (diff === null ? -1 : same(diff) ? 1 : 0));
  const allSame = sameFlags((diff) => diff.every((entry) => entry.same));
  const compared = diffs.filter((diff) => diff !== null).length;
  const per1000 =
    (values: Float64Array): Stat =>
    (indices) => {
      const value = meanAt(values, indices);
      return value === null ? null : value * 1000;
    };

  return {
    items: n,
    resamples,
    validity: paired(n, samples, (which) => (indices) => rateAt(sides[which].valid, indices)),
    latencyP50: paired(n, samples, (which) => (indices) => sides[which].latency(indices, 0.5)),
    latencyP95: paired(n, samples, (which) => (indices) => sides[which].latency(indices, 0.95)),
    tokensPer1000: paired(n, samples, (which) => per1000(sides[which].tokens)),
    costPer1000: paired(n, samples, (which) => per1000(sides[which].cost)),
    agreement: bootstrap(n, samples, (indices) => rateAt(allSame, indices)),
    fields: fieldNames.map((field) => {
      const flags = sameFlags((diff) => diff.find((entry) => entry.field === field)?.same ?? false);
      return { field, rate: bootstrap(n, samples, (indices) => rateAt(flags, indices)), compared };
    }),
    scores: scoreEffect(items, samples),
  };
}

function scoreEffect(items: readonly ItemResults[], samples: Int32Array[]): ScoreEffect | null {
  const n = items.length;
  const scored = Int8Array.from(items, (item) => (item.a.score !== null && item.b.score !== null ? 1 : -1));
  const all = items.filter((item, index) => scored[index] === 1) as (ItemResults & {
    a: { score: number };
    b: { score: number };
  })[];
  if (all.length === 0) return null;
  const scoreA = column(items, (item) => item.a.score ?? 0);
  const scoreB = column(items, (item) => item.b.score ?? 0);
  const changed = Int8Array.from(items, (item, index) =>
    scored[index] === 1 ? (item.a.band !== item.b.band ? 1 : 0) : -1,
  );
  const transitions = new Map<string, { from: string; to: string; count: number }>();
  for (const item of all) {
    if (item.a.band === item.b.band) continue;
    const key = `${item.a.band}→${item.b.band}`;
    const entry = transitions.get(key) ?? { from: item.a.band ?? "none", to: item.b.band ?? "none", count: 0 };
    entry.count += 1;
    transitions.set(key, entry);
  }
  const pairsAt = (indices: Int32Array) => {
    const x: number[] = [];
    const y: number[] = [];
    for (let i = 0; i < indices.length; i++) {
      const index = indices[i] as number;
      if (scored[index] !== 1) continue;
      x.push(scoreA[index] as number);
      y.push(scoreB[index] as number);
    }
    return { x, y };
  };
  return {
    compared: all.length,
    meanA: mean(all.map((item) => item.a.score)),
    meanB: mean(all.map((item) => item.b.score)),
    meanChange: bootstrap(n, samples, (indices) => {
      const { x, y } = pairsAt(indices);
      return x.length ? (mean(y) as number) - (mean(x) as number) : null;
    }),
    spearman: bootstrap(n, samples, (indices) => {
      const { x, y } = pairsAt(indices);
      return spearman(x, y);
    }),
    bandChanges: {
      count: all.filter((item) => item.a.band !== item.b.band).length,
      rate: bootstrap(n, samples, (indices) => rateAt(changed, indices)),
      transitions: [...transitions.values()].sort((x, y) => y.count - x.count),
    },
  };
}
