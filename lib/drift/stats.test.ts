import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  binProportions,
  categoricalPsi,
  jensenShannonDistance,
  meanEmbeddingDistance,
  mmd2,
  normedWasserstein,
  psi,
  psiFromProportions,
  referenceQuantileEdges,
  wasserstein1,
} from "./stats";

const runs = { numRuns: 200 };
const { log, sqrt, exp, abs } = Math;
const LN2 = log(2);

const value = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
const sample = fc.array(value, { minLength: 1, maxLength: 60 });
// Small integer samples exercise Evidently's categorical branch; doubles its Sturges branch.
const mixedSample = fc.oneof(sample, fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 60 }));
const binning = fc.constantFrom("evidently" as const, "reference-quantile" as const);
const range = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

describe("psiFromProportions", () => {
  it("sums (r − c)·ln(r / c)", () => {
    // (0.5 − 0.25)·ln(0.5 / 0.25) + (0.5 − 0.75)·ln(0.5 / 0.75) = 0.25·ln 2 + 0.25·ln 1.5 = 0.25·ln 3 ≈ 0.2747
    expect(psiFromProportions([0.5, 0.5], [0.25, 0.75])).toBeCloseTo(0.25 * log(3), 15);
    expect(psiFromProportions([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });

  it("replaces a zero share with 1e-4 when the side's smallest share is larger", () => {
    // reference [0.5, 0.5, 0 → 1e-4]; current has no zero:
    // 0 + (0.5 − 0.25)·ln 2 + (1e-4 − 0.25)·ln(1e-4 / 0.25) = 0.25·ln 2 + (0.25 − 1e-4)·ln 2500
    const expected = 0.25 * LN2 + (0.25 - 1e-4) * log(2500);
    expect(psiFromProportions([0.5, 0.5, 0], [0.5, 0.25, 0.25])).toBeCloseTo(expected, 12);
    // a bin empty on both sides gets 1e-4 on both and contributes nothing
    expect(psiFromProportions([0.5, 0.5, 0], [0.5, 0.5, 0])).toBe(0);
  });

  it("replaces a zero share with (smallest share) / 10⁶ when that share is <= 1e-4", () => {
    // reference [0.99995, 5e-5, 0 → 5e-11], current [0.99995, 0 → 5e-11, 5e-5]:
    // 0 + (5e-5 − 5e-11)·ln(5e-5 / 5e-11) + (5e-11 − 5e-5)·ln(5e-11 / 5e-5) = 2·(5e-5 − 5e-11)·ln 10⁶
    const expected = 2 * (5e-5 - 5e-11) * log(1e6);
    expect(psiFromProportions([0.99995, 5e-5, 0], [0.99995, 0, 5e-5])).toBeCloseTo(expected, 15);
  });

  it("applies the rule per side, with 1e-4 itself taking the /10⁶ branch", () => {
    // reference smallest = 1e-4 (<= 1e-4) → its zero becomes 1e-10; current has no zero:
    // (0.9999 − 0.9998)·ln(0.9999 / 0.9998) + 0 + (1e-10 − 1e-4)·ln(1e-10 / 1e-4)
    const expected = (0.9999 - 0.9998) * log(0.9999 / 0.9998) + (1e-4 - 1e-10) * log(1e6);
    expect(psiFromProportions([0.9999, 1e-4, 0], [0.9998, 1e-4, 1e-4])).toBeCloseTo(expected, 15);
    // the current side's zero uses the current side's own smallest share (0.5 → 1e-4), not the reference's
    const mixed = (1e-10 - 0.5) * log(1e-10 / 0.5) + (0.9999 - 0.5) * log(0.9999 / 0.5) + (1e-4 - 1e-4) * 0;
    expect(psiFromProportions([0, 0.9999, 1e-4], [0.5, 0.5, 0])).toBeCloseTo(mixed, 12);
  });

  it("rejects empty, mismatched and invalid inputs", () => {
    expect(() => psiFromProportions([], [1])).toThrow(new RangeError("psiFromProportions: reference is empty"));
    expect(() => psiFromProportions([1], [])).toThrow(new RangeError("psiFromProportions: current is empty"));
    expect(() => psiFromProportions([1], [0.5, 0.5])).toThrow(RangeError);
    expect(() => psiFromProportions([0, 0], [0.5, 0.5])).toThrow(/no non-zero share/);
    expect(() => psiFromProportions([-0.5, 1.5], [0.5, 0.5])).toThrow(RangeError);
    expect(() => psiFromProportions([Number.NaN, 1], [0.5, 0.5])).toThrow(RangeError);
  });
});

describe("psi, reference-quantile binning (default)", () => {
  it("bins at the reference's quantiles", () => {
    // reference 1..10, 2 bins → edge at the median 5.5: shares [0.5, 0.5]; current [1, 1, 1, 10] → [0.75, 0.25]
    // (0.5 − 0.75)·ln(0.5 / 0.75) + (0.5 − 0.25)·ln(0.5 / 0.25) = 0.25·ln 3
    expect(psi(range(10, 1), [1, 1, 1, 10], { bins: 2 })).toBeCloseTo(0.25 * log(3), 15);
  });

  it("uses 10 bins by default", () => {
    // reference 0..99 → edges 9.9, 19.8, ..., 89.1 → ten bins of 10 values (0.1 each);
    // current all 0 → [1, 0 × 9], zeros → 1e-4:
    // (0.1 − 1)·ln(0.1) + 9·(0.1 − 1e-4)·ln(0.1 / 1e-4) = 0.9·ln 10 + 9·0.0999·ln 1000
    const expected = 0.9 * log(10) + 9 * (0.1 - 1e-4) * log(1000);
    expect(psi(range(100), new Array<number>(50).fill(0))).toBeCloseTo(expected, 12);
    expect(psi(range(100), new Array<number>(50).fill(0), { binning: "reference-quantile", bins: 10 })).toBeCloseTo(
      expected,
      12,
    );
  });

  it("equals binning both samples on referenceQuantileEdges, as the SQL job does", () => {
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: 1, max: 20 }), (reference, current, bins) => {
        const edges = referenceQuantileEdges(reference, bins);
        const viaSql = psiFromProportions(binProportions(reference, edges), binProportions(current, edges));
        expect(psi(reference, current, { bins })).toBe(viaSql);
      }),
      runs,
    );
  });

  it("rejects empty or non-finite samples", () => {
    expect(() => psi([], [1])).toThrow(new RangeError("psi: reference is empty"));
    expect(() => psi([1], [])).toThrow(new RangeError("psi: current is empty"));
    expect(() => psi([1, Number.NaN], [1])).toThrow(RangeError);
    expect(() => psi([1], [1], { bins: 0 })).toThrow(RangeError);
  });
});

