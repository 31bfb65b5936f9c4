import { Invalid } from "@/lib/errors";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import type { FeatureVector } from "@/lib/vocabulary/signals";
import { logitOf, type ScoringModel } from "../model";
import { evaluate } from "./metrics";
import type { Constraints } from "./projection";
import type { Counts, Evaluation, FitReport } from "./report";
import { fitConstrainedLogistic, sigmoid } from "./solver";
import { groupFolds, splitByGroup, type Grouped } from "./split";
import { FIT_TERMS, SHORTFALL_COSTS_MORE } from "./terms";

// Fits the model's weights to outcomes: whole jobs are held out for the report, the penalty is chosen by
// cross-validation over the remaining jobs, references are the fitted rows' means, and the model stored
// is exactly the one evaluated (weights rounded first). Pure: the caller reads rows and stores the result.

export interface LabelledRow extends Grouped {
  positive: boolean;
  features: FeatureVector;
}

type WeightedTerms = Pick<ScoringModelDefinition, "intercept" | "terms">;

const FIT_MINIMUMS = { outcomes: 200, perClass: 40, jobs: 5 } as const;
const HELD_OUT_SHARE = 0.25;
const L2_GRID = [1, 0.3, 0.1, 0.03, 0.01, 0.003, 0.001] as const;
const FOLDS = 5;
const SEED = "model-fit";

export const FIT_CONSTRAINTS: Constraints = {
  signs: FIT_TERMS.map((term) => term.sign),
  ordered: SHORTFALL_COSTS_MORE.map(
    ([shortfall, excess]) =>
      [FIT_TERMS.findIndex((t) => t.signal === shortfall), FIT_TERMS.findIndex((t) => t.signal === excess)] as const,
  ),
};

export function fitModel({ rows, active, l2 }: { rows: readonly LabelledRow[]; active: ScoringModel; l2?: number }): {
  definition: ScoringModelDefinition;
  report: FitReport;
} {
  requireEnough(rows);
  const { training, heldOut, heldOutGroups } = splitByGroup(rows, { heldOutShare: HELD_OUT_SHARE, seed: SEED });
  requireBothOutcomes(training, "fitted");
  requireBothOutcomes(heldOut, "held-out");
  const crossValidation = l2 === undefined ? crossValidate(training) : [];
  const penalty = l2 ?? bestPenalty(crossValidation);
  const fitted = fitRows(training, penalty);
  const definition = { ...fitted.terms, bands: active.bands };
  return {
    definition,
    report: {
      outcomes: countsOf(rows),
      training: countsOf(training),
      heldOut: countsOf(heldOut),
      heldOutJobs: heldOutGroups,
      l2: penalty,
      l2Chosen: l2 === undefined ? "cross-validation" : "given",
      crossValidation,
      iterations: fitted.iterations,
      converged: fitted.converged,
      heldOutEvaluation: {
        fitted: evaluateModel(definition, heldOut),
        active: { version: active.version, ...evaluateModel(active, heldOut) },
      },
    },
  };
}

function fitRows(rows: readonly LabelledRow[], l2: number) {
  const references = FIT_TERMS.map(({ signal }) => {
    const known = rows.map((row) => row.features[signal]).filter((value): value is number => value !== null);
    return known.length === 0 ? 0 : round(known.reduce((sum, value) => sum + value, 0) / known.length);
  });
  const columns = FIT_TERMS.length;
  const x = new Float64Array(rows.length * columns);
  rows.forEach((row, i) =>
    FIT_TERMS.forEach(({ signal }, j) => {
      const value = row.features[signal];
      x[i * columns + j] = value === null ? 0 : value - references[j]!;
    }),
  );
  const y = Uint8Array.from(rows, (row) => (row.positive ? 1 : 0));
  const fit = fitConstrainedLogistic({ x, y, columns, l2, constraints: FIT_CONSTRAINTS });
  const terms = Object.fromEntries(
    FIT_TERMS.map(({ signal }, j) => [signal, { weight: round(fit.weights[j]!), reference: references[j]! }]),
  );
  return {
    terms: { intercept: round(fit.intercept), terms } satisfies WeightedTerms,
    iterations: fit.iterations,
    converged: fit.converged,
  };
}

function crossValidate(training: readonly LabelledRow[]): { l2: number; logLoss: number }[] {
  const folds = groupFolds(training, {
    folds: Math.min(FOLDS, new Set(training.map((r) => r.group)).size),
    seed: SEED,
  });
  return L2_GRID.map((l2) => {
    let loss = 0;
    folds.forEach((fold, k) => {
      const rest = folds.filter((_, other) => other !== k).flat();
      const { terms } = fitRows(rest, l2);
      for (const row of fold) {
        const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(logitOf(terms, row.features))));
        loss -= row.positive ? Math.log(p) : Math.log(1 - p);
      }
    });
    return { l2, logLoss: loss / training.length };
  });
}

/** The penalty with the least out-of-fold loss; on a tie, the stronger one. */
function bestPenalty(results: readonly { l2: number; logLoss: number }[]): number {
  return results.reduce((best, next) => (next.logLoss < best.logLoss - 1e-12 ? next : best)).l2;
}

function evaluateModel(model: ScoringModelDefinition, rows: readonly LabelledRow[]): Evaluation {
  return evaluate(
    rows.map((row) => sigmoid(logitOf(model, row.features))),
    rows.map((row) => (row.positive ? 1 : 0)),
  );
}

function countsOf(rows: readonly LabelledRow[]): Counts {
  return {
    rows: rows.length,
    positives: rows.filter((row) => row.positive).length,
    jobs: new Set(rows.map((row) => row.group)).size,
  };
}

function requireEnough(rows: readonly LabelledRow[]): void {
  const { rows: total, positives, jobs } = countsOf(rows);
  const negatives = total - positives;
  const { outcomes, perClass, jobs: minJobs } = FIT_MINIMUMS;
  if (total >= outcomes && positives >= perClass && negatives >= perClass && jobs >= minJobs) return;
  throw new Invalid(
    `Too few outcomes to fit: needs at least ${outcomes} scored inferences with an outcome (advanced, interviewed ` +
      `or hired vs rejected; withdrawn is ignored), at least ${perClass} of each kind, on at least ${minJobs} jobs. ` +
      `Found ${total} (${positives} positive, ${negatives} rejected) on ${jobs} job${jobs === 1 ? "" : "s"}.`,
  );
}

function requireBothOutcomes(rows: readonly LabelledRow[], part: string): void {
  const { positives, rows: total, jobs } = countsOf(rows);
  if (positives > 0 && positives < total) return;
  throw new Invalid(
    `The ${part} jobs (${jobs}, ${total} outcomes) all have the same outcome, so the fit cannot be measured: ` +
      "record outcomes of both kinds on more jobs.",
  );
}

const round = (value: number) => Math.round(value * 1e4) / 1e4 || 0;
