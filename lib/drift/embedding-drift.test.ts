import { describe, expect, it } from "vitest";
import { SeededRandom } from "@/lib/util/random";
import * as drift from "./embedding-drift";
import { classifierAucThreshold, EMBEDDING_THRESHOLDS } from "./embedding-drift";
import { normedWasserstein } from "./stats";
import { vectorMatrix } from "./vector-matrix";

/** Rows of float32 values, as the log stores them. */
function rows(count: number, dims: number, seed: number, shift = 0): number[][] {
  const random = new SeededRandom(seed);
  return Array.from({ length: count }, () => Array.from({ length: dims }, () => Math.fround(random.next() + shift)));
}
const embeddingDrift = (reference: number[][], current: number[][], options?: { seed?: number }) =>
  drift.embeddingDrift(vectorMatrix(reference), vectorMatrix(current), options);
const componentDistances = (reference: number[][], current: number[][]) =>
  drift.componentDistances(vectorMatrix(reference), vectorMatrix(current));

describe("embeddingDrift", () => {
  it("measures the distance between the mean vectors and the share of drifted components", () => {
    // means (1, 0) and (1, 2): distance 2. Component 0 is the same {0, 2} vs {1, 1}… W1 = 1, std 1 → drifted;
    // component 1: {0, 0} vs {1, 3}: std floors at 0.001 → drifted. Both components drift.
    const result = embeddingDrift(
      [
        [0, 0],
        [2, 0],
      ],
      [
        [1, 1],
        [1, 3],
      ],
    );
    expect(result.meanDistance).toBe(2);
    expect(result.driftedComponentShare).toBe(1);
    expect(result.drifted).toMatchObject({ meanDistance: true, components: true });
    expect(result).toMatchObject({ dimensions: 2, referenceRows: 2, currentRows: 2 });
  });

  it("calls no drift between samples of one distribution, and drift on a shift", () => {
    const same = embeddingDrift(rows(600, 16, 1), rows(400, 16, 2));
    expect(same.drifted).toEqual({ classifier: false, meanDistance: false, components: false });
    const shifted = embeddingDrift(rows(600, 16, 1), rows(400, 16, 2, 0.3));
    expect(shifted.drifted).toEqual({ classifier: true, meanDistance: true, components: true });
    expect(shifted.classifierAuc).toBeGreaterThan(0.9);
  });
});

describe("the classifier's threshold", () => {
  it("is Evidently's 0.55 for large samples, and rises to what chance gives for small ones", () => {
    expect(classifierAucThreshold(1_000, 1_000)).toBe(EMBEDDING_THRESHOLDS.classifierAuc);
    expect(classifierAucThreshold(15, 15)).toBeGreaterThan(0.65);
    expect(classifierAucThreshold(50, 50)).toBeGreaterThan(classifierAucThreshold(100, 100));
  });

  it("keeps false alarms between small samples of one distribution to a few in a hundred", () => {
    // 200 unchanged comparisons of 40 vectors a side (the least evaluateEmbeddings compares is 30): at a
    // fixed 0.55 a test half of 20 crosses it about one time in three.
    const weeks = 200;
    let alarms = 0;
    for (let week = 0; week < weeks; week++) {
      const result = embeddingDrift(rows(40, 8, 1_000 + week), rows(40, 8, 5_000 + week), { seed: week });
      if (result.drifted.classifier) alarms++;
    }
    expect(alarms / weeks).toBeLessThanOrEqual(0.05);
  });
});

describe("componentDistances", () => {
  it("equals stats.normedWasserstein on each column, to the last bit", () => {
    const reference = rows(300, 6, 7);
    const current = rows(200, 6, 8, 0.05).map((row, i) =>
      row.map((value, d) => (d === 2 ? 0.5 : Math.fround(value + (i % 3) * 0.01))),
    );
    const distances = componentDistances(reference, current);
    distances.forEach((distance, d) => {
      expect(distance).toBe(
        normedWasserstein(
          reference.map((row) => row[d]!),
          current.map((row) => row[d]!),
        ),
      );
    });
  });
});
