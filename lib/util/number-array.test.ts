import { describe, expect, it } from "vitest";
import { isNumberArray } from "./number-array";

describe("isNumberArray", () => {
  it("is true for a non-empty array of numbers only, doubles or integers", () => {
    expect(isNumberArray([0.5, -1, 2e-8])).toBe(true);
    expect(isNumberArray([1, 2, 3])).toBe(true);
    expect(isNumberArray([Number.NaN])).toBe(true);
  });

  it("is false for an empty array, holes, and any item that is not a number, first or later", () => {
    expect(isNumberArray([])).toBe(false);
    expect(isNumberArray(["1", 2])).toBe(false);
    expect(isNumberArray([1, "2"])).toBe(false);
    expect(isNumberArray([1, null])).toBe(false);
    expect(isNumberArray([1, [2]])).toBe(false);
    // eslint-disable-next-line no-sparse-arrays -- a hole is the case
    expect(isNumberArray([1, , 3])).toBe(false);
  });
});
