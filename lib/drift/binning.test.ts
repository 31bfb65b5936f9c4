import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertFiniteSample,
  binCounts,
  binProportions,
  medianInPlace,
  proportionsFromCounts,
  quantileSorted,
  referenceQuantileEdges,
  sturgesEdges,
} from "./binning";

const runs = { numRuns: 200 };
// -0 is folded into 0 so identity checks on edges are not tripped by the sign of zero.
const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).map((v) => v + 0);

describe("assertFiniteSample", () => {
  it("rejects empty samples and non-finite values with a RangeError naming them", () => {
    expect(() => assertFiniteSample([], "psi", "reference")).toThrow(new RangeError("psi: reference is empty"));
    expect(() => assertFiniteSample([1, Number.NaN], "psi", "current")).toThrow(
      /psi: current\[1\] is not a finite number/,
    );
    expect(() => assertFiniteSample([Infinity], "psi", "current")).toThrow(RangeError);
    expect(() => assertFiniteSample([0, -1.5], "psi", "current")).not.toThrow();
  });
});

describe("proportionsFromCounts", () => {
  it("divides by the total", () => {
    expect(proportionsFromCounts([1, 3])).toEqual([0.25, 0.75]);
    expect(proportionsFromCounts([0, 2, 0, 2])).toEqual([0, 0.5, 0, 0.5]);
  });

  it("rejects empty, all-zero and negative counts", () => {
    expect(() => proportionsFromCounts([])).toThrow(RangeError);
    expect(() => proportionsFromCounts([0, 0])).toThrow(/sum to zero/);
    expect(() => proportionsFromCounts([1, -1])).toThrow(RangeError);
  });
});

describe("binProportions (width_bucket semantics)", () => {
  it("opens the outer bins and sends values on an edge to the upper bin", () => {
    // edges [1, 2, 3] → buckets: 0 → 0, 1 → 1, 1.5 → 1, 2 → 2, 3 → 3, 4 → 3; counts [1, 2, 1, 2] of 6
    expect(binProportions([0, 1, 1.5, 2, 3, 4], [1, 2, 3])).toEqual([1 / 6, 2 / 6, 1 / 6, 2 / 6]);
    // far outside the edges still lands in the outer buckets
    expect(binProportions([-1e300, 1e300], [0])).toEqual([0.5, 0.5]);
  });

  it("has a single bin when there are no edges", () => {
    expect(binProportions([5, -5, 0], [])).toEqual([1]);
  });

  it("leaves the bin between repeated edges empty, as width_bucket does", () => {
    // edges [1, 1, 2]: 1 has two edges <= it → bucket 2; bucket 1 = [1, 1) is empty
    expect(Array.from(binCounts([0, 1, 1.5, 2], [1, 1, 2]))).toEqual([1, 0, 2, 1]);
  });

  it("treats -0 like 0 at an edge of 0", () => {
    expect(binProportions([-0, 0], [0])).toEqual([0, 1]);
  });

  it("rejects descending or non-finite edges and empty or non-finite values", () => {
    expect(() => binProportions([1], [2, 1])).toThrow(/ascending/);
    expect(() => binProportions([1], [Number.NaN])).toThrow(RangeError);
    expect(() => binProportions([], [1])).toThrow(new RangeError("binProportions: values is empty"));
    expect(() => binProportions([Number.NaN], [1])).toThrow(RangeError);
  });

  it("puts each value in the bucket numbered by how many edges are <= it", () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 40 }),
        fc.array(finite, { maxLength: 8 }),
        (values, rawEdges) => {
          const edges = [...rawEdges].sort((a, b) => a - b);
          const expected = new Array<number>(edges.length + 1).fill(0);
          for (const v of values) expected[edges.filter((e) => e <= v).length]! += 1;
          expect(Array.from(binCounts(values, edges))).toEqual(expected);
        },
      ),
      runs,
    );
  });
});

