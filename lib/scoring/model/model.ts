import { z } from "zod";
import { SIGNALS, type FeatureVector, type NumericSignalName } from "../signal-catalog";

// A transparent additive model: logit = intercept + Σ weight × (value − reference), score = 100·σ(logit).
// Each term is one signal's exact contribution, measured against a reference candidate (all signals at
// their reference values scores σ(intercept)). A signal whose value is unknown contributes nothing.

const numericSignals = SIGNALS.filter((signal) => signal.kind === "numeric").map((signal) => signal.name) as NumericSignalName[];

export const scoringModelDefinition = z
  .object({
    intercept: z.number().finite(),
    terms: z.partialRecord(
      z.enum(numericSignals as [NumericSignalName, ...NumericSignalName[]]),
      z.object({ weight: z.number().finite(), reference: z.number().finite() }).strict(),
    ),
    bands: z
      .object({ strong: z.number().min(0).max(100), possible: z.number().min(0).max(100) })
      .strict()
      .refine((bands) => bands.strong > bands.possible, "the strong threshold must be above the possible one"),
  })
  .strict();

export type ScoringModelDefinition = z.infer<typeof scoringModelDefinition>;

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

export function applyModel(model: ScoringModel, features: FeatureVector): ModelOutput {
  const contributions: Contribution[] = SIGNALS.map(({ name, kind }) => {
    const value = features[name];
    const term = kind === "numeric" ? model.terms[name as NumericSignalName] : undefined;
    const contribution = term && typeof value === "number" ? term.weight * (value - term.reference) : 0;
    return { signal: name, value, weight: term?.weight ?? 0, contribution };
  });
  const logit = model.intercept + contributions.reduce((sum, item) => sum + item.contribution, 0);
  // One decimal is all a recruiter reads; rounding keeps the score monotone in the logit.
  const score = Math.round(1000 / (1 + Math.exp(-logit))) / 10;
  contributions.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || a.signal.localeCompare(b.signal));
  return { score, band: bandFor(score, model.bands), logit, baseline: model.intercept, contributions };
}
