import { describe, expect, it } from "vitest";
import { SeededRandom } from "@/lib/util/random";
import { binProportions, referenceQuantileEdges } from "./binning";
import {
  FINE_BINS,
  coarseCounts,
  emptyFineCounts,
  fineIndexOfEdge,
  fineQuantileEdges,
  signalRange,
  type FineCounts,
  type SignalRange,
} from "./fine-bins";
import { NUMERIC_SIGNALS } from "./monitored";
import { psiFromProportions, proportionsFromCounts } from "./stats";

/** What the summary query stores: width_bucket(value, low, high, FINE_BINS) per value, and the moments. */
function fineCountsOf(values: number[], range: SignalRange): FineCounts {
  const fine = emptyFineCounts();
  for (const value of values) {
    const index =
      value < range.low
        ? 0
        : value >= range.high
          ? FINE_BINS + 1
          : Math.floor(((value - range.low) / (range.high - range.low)) * FINE_BINS) + 1;
    fine.counts[index] = (fine.counts[index] as number) + 1;
    fine.count += 1;
    fine.sum += value;
    fine.sumSquares += value * value;
  }
  return fine;
}

function normals(random: SeededRandom, count: number, mean: number, sd: number): number[] {
  return Array.from(
    { length: count },
    () => mean + sd * Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next()),
  );
}

const shares = (counts: number[]) => proportionsFromCounts(counts);

describe("fine bins", () => {
  it("declare a range for every numeric signal", () => {
    for (const signal of NUMERIC_SIGNALS) expect(() => signalRange(signal.name)).not.toThrow();
  });

  it("give the exact quantile bins of discrete values (booleans, counts) whose values are bin boundaries", () => {
    const random = new SeededRandom(3);
    for (const [range, values] of [
      [signalRange("has_degree"), Array.from({ length: 5000 }, () => (random.chance(0.7) ? 0 : 1))],
      [signalRange("tool_count"), Array.from({ length: 5000 }, () => random.int(0, 12))],
      [signalRange("seniority_level"), Array.from({ length: 5000 }, () => random.int(0, 5))],
    ] as const) {
      const edges = fineQuantileEdges(fineCountsOf(values, range), range, 10);
      expect(edges).toEqual(referenceQuantileEdges(values, 10));
      const current = values.map((value) => (random.chance(0.1) ? value + 1 : value));
      expect(shares(coarseCounts(fineCountsOf(current, range), range, edges))).toEqual(binProportions(current, edges));
    }
  });

  it("bound the error of continuous quantile bins by the rows of the fine bins at each edge", () => {
    const random = new SeededRandom(7);
    const range = signalRange("score");
    const width = (range.high - range.low) / FINE_BINS;
    const reference = normals(random, 20_000, 50, 10);
    const current = normals(random, 20_000, 52, 10); // a 0.2 SD shift
    const referenceFine = fineCountsOf(reference, range);
    const currentFine = fineCountsOf(current, range);
    const exactEdges = referenceQuantileEdges(reference, 10);
    const fineEdges = fineQuantileEdges(referenceFine, range, 10);
    expect(fineEdges).toHaveLength(exactEdges.length);
    fineEdges.forEach((edge, i) => {
      // The edge is the lower boundary of the fine bin holding the exact quantile.
      expect(edge).toBeLessThanOrEqual(exactEdges[i]! + 1e-9);
      expect(exactEdges[i]! - edge).toBeLessThan(width);
    });
    const exact = binProportions(current, exactEdges);
    const approximate = shares(coarseCounts(currentFine, range, fineEdges));
    // Bin b moves by at most the current rows in the fine bins cut by its lower and upper edge.
    const cutShare = (edge: number | undefined) =>
      edge === undefined ? 0 : (currentFine.counts[fineIndexOfEdge(range, edge)] as number) / current.length;
    exact.forEach((share, b) => {
      expect(Math.abs(approximate[b]! - share)).toBeLessThanOrEqual(
        cutShare(fineEdges[b - 1]) + cutShare(fineEdges[b]) + 1e-12,
      );
    });
    const exactPsi = psiFromProportions(binProportions(reference, exactEdges), exact);
    const finePsi = psiFromProportions(shares(coarseCounts(referenceFine, range, fineEdges)), approximate);
    expect(Math.abs(finePsi - exactPsi)).toBeLessThan(0.002);
  });

  it("put values outside the range in the open end bins, so no row is lost", () => {
    const range = signalRange("has_degree");
    const fine = fineCountsOf([-1, 0, 0.5, 1, 2], range);
    expect(coarseCounts(fine, range, [])).toEqual([5]);
    expect(coarseCounts(fine, range, [0, 1])).toEqual([1, 2, 2]);
  });
});