describe("quantileSorted / referenceQuantileEdges (NumPy 'linear')", () => {
  it("interpolates at (n - 1)·q", () => {
    const sorted = Float64Array.from([0, 10]);
    // (n − 1)·q = 0.25 → 0 + 10·0.25; 0.75 → computed from the top as 10 − 10·0.25
    expect(quantileSorted(sorted, 0.25)).toBe(2.5);
    expect(quantileSorted(sorted, 0.5)).toBe(5);
    expect(quantileSorted(sorted, 0.75)).toBe(7.5);
    expect(quantileSorted(sorted, 1)).toBe(10);
    expect(quantileSorted(Float64Array.from([7]), 0.3)).toBe(7);
  });

  it("returns the bins − 1 inner quantiles of the reference", () => {
    // n = 5, bins = 4: indexes 4·k/4 = 1, 2, 3 → values 2, 3, 4
    expect(referenceQuantileEdges([5, 1, 4, 2, 3], 4)).toEqual([2, 3, 4]);
    // n = 10, bins = 2: index 9·0.5 = 4.5 → between 5 and 6
    expect(referenceQuantileEdges([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2)).toEqual([5.5]);
    // default 10 bins on 0..99: index 99·k/10 = 9.9k → 9.9, 19.8, ..., 89.1
    const edges = referenceQuantileEdges(Array.from({ length: 100 }, (_, i) => i));
    expect(edges).toHaveLength(9);
    edges.forEach((edge, k) => expect(edge).toBeCloseTo(9.9 * (k + 1), 10));
  });

  it("drops repeated edges", () => {
    // indexes 1, 2, 3 of [0, 0, 0, 0, 1] are all 0
    expect(referenceQuantileEdges([0, 0, 0, 0, 1], 4)).toEqual([0]);
    // 9 × 1 then 5, bins 10: indexes 0.9k; k = 1..8 give 1, k = 9 gives 1 + 4·0.1 = 1.4
    const edges = referenceQuantileEdges([1, 1, 1, 1, 1, 1, 1, 1, 1, 5]);
    expect(edges).toHaveLength(2);
    expect(edges[0]).toBe(1);
    expect(edges[1]).toBeCloseTo(1.4, 12);
    expect(referenceQuantileEdges([3, 3, 3])).toEqual([3]);
  });

  it("has no inner edges for a single bin, and validates its input", () => {
    expect(referenceQuantileEdges([1, 2, 3], 1)).toEqual([]);
    expect(() => referenceQuantileEdges([], 4)).toThrow(new RangeError("referenceQuantileEdges: reference is empty"));
    expect(() => referenceQuantileEdges([1], 0)).toThrow(/bins must be a positive integer/);
    expect(() => referenceQuantileEdges([1], 2.5)).toThrow(RangeError);
  });

  it("is strictly ascending and within the reference's range", () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (reference, bins) => {
          const edges = referenceQuantileEdges(reference, bins);
          expect(edges.length).toBeLessThanOrEqual(bins - 1);
          for (let i = 1; i < edges.length; i++) expect(edges[i]!).toBeGreaterThan(edges[i - 1]!);
          for (const edge of edges) {
            expect(edge).toBeGreaterThanOrEqual(Math.min(...reference));
            expect(edge).toBeLessThanOrEqual(Math.max(...reference));
          }
        },
      ),
      runs,
    );
  });
});

/** np.histogram counts for explicit edges: [a, b) per bin, last bin closed. */
function histogram(values: number[], edges: number[]): number[] {
  return edges.slice(0, -1).map((lo, i) => {
    const hi = edges[i + 1]!;
    const last = i === edges.length - 2;
    return values.filter((v) => v >= lo && (v < hi || (last && v === hi))).length;
  });
}

