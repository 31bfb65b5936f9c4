import { describe, expect, it } from "vitest";
import { bootstrap, mean, percentile, ranks, resampleIndices, spearman } from "./statistics";

describe("percentile", () => {
  it("interpolates like PostgreSQL's percentile_cont", () => {
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBeCloseTo(95.05, 10);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe("spearman", () => {
  it("is 1 for any increasing relation and -1 for a decreasing one", () => {
    expect(spearman([1, 2, 3, 4], [10, 100, 1000, 10_000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it("averages the ranks of ties (scipy.stats.spearmanr gives 0.8207826816681233)", () => {
    expect(ranks([5, 6, 7, 8, 7])).toEqual([1, 2, 3.5, 5, 3.5]);
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 12);
  });

  it("is undefined without variation or with one point", () => {
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(spearman([1], [2])).toBeNull();
  });
});

describe("bootstrap", () => {
  const values = Array.from({ length: 200 }, (_, i) => (i % 10) + (i % 3));
  const meanOf = (indices: Int32Array) => mean(Array.from(indices, (index) => values[index] as number));

  it("is deterministic for a seed and differs between seeds", () => {
    const a = bootstrap(values.length, resampleIndices(values.length, 500, 42), meanOf);
    const b = bootstrap(values.length, resampleIndices(values.length, 500, 42), meanOf);
    const c = bootstrap(values.length, resampleIndices(values.length, 500, 43), meanOf);
    expect(a).toEqual(b);
    expect(c.low).not.toBe(a.low);
  });

  it("brackets the estimate with an interval close to the normal-theory one", () => {
    const estimate = bootstrap(values.length, resampleIndices(values.length, 2000, 7), meanOf);
    const m = mean(values) as number;
    const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1));
    const halfWidth = (1.96 * sd) / Math.sqrt(values.length);
    expect(estimate.value).toBeCloseTo(m, 12);
    expect(estimate.low!).toBeLessThan(m);
    expect(estimate.high!).toBeGreaterThan(m);
    expect((estimate.high! - estimate.low!) / 2).toBeCloseTo(halfWidth, 1);
  });

  it("gives a zero-width interval when nothing varies, and no interval without data", () => {
    const constant = bootstrap(50, resampleIndices(50, 200, 1), () => 3);
    expect(constant).toEqual({ value: 3, low: 3, high: 3 });
    expect(bootstrap(0, [], () => 1)).toEqual({ value: null, low: null, high: null });
    expect(bootstrap(10, resampleIndices(10, 200, 1), () => null)).toEqual({ value: null, low: null, high: null });
  });
});
