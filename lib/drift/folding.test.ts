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
        ["x", 990],
        ["y", 10],
      ]),
      new Map([["x", 1000]]),
    );
    expect(result).toEqual({ categories: ["x", "y"], reference: [990, 10], current: [1000, 0] });
  });

  it("folds a value with fewer than 10 rows in both windows together, whatever its share", () => {
    const reference = new Map([
      ["x", 96],
      ["y", 4],
    ]);
    expect(foldRareCategories(reference, new Map([["x", 100]])).categories).toEqual(["x", "other"]);
    expect(
      foldRareCategories(
        reference,
        new Map([
          ["x", 95],
          ["y", 5],
        ]),
      ).categories,
    ).toEqual(["x", "other"]);
    expect(
      foldRareCategories(
        reference,
        new Map([
          ["x", 94],
          ["y", 6],
        ]),
      ).categories,
    ).toEqual(["x", "y"]);
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
