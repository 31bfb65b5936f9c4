import { describe, expect, it } from "vitest";
import { binLabels, binnedTest, wassersteinTest } from "./signal-test";

describe("binnedTest", () => {
  it("computes PSI from counts and flags it at the threshold", () => {
    // shares [0.5, 0.5] vs [0.25, 0.75]: 0.25·ln 2 + 0.25·ln 1.5 = 0.25·ln 3 ≈ 0.275
    const outcome = binnedTest("psi", [50, 50], [25, 75], 0.1);
    expect(outcome.value).toBeCloseTo(0.25 * Math.log(3), 12);
    expect(outcome).toMatchObject({ test: "psi", threshold: 0.1, drifted: true });
    expect(binnedTest("psi", [10, 30], [20, 60], 0.1)).toMatchObject({ value: 0, drifted: false });
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