describe("psi, Evidently binning", () => {
  it("treats a reference with <= 20 distinct values as categories (integers 0..3)", () => {
    // reference shares 0.25 each; current [0: 1/8, 1: 3/8, 2: 0 → 1e-4, 3: 4/8]
    // 0.125·ln 2 + (−0.125)·ln(0.25/0.375) + (0.25 − 1e-4)·ln(0.25/1e-4) + (−0.25)·ln(0.5)
    // = 0.375·ln 2 + 0.125·ln 1.5 + 0.2499·ln 2500
    const reference = [0, 0, 1, 1, 2, 2, 3, 3];
    const current = [0, 1, 1, 1, 3, 3, 3, 3];
    const expected = 0.375 * LN2 + 0.125 * log(1.5) + (0.25 - 1e-4) * log(2500);
    expect(psi(reference, current, { binning: "evidently" })).toBeCloseTo(expected, 12);
    expect(psi(reference, current, { binning: "evidently" })).toBeCloseTo(
      categoricalPsi(reference.map(String), current.map(String)),
      15,
    );
  });

  it("adds a bin for a value seen only in the current sample", () => {
    // reference [0, 1] → {0: .5, 1: .5, 7: 0 → 1e-4}; current [0, 7] → {0: .5, 1: 0 → 1e-4, 7: .5}
    // 0 + (0.5 − 1e-4)·ln(0.5/1e-4) + (1e-4 − 0.5)·ln(1e-4/0.5) = 2·(0.5 − 1e-4)·ln 5000
    expect(psi([0, 1], [0, 7], { binning: "evidently" })).toBeCloseTo(2 * (0.5 - 1e-4) * log(5000), 12);
  });

  it("switches at exactly 20 distinct reference values", () => {
    // 20 distinct (0..19), current [0.5] → 21 categories: reference 0.05 each and 0.5 → 1e-4;
    // current 0.5 → 1 and the rest 1e-4: 20·(0.05 − 1e-4)·ln(0.05/1e-4) + (1e-4 − 1)·ln(1e-4)
    const categorical = 20 * (0.05 - 1e-4) * log(500) + (1 - 1e-4) * log(1e4);
    expect(psi(range(20), [0.5], { binning: "evidently" })).toBeCloseTo(categorical, 12);

    // 21 distinct (0..20) and current 24 × 11 → pooled n = 32: Sturges log2(32) + 1 = 6 bins over
    // [0, 24], width 4, edges 0, 4, ..., 24. Reference counts [4, 4, 4, 4, 4, 1] / 21 (20 in [20, 24]);
    // current all in the closed last bin → [0 × 5 → 1e-4, 1]:
    // 5·(4/21 − 1e-4)·ln((4/21)/1e-4) + (1/21 − 1)·ln(1/21)
    const sturges = 5 * (4 / 21 - 1e-4) * log(4 / 21 / 1e-4) + (1 / 21 - 1) * log(1 / 21);
    expect(psi(range(21), new Array<number>(11).fill(24), { binning: "evidently" })).toBeCloseTo(sturges, 12);
  });

  it("bins on Sturges edges of the pooled sample, values on an edge going up", () => {
    // reference 0..23 (24 distinct), current [24..29, 30, 30] → pooled n = 32 → 6 bins over [0, 30], width 5.
    // reference: [0-4] [5-9] [10-14] [15-19] → 5 each, [20-23] → 4, [25-30] → 0 (→ 1e-4)
    // current: 24 → [20, 25); 25..29 and both 30s → the closed last bin: [0 × 4 → 1e-4, 1/8, 7/8]
    const r = [5 / 24, 5 / 24, 5 / 24, 5 / 24, 4 / 24, 1e-4];
    const c = [1e-4, 1e-4, 1e-4, 1e-4, 1 / 8, 7 / 8];
    const expected = r.reduce((sum, ri, i) => sum + (ri - c[i]!) * log(ri / c[i]!), 0);
    expect(psi(range(24), [24, 25, 26, 27, 28, 29, 30, 30], { binning: "evidently" })).toBeCloseTo(expected, 12);
  });

  it("ignores the bins option", () => {
    const reference = range(40);
    const current = range(40, 10);
    expect(psi(reference, current, { binning: "evidently", bins: 3 })).toBe(
      psi(reference, current, { binning: "evidently" }),
    );
  });
});

