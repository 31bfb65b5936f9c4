import { checkConstraints, project, type Constraints } from "./projection";

// L2-regularised logistic regression under sign and order constraints, by accelerated projected gradient
// (FISTA with adaptive restart). Deterministic: no randomness, a fixed order of every sum. Columns are
// standardised inside (the penalty λ/2·Σ(w·s)² does not depend on a signal's units); the intercept is free
// and unpenalised.

export interface LogisticProblem {
  /** Row-major n × d design, each column centred on its reference (0 = reference value or unknown). */
  x: Float64Array;
  /** 1 (positive outcome) or 0, one per row. */
  y: Uint8Array;
  columns: number;
  l2: number;
  constraints: Constraints;
  /** Stop when the gradient mapping's largest component falls below this. */
  tolerance?: number;
  maxIterations?: number;
}

export interface LogisticFit {
  intercept: number;
  weights: number[];
  /** Mean log loss on the rows fitted (without the penalty). */
  logLoss: number;
  iterations: number;
  converged: boolean;
}

export function fitConstrainedLogistic(problem: LogisticProblem): LogisticFit {
  const { x, y, columns: d, l2, constraints } = problem;
  const n = y.length;
  if (n === 0 || x.length !== n * d) throw new Error("The design must have one row of d values per outcome.");
  if (!(l2 >= 0) || !Number.isFinite(l2)) throw new Error("The L2 strength must be a finite number ≥ 0.");
  checkConstraints(constraints, d);
  const scale = columnScales(x, n, d);
  const z = new Float64Array(x.length);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) z[i * d + j] = scale[j] === 0 ? 0 : x[i * d + j]! / scale[j]!;

  // θ = [intercept, v_1 … v_d]. With standardised columns the trace of [1 Z]ᵀ[1 Z]/n is 1 + (columns in
  // use), a safe bound on its largest eigenvalue, so 1/L is a step that never overshoots.
  const inUse = scale.reduce((count, s) => count + (s > 0 ? 1 : 0), 0);
  const lipschitz = (1 + inUse) / 4 + l2;
  const step = (theta: Float64Array, gradient: Float64Array) => {
    const next = new Float64Array(d + 1);
    for (let j = 0; j <= d; j++) next[j] = theta[j]! - gradient[j]! / lipschitz;
    const weights = next.subarray(1);
    project(weights, scale, constraints);
    return next;
  };

  const tolerance = problem.tolerance ?? 1e-7;
  const maxIterations = problem.maxIterations ?? 20_000;
  let theta = new Float64Array(d + 1);
  let lookahead = theta;
  let momentum = 1;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const next = step(lookahead, gradientAt(lookahead, z, y, d, l2));
    let mapping = 0;
    let restart = 0;
    for (let j = 0; j <= d; j++) {
      mapping = Math.max(mapping, Math.abs(lookahead[j]! - next[j]!) * lipschitz);
      restart += (lookahead[j]! - next[j]!) * (next[j]! - theta[j]!);
    }
    converged = mapping < tolerance;
    // O'Donoghue & Candès: drop the momentum when it points uphill.
    const nextMomentum = restart > 0 ? 1 : (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
    const factor = restart > 0 ? 0 : (momentum - 1) / nextMomentum;
    const ahead = new Float64Array(d + 1);
    for (let j = 0; j <= d; j++) ahead[j] = next[j]! + factor * (next[j]! - theta[j]!);
    theta = next;
    lookahead = ahead;
    momentum = nextMomentum;
  }
  const weights = Array.from(theta.subarray(1), (v, j) => (scale[j] === 0 ? 0 : v / scale[j]!));
  return { intercept: theta[0]!, weights, logLoss: meanLogLoss(theta, z, y, d), iterations, converged };
}

/** Root mean square of each (centred) column; 0 marks a column with no variation, which gets no weight. */
function columnScales(x: Float64Array, n: number, d: number): Float64Array {
  const scale = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) scale[j] = scale[j]! + x[i * d + j]! ** 2;
  for (let j = 0; j < d; j++) {
    const rms = Math.sqrt(scale[j]! / n);
    scale[j] = rms > 1e-12 ? rms : 0;
  }
  return scale;
}

function gradientAt(theta: Float64Array, z: Float64Array, y: Uint8Array, d: number, l2: number): Float64Array {
  const n = y.length;
  const gradient = new Float64Array(d + 1);
  for (let i = 0; i < n; i++) {
    let eta = theta[0]!;
    for (let j = 0; j < d; j++) eta += z[i * d + j]! * theta[j + 1]!;
    const residual = sigmoid(eta) - y[i]!;
    gradient[0] = gradient[0]! + residual;
    for (let j = 0; j < d; j++) gradient[j + 1] = gradient[j + 1]! + residual * z[i * d + j]!;
  }
  for (let j = 0; j <= d; j++) gradient[j] = gradient[j]! / n + (j > 0 ? l2 * theta[j]! : 0);
  return gradient;
}

function meanLogLoss(theta: Float64Array, z: Float64Array, y: Uint8Array, d: number): number {
  let total = 0;
  for (let i = 0; i < y.length; i++) {
    let eta = theta[0]!;
    for (let j = 0; j < d; j++) eta += z[i * d + j]! * theta[j + 1]!;
    total += softplus(eta) - y[i]! * eta;
  }
  return total / y.length;
}

export function sigmoid(value: number): number {
  return value >= 0 ? 1 / (1 + Math.exp(-value)) : Math.exp(value) / (1 + Math.exp(value));
}

function softplus(value: number): number {
  return value > 0 ? value + Math.log1p(Math.exp(-value)) : Math.log1p(Math.exp(value));
}
