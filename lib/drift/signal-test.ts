// The per-signal drift decision: a test, its value, a threshold, drifted or not. Binned tests read the
// bin counts the database computed; the Wasserstein option reads bounded samples of raw values.
import { jensenShannonDistance, normedWasserstein, psiFromProportions, proportionsFromCounts } from "./stats";

export const DRIFT_TESTS = ["psi", "jensen_shannon", "wasserstein"] as const;
export type DriftTestName = (typeof DRIFT_TESTS)[number];

/** Evidently's defaults: each test calls drift at or above 0.1. */
export const DEFAULT_TEST_THRESHOLD: Record<DriftTestName, number> = {
  psi: 0.1,
  jensen_shannon: 0.1,
  wasserstein: 0.1,
};

export interface TestOutcome {
  test: DriftTestName;
  value: number;
  threshold: number;
  drifted: boolean;
}

/** PSI or Jensen–Shannon distance over matching bins of counts (each side must have rows). */
export function binnedTest(
  test: "psi" | "jensen_shannon",
  reference: number[],
  current: number[],
  threshold: number,
): TestOutcome {
  const value =
    test === "psi"
      ? psiFromProportions(proportionsFromCounts(reference), proportionsFromCounts(current))
      : jensenShannonDistance(reference, current);
  return { test, value, threshold, drifted: value >= threshold };
}

/** Evidently's normed Wasserstein distance of two samples of raw values. */
export function wassersteinTest(reference: number[], current: number[], threshold: number): TestOutcome {
  const value = normedWasserstein(reference, current);
  return { test: "wasserstein", value, threshold, drifted: value >= threshold };
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