describe("psi properties", () => {
  it("is >= 0, and 0 for identical samples (in any order)", () => {
    fc.assert(
      fc.property(mixedSample, mixedSample, binning, (reference, current, mode) => {
        expect(psi(reference, current, { binning: mode })).toBeGreaterThanOrEqual(0);
        expect(psi(reference, reference, { binning: mode })).toBe(0);
        expect(psi(reference, [...reference].reverse(), { binning: mode })).toBe(0);
      }),
      runs,
    );
  });
});

describe("categoricalPsi", () => {
  it("uses one bin per category seen in either sample", () => {
    // [a: .5, b: .5] vs [a: .25, b: .75] → 0.25·ln 3
    expect(categoricalPsi(["a", "a", "b", "b"], ["a", "b", "b", "b"])).toBeCloseTo(0.25 * log(3), 15);
    // reference [a, b] vs current [a, c]: 2·(0.5 − 1e-4)·ln(0.5 / 1e-4)
    expect(categoricalPsi(["a", "b"], ["a", "c"])).toBeCloseTo(2 * (0.5 - 1e-4) * log(5000), 12);
  });

  it("is >= 0, and 0 for identical samples", () => {
    const category = fc.array(fc.constantFrom("a", "b", "c", "d"), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(category, category, (reference, current) => {
        expect(categoricalPsi(reference, current)).toBeGreaterThanOrEqual(0);
        expect(categoricalPsi(reference, [...reference].reverse())).toBe(0);
      }),
      runs,
    );
  });

  it("rejects empty samples", () => {
    expect(() => categoricalPsi([], ["a"])).toThrow(new RangeError("categoricalPsi: reference is empty"));
    expect(() => categoricalPsi(["a"], [])).toThrow(new RangeError("categoricalPsi: current is empty"));
  });
});

