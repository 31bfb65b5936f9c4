import { describe, expect, it } from "vitest";
import { reachingSets } from "./reaching-sets";

describe("reachingSets", () => {
  it("is every key alone when the deficit is at most the lightest", () => {
    expect(reachingSets([0.5, 0.5, 0.3], 0.3, 10)).toEqual([[0], [1], [2]]);
  });

  it("lists the least sets only: none holds another", () => {
    // 1.0 reaches alone; 0.6 needs 0.5 or 0.4; 0.5 and 0.4 together fall short.
    expect(reachingSets([1, 0.6, 0.5, 0.4], 1, 10)).toEqual([[0], [1, 2], [1, 3]]);
  });

  it("matches a brute force over every subset", () => {
    const weights = [0.52, 0.52, 0.52, 0.47, 0.37, 0.25, 0.25, 0.16];
    for (const deficit of [0.2, 0.6, 0.99, 1.3, 2.1, 3.0]) {
      const least: number[][] = [];
      for (let mask = 1; mask < 1 << weights.length; mask++) {
        const set = weights.map((_, index) => index).filter((index) => mask & (1 << index));
        const sum = (indexes: number[]) => indexes.reduce((total, index) => total + weights[index]!, 0);
        if (sum(set) >= deficit && set.every((left) => sum(set.filter((index) => index !== left)) < deficit)) {
          least.push(set);
        }
      }
      const sorted = (sets: number[][]) => sets.map((set) => set.join(",")).sort();
      expect(sorted(reachingSets(weights, deficit, 1_000)!), String(deficit)).toEqual(sorted(least));
    }
  });

  it("is the empty set when nothing is missing, none when the keys cannot reach it, null past the limit", () => {
    expect(reachingSets([0.5], 0, 10)).toEqual([[]]);
    expect(reachingSets([0.5, 0.4], 1, 10)).toEqual([]);
    expect(reachingSets([0.3, 0.3, 0.3, 0.3, 0.3], 0.6, 9)).toBeNull();
    expect(reachingSets([0.3, 0.3, 0.3, 0.3, 0.3], 0.6, 10)).toHaveLength(10);
  });
});