describe("sturgesEdges (np.histogram_bin_edges(bins='sturges'))", () => {
  it("uses log2(n) + 1 bins over [min, max]: n = 8 → 4 bins", () => {
    // ptp = 7, width = 7 / (log2 8 + 1) = 1.75, bins = ceil(7 / 1.75) = 4, step 1.75
    const values = [0, 1, 2, 3, 4, 5, 6, 7];
    const edges = sturgesEdges(values);
    expect(edges).toEqual([0, 1.75, 3.5, 5.25, 7]);
    expect(histogram(values, edges)).toEqual([2, 2, 2, 2]);
  });

  it("rounds the bin count up: n = 5 → ceil(log2 5 + 1) = ceil(3.32) = 4 bins", () => {
    // ptp = 10, step = 10 / 4 = 2.5 → [0, 2.5, 5, 7.5, 10]; counts 0,1,2 | 3 | - | 10
    const values = [0, 1, 2, 3, 10];
    const edges = sturgesEdges(values);
    expect(edges).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(histogram(values, edges)).toEqual([3, 1, 0, 1]);
  });

  it("sends values on inner edges up and keeps the maximum in the last bin", () => {
    // n = 8, ptp = 8 → width 2, edges [0, 2, 4, 6, 8]; 2, 4, 6 go up, 8 stays in the closed last bin
    const values = [0, 1, 2, 3, 4, 5, 6, 8];
    const edges = sturgesEdges(values);
    expect(edges).toEqual([0, 2, 4, 6, 8]);
    expect(histogram(values, edges)).toEqual([2, 2, 2, 2]);
    // the open top bucket of binCounts matches the closed last bin for values within [min, max]
    expect(Array.from(binCounts(values, edges.slice(1, -1)))).toEqual([2, 2, 2, 2]);
  });

  it("widens a constant sample to min − 0.5 .. max + 0.5 with one bin", () => {
    expect(sturgesEdges([5, 5, 5])).toEqual([4.5, 5.5]);
    expect(sturgesEdges([2])).toEqual([1.5, 2.5]);
  });

  it("starts at the minimum, ends exactly at the maximum, and ascends", () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 200 }), (values) => {
        const min = Math.min(...values);
        const max = Math.max(...values);
        // Ranges of a few ulps make NumPy refuse ("too many bins"); keep to real spreads.
        fc.pre(max - min > 1e-3);
        const edges = sturgesEdges(values);
        expect(edges[0]).toBe(min);
        expect(edges[edges.length - 1]).toBe(max);
        // ceil(log2 n + 1), or one more where NumPy's float division rounds up
        const expectedBins = Math.ceil(Math.log2(values.length) + 1);
        expect(edges.length - 1).toBeGreaterThanOrEqual(expectedBins);
        expect(edges.length - 1).toBeLessThanOrEqual(expectedBins + 1);
        for (let i = 1; i < edges.length; i++) expect(edges[i]!).toBeGreaterThan(edges[i - 1]!);
        // every value is counted exactly once by binCounts on the inner edges
        const counts = binCounts(values, edges.slice(1, -1));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(values.length);
        expect(Array.from(counts)).toEqual(histogram(values, edges));
      }),
      runs,
    );
  });
});

describe("medianInPlace", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(medianInPlace(Float64Array.from([3, 1, 2]))).toBe(2);
    expect(medianInPlace(Float64Array.from([4, 1, 3, 2]))).toBe(2.5);
    expect(medianInPlace(Float64Array.from([0, 0, 1, 1, 1, 1]))).toBe(1);
    expect(medianInPlace(Float64Array.from([7]))).toBe(7);
    expect(() => medianInPlace(new Float64Array(0))).toThrow(RangeError);
  });

  it("agrees with sorting", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 80 }), (values) => {
        const sorted = [...values].sort((a, b) => a - b);
        const mid = sorted.length >> 1;
        const expected = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
        expect(medianInPlace(Float64Array.from(values))).toBe(expected);
      }),
      runs,
    );
  });
});
