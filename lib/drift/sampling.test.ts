import { describe, expect, it } from "vitest";
import { evenly } from "./sampling";

describe("evenly", () => {
  it("keeps every item of a short list and thins a long one at even steps", () => {
    expect(evenly([1, 2, 3], 5)).toEqual([1, 2, 3]);
    expect(evenly([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 4)).toEqual([0, 2, 5, 7]); // floor(i·10/4)
    expect(evenly([0, 1, 2, 3, 4, 5], 3)).toEqual([0, 2, 4]);
  });
});
