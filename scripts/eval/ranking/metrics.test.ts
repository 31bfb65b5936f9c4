import { describe, expect, it } from "vitest";
import { averagePrecision, bootstrap, ndcgAt } from "./metrics";

const judged = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("nDCG@k", () => {
  const judgments = judged({ a: 3, b: 2, c: 1, d: 0 });

  it("is 1 for the ideal ranking, whatever follows the judged documents", () => {
    expect(ndcgAt(["a", "b", "c", "d"], judgments, 5)).toBeCloseTo(1, 12);
    expect(ndcgAt(["a", "b", "c", "x", "y", "d"], judgments, 10)).toBeCloseTo(1, 12);
  });

  it("uses gain 2^rel − 1 and a log2 discount: the reversed ranking, by hand", () => {
    // DCG = 0/log2(2) + 1/log2(3) + 3/log2(4) + 7/log2(5); ideal = 7 + 3/log2(3) + 1/log2(4).
    const dcg = 1 / Math.log2(3) + 3 / 2 + 7 / Math.log2(5);
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(["d", "c", "b", "a"], judgments, 5)).toBeCloseTo(dcg / ideal, 12);
  });

  it("is 0 when every relevant document ranks below the cut-off", () => {
    expect(ndcgAt(["u", "v", "w", "x", "y", "a"], judged({ a: 1 }), 5)).toBe(0);
  });

  it("cuts the ideal ranking at k too", () => {
    // Two relevant documents, k = 1: the first one alone is ideal.
    expect(ndcgAt(["a", "b"], judged({ a: 1, b: 1 }), 1)).toBe(1);
  });

  it("is null for a query with no relevant document", () => {
    expect(ndcgAt(["a", "b"], judged({ a: 0, b: 0 }), 5)).toBeNull();
  });
});

describe("average precision", () => {
  it("averages the precision at each relevant document over all relevant ones, by hand", () => {
    // Relevant: a (rank 1), b (rank 3), c (rank 5), d (never retrieved) → (1/1 + 2/3 + 3/5) / 4.
    const judgments = judged({ a: 1, b: 2, c: 1, d: 1, x: 0 });
    expect(averagePrecision(["a", "x", "b", "y", "c"], judgments)).toBeCloseTo((1 + 2 / 3 + 3 / 5) / 4, 12);
  });

  it("counts as relevant only grades from relevantMin up", () => {
    const judgments = judged({ a: 1, b: 2 });
    expect(averagePrecision(["a", "b"], judgments, 2)).toBeCloseTo(1 / 2, 12);
    expect(averagePrecision(["b", "a"], judgments, 2)).toBe(1);
  });

  it("is null without a relevant document", () => {
    expect(averagePrecision(["a"], judged({ a: 1 }), 2)).toBeNull();
  });
});

describe("bootstrap", () => {
  const values = [0.2, 0.9, 0.4, 1, 0.65, 0.1, 0.75, 0.5];

  it("is deterministic for a seed and differs between seeds", () => {
    const first = bootstrap(values, { samples: 2000, seed: 7 });
    expect(bootstrap(values, { samples: 2000, seed: 7 })).toEqual(first);
    expect(bootstrap(values, { samples: 2000, seed: 8 })).not.toEqual(first);
  });

  it("gives the mean with an interval around it, inside the values' range", () => {
    const { mean, low, high } = bootstrap(values, { samples: 2000, seed: 1 });
    expect(mean).toBeCloseTo(values.reduce((sum, value) => sum + value, 0) / values.length, 12);
    expect(low).toBeLessThan(mean);
    expect(high).toBeGreaterThan(mean);
    expect(low).toBeGreaterThanOrEqual(Math.min(...values));
    expect(high).toBeLessThanOrEqual(Math.max(...values));
  });

  it("has no width when every query agrees, and no value without queries", () => {
    expect(bootstrap([0.5, 0.5, 0.5], { samples: 100, seed: 1 })).toEqual({ mean: 0.5, low: 0.5, high: 0.5 });
    expect(bootstrap([], { samples: 100, seed: 1 }).mean).toBeNaN();
  });
});
