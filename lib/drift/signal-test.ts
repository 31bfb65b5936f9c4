// The per-signal drift decision: a test, its value, a threshold, drifted or not. Binned tests read bin
// counts merged from the daily summaries; the Wasserstein option reads bounded samples of raw values.
//
// A binned test drifts when its value reaches both a minimum effect (the configured threshold) and the
// value sampling alone would exceed with probability CHANCE_ALPHA given both windows' sizes: for two
// samples of n and m rows from one distribution over B bins, n·m/(n+m)·PSI is close to χ² with B − 1
// degrees of freedom (PSI ≈ Jeffreys divergence ≈ the χ² statistic over the pooled size), so the chance
// level shrinks as 1/n + 1/m. Jensen–Shannon distance² ≈ PSI / 8 for small differences.
import { jensenShannonDistance, normedWasserstein, psiFromProportions, proportionsFromCounts } from "./stats";

export const DRIFT_TESTS = ["psi", "jensen_shannon", "wasserstein"] as const;
export type DriftTestName = (typeof DRIFT_TESTS)[number];

/**
 * The minimum effect each test calls drift at. Evidently uses 0.1 for all three; PSI 0.1 is about a 0.33 SD
 * mean shift, so a 0.2 SD shift (PSI ≈ 0.035 over deciles) was never seen. PSI 0.02 is about 0.14 SD, and
 * JS distance √(0.02 / 8) = 0.05 the same. Small windows are protected by the chance threshold instead.
 */
export const DEFAULT_TEST_THRESHOLD: Record<DriftTestName, number> = {
  psi: 0.02,
  jensen_shannon: 0.05,
  wasserstein: 0.1,
};

/** Probability that one signal is called drifted when nothing changed (before the minimum effect). */
export const CHANCE_ALPHA = 0.01;
// The standard normal's upper CHANCE_ALPHA point.
const CHANCE_Z = 2.3263478740408408;

export interface TestOutcome {
  test: DriftTestName;
  value: number;
  /** The value at which this signal drifts: the larger of the minimum effect and the chance threshold. */
  threshold: number;
  drifted: boolean;
  /** The configured minimum effect. */
  minimumEffect: number;
  /** The value chance alone reaches with probability CHANCE_ALPHA at these window sizes (binned tests). */
  chanceThreshold: number | null;
  beyondChance: boolean | null;
}

/** Upper CHANCE_ALPHA point of χ² with `df` degrees of freedom (Wilson–Hilferty, a few % for df ≥ 1). */
export function chiSquareCritical(df: number): number {
  if (df < 1) return 0;
  const a = 2 / (9 * df);
  return df * (1 - a + CHANCE_Z * Math.sqrt(a)) ** 3;
}

/** PSI that two windows of these sizes from one distribution over `bins` occupied bins exceed by chance. */
export function chancePsi(referenceRows: number, currentRows: number, bins: number): number {
  return (1 / referenceRows + 1 / currentRows) * chiSquareCritical(bins - 1);
}

/** PSI or Jensen–Shannon distance over matching bins of counts (each side must have rows). */
export function binnedTest(
  test: "psi" | "jensen_shannon",
  reference: number[],
  current: number[],
  minimumEffect: number,
): TestOutcome {
  const value =
    test === "psi"
      ? psiFromProportions(proportionsFromCounts(reference), proportionsFromCounts(current))
      : jensenShannonDistance(reference, current);
  const sum = (counts: number[]) => counts.reduce((total, count) => total + count, 0);
  const occupied = reference.filter((count, i) => count + (current[i] ?? 0) > 0).length;
  const psiByChance = chancePsi(sum(reference), sum(current), occupied);
  const chanceThreshold = test === "psi" ? psiByChance : Math.sqrt(psiByChance / 8);
  const threshold = Math.max(minimumEffect, chanceThreshold);
  return {
    test,
    value,
    threshold,
    drifted: value >= threshold,
    minimumEffect,
    chanceThreshold,
    beyondChance: value >= chanceThreshold,
  };
}

/** Evidently's normed Wasserstein distance of two samples of raw values. */
export function wassersteinTest(reference: number[], current: number[], threshold: number): TestOutcome {
  const value = normedWasserstein(reference, current);
  return {
    test: "wasserstein",
    value,
    threshold,
    drifted: value >= threshold,
    minimumEffect: threshold,
    chanceThreshold: null,
    beyondChance: null,
  };
}

/** Labels of the width_bucket bins of `edges`: below the first edge, between edges, from the last. */
export function binLabels(edges: readonly number[]): string[] {
  if (edges.length === 0) return ["all values"];
  const format = (value: number) => (Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3))));
  const labels = [`< ${format(edges[0]!)}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${format(edges[i - 1]!)} – ${format(edges[i]!)}`);
  labels.push(`≥ ${format(edges[edges.length - 1]!)}`);
  return labels;
}
