import { describe, expect, it } from "vitest";
import { SeededRandom } from "@/lib/util/random";
import { radixSorter } from "./radix-sort";

describe("radixSorter", () => {
  it("orders as Float32Array.prototype.sort: negatives, zeros, ties, subnormal and huge values", () => {
    const random = new SeededRandom(5);
    const samples = [
      Float32Array.from([3, -1, 0, -0, 2.5, -2.5, 1e-40, -1e-40, 3e38, -3e38, 3, 0, -0, 7]),
      Float32Array.from({ length: 2_000 }, () => (random.next() - 0.5) * 10 ** random.int(-5, 5)),
      Float32Array.from({ length: 2_000 }, () => random.next() * 2 - 1),
      Float32Array.from({ length: 500 }, () => random.int(-3, 3)),
      new Float32Array(0),
      Float32Array.of(42),
    ];
    // One sorter for all: its buffers are reused, so leftovers of a longer array must not leak into a shorter one.
    const sort = radixSorter(2_000);
    for (const values of samples) {
      const expected = values.slice().sort();
      // toEqual tells −0 from 0, so this also checks that −0 comes back as −0, before 0.
      expect(sort(values.slice())).toEqual(expected);
    }
  });

  it("sorts a subarray in place without touching its neighbours, and refuses more values than it holds", () => {
    const values = Float32Array.from([9, 3, 1, 2, -9]);
    radixSorter(3)(values.subarray(1, 4));
    expect([...values]).toEqual([9, 1, 2, 3, -9]);
    expect(() => radixSorter(3)(values)).toThrow(RangeError);
  });
});
