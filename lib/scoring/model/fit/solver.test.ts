import { describe, expect, it } from "vitest";
import { SeededRandom } from "@/lib/util/random";
import { satisfies, type Constraints } from "./projection";
import { fitConstrainedLogistic, sigmoid } from "./solver";

// Synthetic outcomes drawn from known weights: the fit must find them again, keep every constraint, and
// give the same answer on every run.

function gaussian(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

function synthetic({
  weights,
  intercept,
  rows,
  seed,
}: {
  weights: number[];
  intercept: number;
  rows: number;
  seed: number;
}) {
  const random = new SeededRandom(seed);
  const d = weights.length;
  const x = new Float64Array(rows * d);
  const y = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    let eta = intercept;
    for (let j = 0; j < d; j++) {
      // Columns of different units, as real signals have (a share, a count, years).
      const value = gaussian(random) * (j + 1) * 0.5;
      x[i * d + j] = value;
      eta += weights[j]! * value;
    }
    y[i] = random.chance(sigmoid(eta)) ? 1 : 0;
  }
  return { x, y, columns: d };
}

const FREE: Constraints = { signs: ["free", "free", "free", "free"], ordered: [] };
const DESIGN: Constraints = {
  signs: ["nonnegative", "nonpositive", "nonpositive", "nonnegative"],
  ordered: [[1, 2]],
};

describe("constrained logistic fit", () => {
  it("recovers the weights that generated the outcomes", () => {
    const truth = { weights: [1.2, -0.6, -0.25, 0.3], intercept: -0.4 };
    const data = synthetic({ ...truth, rows: 20_000, seed: 7 });
    for (const constraints of [FREE, DESIGN]) {
      const fit = fitConstrainedLogistic({ ...data, l2: 0, constraints });
      expect(fit.converged).toBe(true);
      fit.weights.forEach((weight, j) => expect(Math.abs(weight - truth.weights[j]!)).toBeLessThan(0.06));
      expect(Math.abs(fit.intercept - truth.intercept)).toBeLessThan(0.06);
    }
  });

  it("keeps every sign and order constraint when the data pull against them", () => {
    // The truth breaks each rule: a negative weight where only ≥ 0 is allowed, a positive one where ≤ 0 is,
    // and a shortfall that costs less than the excess.
    const data = synthetic({ weights: [-0.8, 0.5, -0.9, 0.4], intercept: 0.2, rows: 5_000, seed: 11 });
    const free = fitConstrainedLogistic({ ...data, l2: 0, constraints: FREE });
    expect(satisfies(free.weights, DESIGN)).toBe(false);
    const fit = fitConstrainedLogistic({ ...data, l2: 0.01, constraints: DESIGN });
    expect(satisfies(fit.weights, DESIGN)).toBe(true);
    expect(fit.weights[0]).toBe(0);
    expect(fit.weights[1]).toBeLessThanOrEqual(fit.weights[2]!);
    // Constraints cost fit on these rows, never gain it.
    expect(fit.logLoss).toBeGreaterThan(free.logLoss);
    expect(fit.weights[3]).toBeGreaterThan(0.2);
  });

  it("shrinks weights as the penalty grows, and ignores a column without variation", () => {
    const data = synthetic({ weights: [1, -0.5, -0.3, 0.5], intercept: 0, rows: 3_000, seed: 3 });
    for (let i = 0; i < data.y.length; i++) data.x[i * 4 + 3] = 0;
    const weak = fitConstrainedLogistic({ ...data, l2: 0.001, constraints: DESIGN });
    const strong = fitConstrainedLogistic({ ...data, l2: 1, constraints: DESIGN });
    expect(Math.abs(strong.weights[0]!)).toBeLessThan(Math.abs(weak.weights[0]!));
    expect(weak.weights[3]).toBe(0);
  });

  it("is deterministic", () => {
    const data = synthetic({ weights: [0.7, -0.4, -0.2, 0.1], intercept: -1, rows: 2_000, seed: 5 });
    const first = fitConstrainedLogistic({ ...data, l2: 0.01, constraints: DESIGN });
    const second = fitConstrainedLogistic({ ...data, l2: 0.01, constraints: DESIGN });
    expect(second).toEqual(first);
  });

  it("refuses malformed problems", () => {
    const data = synthetic({ weights: [1, -1, -1, 1], intercept: 0, rows: 50, seed: 1 });
    expect(() => fitConstrainedLogistic({ ...data, y: new Uint8Array(), l2: 0, constraints: DESIGN })).toThrow();
    expect(() => fitConstrainedLogistic({ ...data, l2: Number.NaN, constraints: DESIGN })).toThrow(/L2/);
    expect(() => fitConstrainedLogistic({ ...data, l2: 0, constraints: { ...DESIGN, signs: ["free"] } })).toThrow();
    const mixed: Constraints = { signs: ["free", "nonnegative", "nonpositive", "free"], ordered: [[1, 2]] };
    expect(() => fitConstrainedLogistic({ ...data, l2: 0, constraints: mixed })).toThrow(/one sign rule/);
  });
});
