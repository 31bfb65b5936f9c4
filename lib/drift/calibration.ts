// Seeded simulations of weekly drift checks, judged by exactly the job's verdict (judgeSignals,
// driftVerdict) on window summaries drawn at random: how often an unchanged week alerts (false alarms),
// and how often a real shift is flagged (power). Every monitored signal gets a plausible distribution over
// its fine bins (continuous, discrete, boolean, long-tailed categories); a window of n rows is one
// multinomial draw over them. Pure; `npm run test:drift-calibration` runs it (calibration.test.ts).
import { SeededRandom } from "@/lib/util/random";
import {
  FINE_BINS,
  emptyFineCounts,
  fineBinLowerBound,
  fineIndexOfEdge,
  signalRange,
  type FineCounts,
} from "./fine-bins";
import { driftVerdict, judgeSignals } from "./judge";
import { CATEGORICAL_SIGNALS, NUMERIC_SIGNALS } from "./monitored";
import { driftCheckInput, settingsOf } from "./settings";
import type { WindowSummary } from "./types";

/** DRIFT_THRESHOLD's default (lib/env.ts): a week drifts when more than 15 % of the signals drifted. */
export const DEFAULT_DRIFT_THRESHOLD = 0.15;

/** A numeric signal's distribution: probability per fine bin, of a missing value, and each bin's value. */
interface NumericModel {
  probabilities: Float64Array;
  values: Float64Array;
  missing: number;
}

type Shape =
  | { kind: "normal"; mean: number; sd: number }
  | { kind: "discrete"; weights: number[] } // weight of each value 0, 1, 2, …
  | { kind: "boolean"; ones: number };

// Shapes like the log's: continuous scores and similarities, small counts and levels, flags.
const CONTINUOUS: Record<string, { mean: number; sd: number }> = {
  score: { mean: 55, sd: 15 },
  semantic_similarity: { mean: 0.5, sd: 0.15 },
  lexical_relevance: { mean: 0.3, sd: 0.12 },
  occupation_similarity: { mean: 0.55, sd: 0.2 },
  completeness: { mean: 0.75, sd: 0.12 },
  experience_years: { mean: 7, sd: 4 },
  days_since_opening: { mean: 30, sd: 15 },
};

function shapeOf(name: string): Shape {
  const continuous = CONTINUOUS[name];
  if (continuous) return { kind: "normal", ...continuous };
  if (name.startsWith("has_") || name === "is_local") return { kind: "boolean", ones: 0.7 };
  const range = signalRange(name);
  // Shares such as coverage take a few values (0, 1/5, …); counts and levels a few small integers.
  if (range.high === 1) return { kind: "discrete", weights: [1, 2, 3, 3, 2, 1] };
  return { kind: "discrete", weights: [3, 5, 6, 5, 3, 2, 1] };
}

