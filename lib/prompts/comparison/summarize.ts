import { diffOutputs } from "./field-diff";
import { bootstrap, mean, percentile, resampleIndices, spearman, type Estimate } from "./statistics";

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

const pick = <T>(items: readonly T[], indices: Int32Array) => Array.from(indices, (index) => items[index] as T);

export function summarizeComparison(items: readonly ItemResults[], options: { seed: number; resamples?: number }): ComparisonSummary {
  const n = items.length;
  const resamples = options.resamples ?? 1000;
  const samples = resampleIndices(n, resamples, options.seed);
  const side = (which: "a" | "b", indices: Int32Array) => pick(items, indices).map((item) => item[which]);
  const share = (flags: boolean[]) => (flags.length ? flags.filter(Boolean).length / flags.length : null);

  // Field agreement over the items both versions answered validly.
  const diffs = items.map((item) => (item.a.valid && item.b.valid ? diffOutputs(item.a.output, item.b.output) : null));
  const fieldNames = [...new Set(diffs.flatMap((diff) => diff?.map((field) => field.field) ?? []))];
  const agreementOf = (field: string | null): Stat => (indices) =>
    share(
      pick(diffs, indices)
        .filter((diff) => diff !== null)
        .map((diff) => (field === null ? diff.every((entry) => entry.same) : (diff.find((entry) => entry.field === field)?.same ?? false))),
    );

  return {
    items: n,
    resamples,
    validity: paired(n, samples, (which) => (indices) => share(side(which, indices).map((result) => result.valid))),
    latencyP50: paired(n, samples, (which) => (indices) => percentile(side(which, indices).map((result) => result.latencyMs), 0.5)),
    latencyP95: paired(n, samples, (which) => (indices) => percentile(side(which, indices).map((result) => result.latencyMs), 0.95)),
    tokensPer1000: paired(n, samples, (which) => (indices) => {
      const value = mean(side(which, indices).map((result) => result.tokens));
      return value === null ? null : value * 1000;
    }),
    costPer1000: paired(n, samples, (which) => (indices) => {
      const value = mean(side(which, indices).map((result) => result.costUsd));
      return value === null ? null : value * 1000;
    }),
    agreement: bootstrap(n, samples, agreementOf(null)),
    fields: fieldNames.map((field) => ({ field, rate: bootstrap(n, samples, agreementOf(field)), compared: diffs.filter((diff) => diff !== null).length })),
    scores: scoreEffect(items, samples),
  };
}

function scoreEffect(items: readonly ItemResults[], samples: Int32Array[]): ScoreEffect | null {
  const scored = (indices: Int32Array) =>
    pick(items, indices).filter((item): item is ItemResults & { a: { score: number }; b: { score: number } } => item.a.score !== null && item.b.score !== null);
  const n = items.length;
  const all = scored(Int32Array.from({ length: n }, (_, i) => i));
  if (all.length === 0) return null;
  const transitions = new Map<string, { from: string; to: string; count: number }>();
  for (const item of all) {
    if (item.a.band === item.b.band) continue;
    const key = `${item.a.band}→${item.b.band}`;
    const entry = transitions.get(key) ?? { from: item.a.band ?? "none", to: item.b.band ?? "none", count: 0 };
    entry.count += 1;
    transitions.set(key, entry);
  }
  const changedBand: Stat = (indices) => {
    const pairs = scored(indices);
    return pairs.length ? pairs.filter((item) => item.a.band !== item.b.band).length / pairs.length : null;
  };
  return {
    compared: all.length,
    meanA: mean(all.map((item) => item.a.score)),
    meanB: mean(all.map((item) => item.b.score)),
    meanChange: bootstrap(n, samples, (indices) => mean(scored(indices).map((item) => item.b.score - item.a.score))),
    spearman: bootstrap(n, samples, (indices) => {
      const pairs = scored(indices);
      return spearman(pairs.map((item) => item.a.score), pairs.map((item) => item.b.score));
    }),
    bandChanges: {
      count: all.filter((item) => item.a.band !== item.b.band).length,
      rate: bootstrap(n, samples, changedBand),
      transitions: [...transitions.values()].sort((x, y) => y.count - x.count),
    },
  };
}
