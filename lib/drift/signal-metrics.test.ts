import { describe, expect, it } from "vitest";
import { emptyFineCounts, fineIndexOfEdge, signalRange, type FineCounts } from "./fine-bins";
import { MONITORED_SIGNALS } from "./monitored";
import { categoricalSignalDrift, numericSignalDrift } from "./signal-metrics";
import { psiFromProportions } from "./stats";
import type { DriftSettings } from "./types";

const settings: DriftSettings = {
  numericTest: "psi",
  categoricalTest: "psi",
  numericThreshold: 0.1,
  categoricalThreshold: 0.1,
  bins: 10,
  minCategoryShare: 0.01,
  edgeSample: 5000,
  embeddingSample: 2000,
};
const signal = (name: string) => MONITORED_SIGNALS.find((candidate) => candidate.name === name)!;

/** A day summary's counts of `name` holding `count` rows at each value (values on fine bin boundaries). */
function fine(name: string, values: [value: number, count: number][], missing = 0): FineCounts {
  const counts = emptyFineCounts();
  const range = signalRange(name);
  for (const [value, count] of values) {
    const index = fineIndexOfEdge(range, value);
    counts.counts[index] = (counts.counts[index] ?? 0) + count;
    counts.count += count;
    counts.sum += value * count;
    counts.sumSquares += value * value * count;
  }
  return { ...counts, missing };
}

describe("numericSignalDrift", () => {
  it("adds a missing bin when either window has rows without a value, and reports shares", () => {
    const drift = numericSignalDrift({
      signal: signal("semantic_similarity"),
      edges: [0.5],
      reference: fine(
        "semantic_similarity",
        [
          [0, 4000],
          [0.75, 4000],
        ],
        2000,
      ),
      current: fine(
        "semantic_similarity",
        [
          [0, 2000],
          [0.75, 2000],
        ],
        6000,
      ),
      settings,
    });
    expect(drift.bins).toEqual([
      { label: "< 0.5", reference: 0.4, current: 0.2 },
      { label: "≥ 0.5", reference: 0.4, current: 0.2 },
      { label: "missing", reference: 0.2, current: 0.6 },
    ]);
    expect(drift.value).toBeCloseTo(psiFromProportions([0.4, 0.4, 0.2], [0.2, 0.2, 0.6]), 12);
    expect(drift).toMatchObject({
      signal: "semantic_similarity",
      kind: "numeric",
      test: "psi",
      threshold: 0.1,
      drifted: true,
      edges: [0.5],
      beyondChance: true,
    });
    // The mean of the rows with a value did not move.
    expect(drift.meanShiftSd).toBe(0);
  });

  it("uses Wasserstein on the samples when asked, and PSI when a side has no values", () => {
    const counts = fine("score", [
      [40, 5],
      [60, 5],
    ]);
    const wasserstein = { ...settings, numericTest: "wasserstein" as const };
    const drift = numericSignalDrift({
      signal: signal("score"),
      edges: [50],
      reference: counts,
      current: counts,
      settings: wasserstein,
      samples: { reference: [40, 60], current: [45, 65] },
    });
    expect(drift).toMatchObject({ test: "wasserstein", value: 0.5, drifted: true });
    const fallback = numericSignalDrift({
      signal: signal("score"),
      edges: [50],
      reference: counts,
      current: counts,
      settings: wasserstein,
      samples: { reference: [1], current: [] },
    });
    expect(fallback).toMatchObject({ test: "psi", value: 0, drifted: false, minimumEffect: 0.02 });
  });
});

describe("categoricalSignalDrift", () => {
  it("folds rare values and compares categories", () => {
    const drift = categoricalSignalDrift({
      signal: signal("recruiter"),
      reference: new Map([
        ["rec_01", 60],
        ["rec_02", 39.5],
        ["rec_77", 0.5],
      ]),
      current: new Map([
        ["rec_01", 30],
        ["rec_02", 30],
        ["rec_09", 40],
      ]),
      settings,
    });
    expect(drift.bins.map((bin) => bin.label)).toEqual(["rec_01", "rec_02", "rec_09", "other"]);
    expect(drift.drifted).toBe(true);
    expect(drift.edges).toBeNull();
  });
});