/** A standard normal draw (Box–Muller). */
function gaussian(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

function normalCdf(x: number): number {
  // Abramowitz–Stegun 7.1.26 on erf: absolute error below 1.5e-7.
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

function numericModel(name: string, shiftSd = 0): NumericModel {
  const range = signalRange(name);
  const shape = shapeOf(name);
  const probabilities = new Float64Array(FINE_BINS + 2);
  const values = new Float64Array(FINE_BINS + 2);
  const step = (range.high - range.low) / FINE_BINS;
  for (let i = 1; i <= FINE_BINS + 1; i++) values[i] = fineBinLowerBound(range, i) + (i <= FINE_BINS ? step / 2 : 0);
  values[0] = range.low;
  if (shape.kind === "normal") {
    const mean = shape.mean + shiftSd * shape.sd;
    const cdf = (x: number) => normalCdf((x - mean) / shape.sd);
    probabilities[0] = cdf(range.low);
    for (let i = 1; i <= FINE_BINS; i++) probabilities[i] = cdf(range.low + i * step) - cdf(range.low + (i - 1) * step);
    probabilities[FINE_BINS + 1] = 1 - cdf(range.high);
  } else {
    // Discrete values sit on fine bin boundaries: the shift moves weight one value up.
    const weights = shape.kind === "boolean" ? [1 - shape.ones, shape.ones] : shape.weights;
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    const top = range.high === 1 && shape.kind === "discrete" ? weights.length - 1 : 1;
    weights.forEach((weight, k) => {
      const value = shape.kind === "discrete" && range.high === 1 ? k / top : k;
      const index = fineIndexOfEdge(range, value);
      probabilities[index] = (probabilities[index] as number) + weight / total;
      values[index] = value;
    });
  }
  return { probabilities, values, missing: name === "semantic_similarity" ? 0.05 : 0 };
}

/** Categories with Zipf-like shares: a few common values and a long tail (the recruiter has 120). */
function categoryModel(name: string): Map<string, number> {
  const count = name === "recruiter" ? 120 : name === "department" ? 12 : 6;
  const weights = Array.from({ length: count }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return new Map(weights.map((weight, i) => [`${name}_${i}`, weight / total]));
}

/** Draws from Binomial(n, p): waiting times for a small mean, the normal approximation otherwise. */
function binomial(random: SeededRandom, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (p > 0.5) return n - binomial(random, n, 1 - p);
  const mean = n * p;
  if (mean < 30) {
    const logQ = Math.log1p(-p);
    let successes = 0;
    for (let trials = 0; ; successes++) {
      trials += Math.ceil(Math.log(1 - random.next()) / logQ);
      if (trials > n) return successes;
    }
  }
  return Math.min(n, Math.max(0, Math.round(mean + Math.sqrt(mean * (1 - p)) * gaussian(random))));
}

/** One multinomial draw of n rows over `probabilities` (summing to 1), as conditional binomials. */
function multinomial(random: SeededRandom, n: number, probabilities: ArrayLike<number>): Float64Array {
  const counts = new Float64Array(probabilities.length);
  let rowsLeft = n;
  let massLeft = 1;
  for (let i = 0; i < probabilities.length && rowsLeft > 0; i++) {
    const p = probabilities[i] as number;
    if (p <= 0) continue;
    const drawn = i === probabilities.length - 1 ? rowsLeft : binomial(random, rowsLeft, Math.min(1, p / massLeft));
    counts[i] = drawn;
    rowsLeft -= drawn;
    massLeft -= p;
  }
  return counts;
}

function drawNumeric(random: SeededRandom, rows: number, model: NumericModel): FineCounts {
  const withMissing = Float64Array.from([...model.probabilities].map((p) => p * (1 - model.missing)));
  const drawn = multinomial(random, rows, [...withMissing, model.missing]);
  const fine = emptyFineCounts();
  fine.counts.set(drawn.subarray(0, FINE_BINS + 2));
  fine.missing = drawn[FINE_BINS + 2] as number;
  fine.counts.forEach((count, i) => {
    const value = model.values[i] as number;
    fine.count += count;
    fine.sum += count * value;
    fine.sumSquares += count * value * value;
  });
  return fine;
}

function drawCategories(random: SeededRandom, rows: number, model: Map<string, number>): Map<string, number> {
  const drawn = multinomial(random, rows, [...model.values()]);
  return new Map([...model.keys()].map((category, i) => [category, drawn[i] as number]));
}

export interface Scenario {
  rowsPerWindow: number;
  weeks: number;
  /** Signals whose current window is shifted, by how many standard deviations (continuous signals). */
  shifts?: Record<string, number>;
}

export interface ScenarioResult {
  rowsPerWindow: number;
  weeks: number;
  /** Share of weeks whose drift score exceeded the threshold. */
  alertRate: number;
  /** Per signal, the share of weeks it was called drifted. */
  flagRate: Record<string, number>;
}

/** Continuous signals, which the power scenarios shift. */
export const CONTINUOUS_SIGNALS = Object.keys(CONTINUOUS);

export function simulate(scenario: Scenario, seed: number): ScenarioResult {
  const random = new SeededRandom(seed);
  const settings = settingsOf(driftCheckInput.parse({}));
  const baseline = new Map(NUMERIC_SIGNALS.map((signal) => [signal.name, numericModel(signal.name)]));
  const shifted = new Map(
    NUMERIC_SIGNALS.map((signal) => [signal.name, numericModel(signal.name, scenario.shifts?.[signal.name] ?? 0)]),
  );
  const categories = new Map(CATEGORICAL_SIGNALS.map((signal) => [signal.name, categoryModel(signal.name)]));
  const window = (models: Map<string, NumericModel>): WindowSummary => ({
    rows: scenario.rowsPerWindow,
    numeric: new Map([...models].map(([name, model]) => [name, drawNumeric(random, scenario.rowsPerWindow, model)])),
    categorical: new Map(
      [...categories].map(([name, model]) => [name, drawCategories(random, scenario.rowsPerWindow, model)]),
    ),
    embeddingModels: new Map(),
  });
  let alerts = 0;
  const flags: Record<string, number> = {};
  for (let week = 0; week < scenario.weeks; week++) {
    const metrics = judgeSignals({ reference: window(baseline), current: window(shifted), settings });
    if (driftVerdict(metrics, DEFAULT_DRIFT_THRESHOLD, []).status === "drifted") alerts++;
    for (const metric of metrics) flags[metric.signal] = (flags[metric.signal] ?? 0) + (metric.drifted ? 1 : 0);
  }
  return {
    rowsPerWindow: scenario.rowsPerWindow,
    weeks: scenario.weeks,
    alertRate: alerts / scenario.weeks,
    flagRate: Object.fromEntries(Object.entries(flags).map(([signal, count]) => [signal, count / scenario.weeks])),
  };
}
