import { z } from "zod";

// What a fit measured, as stored beside the version it produced (ScoringModelVersion.fit) and shown to
// admins: the rows used, the penalty, and held-out figures of the fitted and the then-active model.

const counts = z.object({ rows: z.number().int(), positives: z.number().int(), jobs: z.number().int() });

export const evaluationSchema = z.object({
  rows: z.number().int(),
  positives: z.number().int(),
  auc: z.number(),
  brier: z.number(),
  logLoss: z.number(),
  /** Expected calibration error over the reliability table's bins. */
  ece: z.number(),
  reliability: z.array(z.object({ count: z.number().int(), meanPredicted: z.number(), observedRate: z.number() })),
});

export const fitReportSchema = z.object({
  outcomes: counts,
  training: counts,
  heldOut: counts,
  /** The jobs held out (stored ids, or titles for payload-only scores), so the split can be audited. */
  heldOutJobs: z.array(z.string()),
  l2: z.number(),
  l2Chosen: z.enum(["cross-validation", "given"]),
  /** Out-of-fold log loss per penalty tried (empty when the penalty was given). */
  crossValidation: z.array(z.object({ l2: z.number(), logLoss: z.number() })),
  iterations: z.number().int(),
  converged: z.boolean(),
  heldOutEvaluation: z.object({ fitted: evaluationSchema, active: evaluationSchema.extend({ version: z.string() }) }),
});

export type Evaluation = z.infer<typeof evaluationSchema>;
export type ReliabilityBin = Evaluation["reliability"][number];
export type FitReport = z.infer<typeof fitReportSchema>;
export type Counts = FitReport["outcomes"];

/** A stored report read back; anything that does not parse (written by another release) reads as none. */
export function storedFitReport(value: unknown): FitReport | null {
  const parsed = fitReportSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
