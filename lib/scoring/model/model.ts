import { SIGNALS, type FeatureVector, type NumericSignalName } from "@/lib/vocabulary/signals";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";

// A transparent additive model: logit = intercept + Σ weight × (value − reference), score = 100·σ(logit).
// Each term is one signal's exact contribution, measured against a reference candidate (all signals at
// their reference values scores σ(intercept)). A signal whose value is unknown contributes nothing.

export interface ScoringModel extends ScoringModelDefinition {
  version: string;
}

export type Band = "strong" | "possible" | "weak";

export interface Contribution {
  signal: string;
  value: number | string | null;
  weight: number;
  contribution: number;
}

export interface ModelOutput {
  score: number;
  band: Band;
  logit: number;
  /** The logit of the reference candidate: baseline + Σ contributions = logit. */
  baseline: number;
  /** Every signal, largest impact first. */
  contributions: Contribution[];
}

export function bandFor(score: number, bands: ScoringModelDefinition["bands"]): Band {
  if (score >= bands.strong) return "strong";
  if (score >= bands.possible) return "possible";
  return "weak";
}

export function toScore(logit: number): number {
  // One decimal is all a recruiter reads; rounding keeps the score monotone in the logit.
  return Math.round(1000 / (1 + Math.exp(-logit))) / 10;
}

/** The logit alone: what fitting and model comparisons evaluate. */
export function logitOf(model: Pick<ScoringModelDefinition, "intercept" | "terms">, features: FeatureVector): number {
  // Same terms, same order of addition as applyModel, so both give the same score to the last bit.
  let sum = 0;
  for (const { name } of SIGNALS) sum += termContribution(model, name, features[name]);
  return model.intercept + sum;
}

/** Score, band and logit only, without the explanation: for ranking thousands of candidates. */
export function scoreOnly(
  model: ScoringModelDefinition,
  features: FeatureVector,
): { score: number; band: Band; logit: number } {
  const logit = logitOf(model, features);
  const score = toScore(logit);
  return { score, band: bandFor(score, model.bands), logit };
}

export function termContribution(
  model: Pick<ScoringModelDefinition, "terms">,
  name: string,
  value: number | string | null,
): number {
  const term = model.terms[name as NumericSignalName];
  return term && typeof value === "number" ? term.weight * (value - term.reference) : 0;
}

export function applyModel(model: ScoringModel, features: FeatureVector): ModelOutput {
  const contributions: Contribution[] = SIGNALS.map(({ name }) => {
    const value = features[name];
    return {
      signal: name,
      value,
      weight: model.terms[name as NumericSignalName]?.weight ?? 0,
      contribution: termContribution(model, name, value),
    };
  });
  let sum = 0;
  for (const item of contributions) sum += item.contribution;
  const logit = model.intercept + sum;
  const score = toScore(logit);
  contributions.sort(byImpact);
  return { score, band: bandFor(score, model.bands), logit, baseline: model.intercept, contributions };
}

// Ties in impact go by signal name in localeCompare's order, worked out once: calling localeCompare in the
// comparator (most weights are 0, so most pairs tie) cost a score ~10 µs.
const NAME_RANK = new Map(
  SIGNALS.map(({ name }) => name as string)
    .sort((a, b) => a.localeCompare(b))
    .map((name, rank) => [name, rank]),
);

/** Largest impact first; equal impacts by signal name (localeCompare's order). */
export function byImpact(a: Contribution, b: Contribution): number {
  const impact = Math.abs(b.contribution) - Math.abs(a.contribution);
  if (impact) return impact;
  const rankA = NAME_RANK.get(a.signal);
  const rankB = NAME_RANK.get(b.signal);
  return rankA !== undefined && rankB !== undefined ? rankA - rankB : a.signal.localeCompare(b.signal);
}