describe("jensenShannonDistance (natural log)", () => {
  it("is 0 for identical and sqrt(ln 2) for disjoint distributions", () => {
    expect(jensenShannonDistance([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
    // m = [½, ½]: KL(p‖m) = KL(q‖m) = ln 2 → sqrt((ln 2 + ln 2) / 2)
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(sqrt(LN2), 15);
  });

  it("matches a hand-computed value", () => {
    // p = [½, ½], q = [1, 0], m = [¾, ¼]
    // KL(p‖m) = ½·ln(⅔) + ½·ln 2 = ½·ln(4/3); KL(q‖m) = ln(4/3) → sqrt((½ + 1)·ln(4/3) / 2) = sqrt(¾·ln(4/3))
    expect(jensenShannonDistance([0.5, 0.5], [1, 0])).toBeCloseTo(sqrt(0.75 * log(4 / 3)), 15);
  });

  it("normalises its inputs first, as SciPy does", () => {
    expect(jensenShannonDistance([2, 0], [0, 5])).toBeCloseTo(sqrt(LN2), 15);
    expect(jensenShannonDistance([1, 1], [4, 0])).toBeCloseTo(sqrt(0.75 * log(4 / 3)), 15);
  });

  it("lies in [0, sqrt(ln 2)] and is symmetric", () => {
    const weights = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(weights, weights, (a, b) => {
        const n = Math.min(a.length, b.length);
        const p = a.slice(0, n);
        const q = b.slice(0, n);
        fc.pre(p.some((w) => w > 0) && q.some((w) => w > 0));
        const d = jensenShannonDistance(p, q);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(sqrt(LN2) + 1e-12);
        expect(jensenShannonDistance(q, p)).toBeCloseTo(d, 12);
        expect(jensenShannonDistance(p, p)).toBe(0);
      }),
      runs,
    );
  });

  it("rejects empty, mismatched, negative and all-zero inputs", () => {
    expect(() => jensenShannonDistance([], [1])).toThrow(RangeError);
    expect(() => jensenShannonDistance([1], [0.5, 0.5])).toThrow(RangeError);
    expect(() => jensenShannonDistance([-1, 2], [0.5, 0.5])).toThrow(RangeError);
    expect(() => jensenShannonDistance([0, 0], [0.5, 0.5])).toThrow(/sums to zero/);
  });
});

describe("wasserstein1", () => {
  it("matches hand-computed values", () => {
    // a shift of every point by 5
    expect(wasserstein1([0, 1, 3], [5, 6, 8])).toBe(5);
    // ∫|F − G|: on [0, 1) |1 − 0| = 1, on [1, 3) |1 − ½|·2 = 1 → 2 (= mean distance from 0 to {1, 3})
    expect(wasserstein1([0], [1, 3])).toBe(2);
    // on [0, 1) |½ − 0| = ½, on [1, 2) |½ − 1| = ½ → 1
    expect(wasserstein1([0, 2], [1])).toBe(1);
    expect(wasserstein1([3, 1, 2], [2, 3, 1])).toBe(0);
  });

  it("is symmetric, >= 0, and |t| for a copy shifted by t", () => {
    fc.assert(
      fc.property(sample, sample, value, (u, v, t) => {
        const d = wasserstein1(u, v);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(wasserstein1(v, u)).toBe(d);
        expect(wasserstein1(u, u)).toBe(0);
        expect(
          abs(
            wasserstein1(
              u,
              u.map((x) => x + t),
            ) - abs(t),
          ),
        ).toBeLessThan(1e-9);
      }),
      runs,
    );
  });

  it("equals the mean gap between sorted values for equal-size samples", () => {
    const sameSize = fc.integer({ min: 1, max: 40 }).chain((n) => {
      const ofSize = fc.array(value, { minLength: n, maxLength: n });
      return fc.tuple(ofSize, ofSize);
    });
    fc.assert(
      fc.property(sameSize, ([u, v]) => {
        const su = [...u].sort((a, b) => a - b);
        const sv = [...v].sort((a, b) => a - b);
        const expected = su.reduce((sum, x, i) => sum + abs(x - sv[i]!), 0) / su.length;
        expect(abs(wasserstein1(u, v) - expected)).toBeLessThan(1e-9);
      }),
      runs,
    );
  });

  it("rejects empty or non-finite samples", () => {
    expect(() => wasserstein1([], [1])).toThrow(new RangeError("wasserstein1: reference is empty"));
    expect(() => wasserstein1([1], [])).toThrow(new RangeError("wasserstein1: current is empty"));
    expect(() => wasserstein1([Infinity], [1])).toThrow(RangeError);
  });
});

describe("normedWasserstein", () => {
  it("divides by the population std of the reference", () => {
    // reference [0, 2]: mean 1, std sqrt((1 + 1) / 2) = 1; W1 to [1] is 1
    expect(normedWasserstein([0, 2], [1])).toBe(1);
    // reference [0, 1, 3]: mean 4/3, squared deviations 16/9 + 1/9 + 25/9 = 42/9 → std sqrt(14)/3; W1 = 5
    expect(normedWasserstein([0, 1, 3], [5, 6, 8])).toBeCloseTo(15 / sqrt(14), 14);
  });

  it("floors the std at 0.001", () => {
    // constant reference: std 0 → 0.001; W1([2, 2, 2], [3, 3]) = 1
    expect(normedWasserstein([2, 2, 2], [3, 3])).toBeCloseTo(1000, 9);
  });

  it("rejects empty samples", () => {
    expect(() => normedWasserstein([], [1])).toThrow(RangeError);
    expect(() => normedWasserstein([1], [])).toThrow(RangeError);
  });
});

describe("meanEmbeddingDistance", () => {
  it("measures between the mean vectors", () => {
    // means [1, 0] and [0, 2]: euclidean sqrt(1 + 4); orthogonal → cosine distance 1
    const reference = [
      [0, 0],
      [2, 0],
    ];
    const current = [
      [0, 1],
      [0, 3],
    ];
    expect(meanEmbeddingDistance(reference, current, "euclidean")).toBeCloseTo(sqrt(5), 15);
    expect(meanEmbeddingDistance(reference, current, "cosine")).toBe(1);
  });

  it("gives 1 − cos θ for cosine", () => {
    // means [1, 0] and [1, 1]: cos 45° = 1/√2
    expect(meanEmbeddingDistance([[1, 0]], [[1, 1]], "cosine")).toBeCloseTo(1 - 1 / sqrt(2), 15);
    expect(meanEmbeddingDistance([[2, 0]], [[-1, 0]], "cosine")).toBe(2);
    expect(meanEmbeddingDistance([[3, 4]], [[6, 8]], "cosine")).toBe(0);
    expect(meanEmbeddingDistance([[3, 4]], [[3, 4]], "euclidean")).toBe(0);
  });

  it("rejects empty, ragged, non-finite and zero-mean (cosine) inputs", () => {
    expect(() => meanEmbeddingDistance([], [[1]], "euclidean")).toThrow(
      new RangeError("meanEmbeddingDistance: reference is empty"),
    );
    expect(() => meanEmbeddingDistance([[1]], [], "euclidean")).toThrow(
      new RangeError("meanEmbeddingDistance: current is empty"),
    );
    expect(() => meanEmbeddingDistance([[1, 2]], [[1]], "euclidean")).toThrow(/dimensions/);
    expect(() => meanEmbeddingDistance([[]], [[]], "euclidean")).toThrow(/no dimensions/);
    expect(() => meanEmbeddingDistance([[Number.NaN]], [[1]], "euclidean")).toThrow(RangeError);
    expect(() => meanEmbeddingDistance([[1], [-1]], [[1]], "cosine")).toThrow(/zero mean vector/);
  });
});

/** Unbiased MMD² written out over i ≠ j, with the median heuristic by full sort — an independent check. */
function naiveMmd2(x: number[][], y: number[][], gamma?: number): number {
  const sq = (a: number[], b: number[]) => a.reduce((s, ai, d) => s + (ai - b[d]!) ** 2, 0);
  let g = gamma;
  if (g === undefined) {
    const pooled = [...x, ...y];
    const all: number[] = [];
    for (let i = 0; i < pooled.length; i++)
      for (let j = i + 1; j < pooled.length; j++) all.push(sq(pooled[i]!, pooled[j]!));
    const median = (values: number[]) => {
      const s = [...values].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    };
    const positive = all.filter((d) => d > 0);
    if (positive.length === 0) return 0;
    g = 1 / (median(all) || median(positive));
  }
  const k = (a: number[], b: number[]) => exp(-g * sq(a, b));
  const within = (s: number[][]) => {
    let total = 0;
    s.forEach((a, i) => s.forEach((b, j) => (total += i === j ? 0 : k(a, b))));
    return total / (s.length * (s.length - 1));
  };
  let cross = 0;
  for (const a of x) for (const b of y) cross += k(a, b);
  return within(x) + within(y) - (2 * cross) / (x.length * y.length);
}

describe("mmd2", () => {
  it("matches hand-computed values", () => {
    // x = {0, 0}, y = {1, 1}, gamma = ln 2 → k(0, 1) = ½: within terms 1 and 1, cross mean ½ → 1 + 1 − 2·½ = 1
    expect(mmd2([[0], [0]], [[1], [1]], LN2)).toBeCloseTo(1, 15);
    // x = y = {0, 1}, gamma = 1: within = e⁻¹ each; cross = (1 + e⁻¹ + e⁻¹ + 1) / 4 → 2e⁻¹ − (1 + e⁻¹) = e⁻¹ − 1 < 0
    expect(mmd2([[0], [1]], [[0], [1]], 1)).toBeCloseTo(exp(-1) - 1, 15);
  });

  it("defaults gamma to 1 / median pairwise squared distance of the pooled sample", () => {
    // pooled {0, 0, 1, 1}: squared distances [0, 1, 1, 1, 1, 0] → median 1 → gamma 1
    // within = 1 each, cross = e⁻¹ → 2 − 2e⁻¹
    expect(mmd2([[0], [0]], [[1], [1]])).toBeCloseTo(2 - 2 * exp(-1), 15);
    expect(mmd2([[0], [0]], [[1], [1]])).toBe(mmd2([[0], [0]], [[1], [1]], 1));
    // pooled {0, 0, 0, 0, 2}: six zero and four 4s → median 0, so the median of the non-zero ones: gamma ¼
    expect(mmd2([[0], [0], [0]], [[0], [2]])).toBe(mmd2([[0], [0], [0]], [[0], [2]], 0.25));
    // every point identical: nothing can differ
    expect(
      mmd2(
        [
          [1, 1],
          [1, 1],
        ],
        [
          [1, 1],
          [1, 1],
        ],
      ),
    ).toBe(0);
    // a subnormal median (5e-324) makes gamma infinite: k is then 1 for ties and 0 otherwise, not NaN
    // x = {0, 0}, y = {0, 3e-162}: d = (3e-162)² = 1e-323, median of [0, 0, 0, d, d, d] = d/2 = 5e-324 → gamma ∞;
    // within x 1, within y 0, cross mean ½ → 1 + 0 − 1 = 0
    expect(mmd2([[0], [0]], [[0], [3e-162]])).toBe(0);
  });

  it("agrees with a naive implementation", () => {
    // On a 1e-6 grid: realistic coordinates, and exact ties for the median-0 fallback.
    const coordinate = fc.integer({ min: -3e6, max: 3e6 }).map((v) => v / 1e6);
    const points = (dim: number) =>
      fc.array(fc.array(coordinate, { minLength: dim, maxLength: dim }), { minLength: 2, maxLength: 12 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((dim) => fc.tuple(points(dim), points(dim))),
        fc.option(fc.double({ min: 0.01, max: 10, noNaN: true }), { nil: undefined }),
        ([x, y], gamma) => {
          expect(mmd2(x, y, gamma)).toBeCloseTo(naiveMmd2(x, y, gamma), 10);
        },
      ),
      runs,
    );
  });

  it("is near 0 for a sample against itself, relative to a shifted copy", () => {
    // mmd2(x, x) = −(2/m)(1 − mean off-diagonal kernel): the cross term includes k(xᵢ, xᵢ) = 1
    const point = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 2 });
    const points = fc.array(point, { minLength: 10, maxLength: 30 });
    fc.assert(
      fc.property(points, (x) => {
        const shifted = x.map((row) => row.map((v) => v + 5));
        const self = mmd2(x, x);
        expect(abs(self)).toBeLessThan(0.2 * mmd2(x, shifted));
        expect(self).toBeLessThanOrEqual(1e-12);
        expect(self).toBeGreaterThanOrEqual(-2 / x.length - 1e-12);
      }),
      runs,
    );
  });

  it("rejects too few vectors, bad gamma and ragged input", () => {
    expect(() => mmd2([[0]], [[0], [1]])).toThrow(/at least 2/);
    expect(() => mmd2([], [[0], [1]])).toThrow(RangeError);
    expect(() => mmd2([[0], [1]], [[0], [1]], 0)).toThrow(/gamma must be positive/);
    expect(() => mmd2([[0], [1]], [[0], [1]], Number.NaN)).toThrow(RangeError);
    expect(() =>
      mmd2(
        [[0], [1]],
        [
          [0, 1],
          [1, 1],
        ],
      ),
    ).toThrow(/dimensions/);
  });
});
