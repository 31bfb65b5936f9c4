import { describe, expect, it } from "vitest";
import { SeededRandom } from "@/lib/util/random";
import { domainClassifierAuc as classifierOnMatrices, rocAuc } from "./classifier";
import { vectorMatrix } from "./vector-matrix";

function gaussianRows(rows: number, dims: number, seed: number, shift: (d: number) => number = () => 0): number[][] {
  const random = new SeededRandom(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
  return Array.from({ length: rows }, () => Array.from({ length: dims }, (_, d) => normal() + shift(d)));
}

const domainClassifierAuc = (reference: number[][], current: number[][], options?: { seed?: number }) =>
  classifierOnMatrices(vectorMatrix(reference), vectorMatrix(current), options);

describe("rocAuc", () => {
  it("matches hand-computed pairs (sklearn's documented example)", () => {
    // positives 0.35 and 0.8 against negatives 0.1 and 0.4: 0.35 beats 0.1 only, 0.8 beats both → 3/4
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
    expect(rocAuc([0, 1], [0.2, 0.9])).toBe(1);
    expect(rocAuc([0, 1], [0.9, 0.2])).toBe(0);
  });

  it("counts a tie between a positive and a negative as one half", () => {
    // pairs: 0.5>0.1, 0.5=0.5 (½), 0.9>0.1, 0.9>0.5 → 3.5/4
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.5, 0.5, 0.9])).toBe(0.875);
    expect(rocAuc([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });

  it("refuses a single class or mismatched lengths", () => {
    expect(() => rocAuc([1, 1], [0.1, 0.2])).toThrow(RangeError);
    expect(() => rocAuc([0, 1], [0.1])).toThrow(RangeError);
  });
});

describe("domainClassifierAuc", () => {
  it("scores a perfectly separable 1-D case 1 on the held-out half", () => {
    // Whatever the split, the held-out current value lies above the held-out reference value.
    const result = domainClassifierAuc([[-1], [-2]], [[1], [2]]);
    expect(result).toEqual({ auc: 1, trainRows: 2, testRows: 2 });
  });

  it("tells clearly shifted windows apart", () => {
    const auc = domainClassifierAuc(
      gaussianRows(400, 8, 1),
      gaussianRows(300, 8, 2, () => 2),
    ).auc;
    expect(auc).toBeGreaterThan(0.99);
  });

  it("finds a shift in one component of many", () => {
    const auc = domainClassifierAuc(
      gaussianRows(1000, 32, 3),
      gaussianRows(1000, 32, 4, (d) => (d === 5 ? 0.6 : 0)),
    ).auc;
    expect(auc).toBeGreaterThan(0.6);
  });

  it("stays near 0.5, below Evidently's 0.55, when both windows come from one distribution", () => {
    for (const seed of [5, 7, 9]) {
      const auc = domainClassifierAuc(gaussianRows(1000, 32, seed), gaussianRows(700, 32, seed + 100)).auc;
      expect(auc).toBeGreaterThan(0.44);
      expect(auc).toBeLessThan(0.55);
    }
  });

  it("is deterministic for a seed and ignores constant components", () => {
    const reference = gaussianRows(200, 4, 11).map((row) => [...row, 1]);
    const current = gaussianRows(200, 4, 12, () => 0.5).map((row) => [...row, 1]);
    const first = domainClassifierAuc(reference, current, { seed: 3 });
    expect(domainClassifierAuc(reference, current, { seed: 3 })).toEqual(first);
    expect(Number.isFinite(first.auc)).toBe(true);
    expect(first.auc).toBeGreaterThan(0.55);
  });

  it("refuses too few rows or ragged rows", () => {
    expect(() => domainClassifierAuc([[1]], [[2], [3]])).toThrow(RangeError);
    expect(() => domainClassifierAuc([[1], [2, 3]], [[2], [3]])).toThrow(RangeError);
  });
});
