import { describe, expect, it } from "vitest";
import { binLabels, binnedTest, chancePsi, chiSquareCritical, wassersteinTest } from "./signal-test";

describe("binnedTest", () => {
  it("computes PSI from counts and flags it at the threshold", () => {
    // shares [0.5, 0.5] vs [0.25, 0.75]: 0.25·ln 2 + 0.25·ln 1.5 = 0.25·ln 3 ≈ 0.275
    const outcome = binnedTest("psi", [500, 500], [250, 750], 0.1);
    expect(outcome.value).toBeCloseTo(0.25 * Math.log(3), 12);
    expect(outcome).toMatchObject({ test: "psi", threshold: 0.1, drifted: true, minimumEffect: 0.1 });
    expect(binnedTest("psi", [10, 30], [20, 60], 0.1)).toMatchObject({ value: 0, drifted: false });
  });

  it("raises the threshold to what chance reaches at small window sizes", () => {
    // 20 vs 26 of 100: PSI ≈ 0.022, above a 0.02 minimum effect but well within chance for 100 rows a side.
    const small = binnedTest("psi", [20, 80], [26, 74], 0.02);
    expect(small.chanceThreshold).toBeCloseTo(chancePsi(100, 100, 2), 12);
    expect(small).toMatchObject({ drifted: false, beyondChance: false, minimumEffect: 0.02 });
    expect(small.threshold).toBe(small.chanceThreshold);
    // The same shares over 100,000 rows a side are beyond chance; the minimum effect decides.
    const large = binnedTest("psi", [20_000, 80_000], [26_000, 74_000], 0.02);
    expect(large).toMatchObject({ drifted: true, beyondChance: true, threshold: 0.02 });
  });

  it("approximates χ² upper 1 % points within 2 %", () => {
    // scipy.stats.chi2.ppf(0.99, df)
    for (const [df, exact] of [
      [1, 6.634896601021214],
      [9, 21.665994333461924],
      [30, 50.89218131151707],
    ] as const)
      expect(Math.abs(chiSquareCritical(df) / exact - 1)).toBeLessThan(0.02);
  });

  it("computes the Jensen–Shannon distance from counts", () => {
    // disjoint supports: sqrt(ln 2) with natural logarithms
    expect(binnedTest("jensen_shannon", [7, 0], [0, 3], 0.1).value).toBeCloseTo(Math.sqrt(Math.log(2)), 12);
  });
});

describe("wassersteinTest", () => {
  it("norms W1 by the reference's standard deviation", () => {
    // reference {0, 2}: std 1; shifting by 0.5 moves all mass 0.5 → 0.5
    expect(wassersteinTest([0, 2], [0.5, 2.5], 0.1)).toEqual({
      test: "wasserstein",
      value: 0.5,
      threshold: 0.1,
      drifted: true,
      minimumEffect: 0.1,
      chanceThreshold: null,
      beyondChance: null,
    });
  });
});

describe("binLabels", () => {
  it("names the width_bucket bins around each edge", () => {
    expect(binLabels([0.25, 0.5])).toEqual(["< 0.25", "0.25 – 0.5", "≥ 0.5"]);
    expect(binLabels([1, 2.34567])).toEqual(["< 1", "1 – 2.35", "≥ 2.35"]);
    expect(binLabels([])).toEqual(["all values"]);
  });
});
