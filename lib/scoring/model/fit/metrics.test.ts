import { describe, expect, it } from "vitest";
import { evaluate, reliabilityTable, rocAuc } from "./metrics";

describe("held-out metrics", () => {
  it("computes ROC AUC from ranks, ties counting half", () => {
    expect(rocAuc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(rocAuc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1])).toBe(0.5);
    // One positive ranked below one of two negatives: 3 of 4 pairs in order.
    expect(rocAuc([0.3, 0.6, 0.4, 0.9], [0, 0, 1, 1])).toBe(0.75);
    expect(() => rocAuc([0.2, 0.4], [1, 1])).toThrow(/both/);
  });

  it("bins predictions into equal-count deciles and measures the calibration gap", () => {
    const probabilities = Array.from({ length: 100 }, (_, i) => (i + 0.5) / 100);
    const labels = probabilities.map((_, i) => (i % 10 < 3 ? 1 : 0));
    const table = reliabilityTable(probabilities, labels);
    expect(table).toHaveLength(10);
    expect(table.every((bin) => bin.count === 10 && bin.observedRate === 0.3)).toBe(true);
    expect(table[0]!.meanPredicted).toBeCloseTo(0.05, 12);
    const report = evaluate(probabilities, labels);
    // Each decile's mean prediction is 0.05, 0.15, … 0.95 against an observed 0.3.
    expect(report.ece).toBeCloseTo(
      [0.25, 0.15, 0.05, 0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65].reduce((a, b) => a + b) / 10,
      12,
    );
    expect(report.brier).toBeCloseTo(probabilities.reduce((sum, p, i) => sum + (p - labels[i]!) ** 2, 0) / 100, 12);
    expect(report).toMatchObject({ rows: 100, positives: 30 });
  });

  it("gives a perfectly calibrated, sharp predictor zero Brier score and calibration error", () => {
    const report = evaluate([0, 0, 1, 1], [0, 0, 1, 1]);
    expect(report).toMatchObject({ auc: 1, brier: 0, ece: 0 });
    expect(report.logLoss).toBeLessThan(1e-9);
  });
});
