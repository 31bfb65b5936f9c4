import { describe, expect, it } from "vitest";
import { foldRareCategories } from "./folding";

describe("foldRareCategories", () => {
  it("folds values under 1 % in both windows into `other`, keeping a value new in the current window", () => {
    const reference = new Map([
      ["a", 500],
      ["b", 480],
      ["c", 15],
      ["d", 4],
      ["other", 1],
    ]);
    const current = new Map([
      ["a", 450],
      ["b", 440],
      ["e", 100],
      ["d", 5],
      ["f", 5],
    ]);
    // d (0.4 % / 0.5 %) and f (0 % / 0.5 %) fold together with the existing `other`; c (1.5 % before) and
    // e (10 % now) stay.
    expect(foldRareCategories(reference, current)).toEqual({
      categories: ["a", "b", "c", "e", "other"],
      reference: [500, 480, 15, 0, 5],
      current: [450, 440, 0, 100, 10],
    });
  });

  it("keeps a value at exactly the minimum share and adds no `other` when nothing folds", () => {
    const result = foldRareCategories(
      new Map([
        ["x", 99],
        ["y", 1],
      ]),
      new Map([["x", 100]]),
    );
    expect(result).toEqual({ categories: ["x", "y"], reference: [99, 1], current: [100, 0] });
  });

  it("takes the minimum share as a parameter", () => {
    const result = foldRareCategories(
      new Map([
        ["x", 90],
        ["y", 10],
      ]),
      new Map([
        ["x", 95],
        ["y", 5],
      ]),
      0.2,
    );
    expect(result.categories).toEqual(["x", "other"]);
  });
});
