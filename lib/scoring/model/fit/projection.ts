// The feasible set of a constrained fit and the projection onto it. Weights are kept standardised
// (v = w·s, s = a column's root mean square), so the projection is Euclidean in v and weighted by s² in
// the weights themselves: a violated pair w_i ≤ w_j is pooled to the s²-weighted mean of the two, then
// each weight is clipped to its sign (exact, because both members of a pair share one sign rule).

export type Sign = "nonnegative" | "nonpositive" | "free";

export interface Constraints {
  /** One per column. */
  signs: readonly Sign[];
  /** Column pairs [i, j] whose weights must satisfy w_i ≤ w_j; disjoint, each pair with one sign rule. */
  ordered: readonly (readonly [number, number])[];
}

export function checkConstraints(constraints: Constraints, columns: number): void {
  if (constraints.signs.length !== columns) throw new Error(`Expected ${columns} sign rules.`);
  const seen = new Set<number>();
  for (const [i, j] of constraints.ordered) {
    if (i === j || [i, j].some((index) => index < 0 || index >= columns || seen.has(index)))
      throw new Error("Ordered pairs must name distinct columns, each in at most one pair.");
    if (constraints.signs[i] !== constraints.signs[j]) throw new Error("Both members of a pair need one sign rule.");
    seen.add(i).add(j);
  }
}

/** Projects standardised weights `v` in place; `scale[j] = 0` marks a column that carries no weight. */
export function project(v: Float64Array, scale: Float64Array, constraints: Constraints): void {
  for (const [i, j] of constraints.ordered) {
    const [si, sj] = [scale[i]!, scale[j]!];
    const wi = si === 0 ? 0 : v[i]! / si;
    const wj = sj === 0 ? 0 : v[j]! / sj;
    if (wi <= wj) continue;
    // A weightless member pins the pool at zero.
    const pooled = si === 0 || sj === 0 ? 0 : (si * si * wi + sj * sj * wj) / (si * si + sj * sj);
    v[i] = pooled * si;
    v[j] = pooled * sj;
  }
  for (let j = 0; j < v.length; j++) {
    const sign = constraints.signs[j];
    if (scale[j] === 0) v[j] = 0;
    else if (sign === "nonnegative") v[j] = Math.max(0, v[j]!);
    else if (sign === "nonpositive") v[j] = Math.min(0, v[j]!);
  }
}

/** Whether raw weights satisfy the constraints (to a tolerance): what tests and the fit report check. */
export function satisfies(weights: readonly number[], constraints: Constraints, tolerance = 1e-12): boolean {
  const signsHold = weights.every((weight, j) => {
    const sign = constraints.signs[j];
    return sign === "nonnegative" ? weight >= -tolerance : sign === "nonpositive" ? weight <= tolerance : true;
  });
  return signsHold && constraints.ordered.every(([i, j]) => weights[i]! <= weights[j]! + tolerance);
}
