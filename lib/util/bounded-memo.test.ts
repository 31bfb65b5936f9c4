import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo";

describe("boundedMemo", () => {
  it("computes an answer once, and forgets the oldest past its limit", () => {
    const computed: number[] = [];
    const square = boundedMemo(2, (n: number) => {
      computed.push(n);
      return n * n;
    });
    expect([square(2), square(2), square(3)]).toEqual([4, 4, 9]);
    expect(computed).toEqual([2, 3]);
    square(4); // forgets 2, the oldest
    expect([square(3), square(2)]).toEqual([9, 4]);
    expect(computed).toEqual([2, 3, 4, 2]);
    // Round the ring again: 2 came back last, so 3 went and 4 stays.
    expect([square(4), square(3)]).toEqual([16, 9]);
    expect(computed).toEqual([2, 3, 4, 2, 3]);
  });

  it("knows inputs by their key", () => {
    const length = boundedMemo(
      10,
      (text: string) => ({ length: text.length }),
      (text) => text.toLowerCase(),
    );
    expect(length("Ab")).toBe(length("aB"));
  });
});
