import { describe, expect, it } from "vitest";
import { SeededRandom } from "@/lib/util/random";
import { radixSorter } from "./radix-sort";

describe("radixSorter", () => {
  it("orders as Float64Array.prototype.sort: negatives, zeros, ties, tiny and huge values, float32 values", () => {
    const random = new SeededRandom(5);
    const samples = [
      Float64Array.from([3, -1, 0, -0, 2.5, -2.5, 1e-310, -1e-310, 1e300, -1e300, 3, 0, -0, 7]),
      Float64Array.from({ length: 2_000 }, () => (random.next() - 0.5) * 10 ** random.int(-5, 5)),
      Float64Array.from({ length: 2_000 }, () => Math.fround(random.next() * 2 - 1)),
      Float64Array.from({ length: 500 }, () => random.int(-3, 3)),
      new Float64Array(0),
      Float64Array.of(42),
    ];
    // One sorter for all: its buffers are reused, so leftovers of a longer array must not leak into a shorter one.
    const sort = radixSorter(2_000);
    for (const values of samples) {
      const expected = values.slice().sort();
      const sorted = sort(values.slice());
      // −0 comes back as 0 (the distances read values only); toEqual tells them apart, so compare with ===.
      expect(sorted.length).toBe(expected.length);
      expect(sorted.every((value, i) => value === expected[i])).toBe(true);
    }
  });

  it("sorts a subarray in place without touching its neighbours, and refuses more values than it holds", () => {
    const values = Float64Array.from([9, 3, 1, 2, -9]);
    radixSorter(3)(values.subarray(1, 4));
    expect([...values]).toEqual([9, 1, 2, 3, -9]);
    expect(() => radixSorter(3)(values)).toThrow(RangeError);
  });
});
