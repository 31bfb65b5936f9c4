import { z } from "zod";
import { DEFAULT_TEST_THRESHOLD, DRIFT_TESTS } from "./signal-test";
import type { DriftSettings } from "./types";

// Input of one drift check (the job's input). Every field has a default, so the cron run passes nothing.

export const driftCheckInput = z
  .object({
    /** End of the current window (exclusive). Default: the start of today, UTC, so windows are whole days. */
    currentEnd: z.coerce.date().optional(),
    currentDays: z.number().int().min(1).max(90).default(7),
    /** Days before the current window used as reference, unless a baseline is pinned. */
    referenceDays: z.number().int().min(1).max(365).default(28),
    /** False compares with the trailing reference even when an admin pinned a baseline. */
    useBaseline: z.boolean().default(true),
    numericTest: z.enum(DRIFT_TESTS).default("psi"),
    categoricalTest: z.enum(["psi", "jensen_shannon"]).default("psi"),
    numericThreshold: z.number().positive().max(10).optional(),
    categoricalThreshold: z.number().positive().max(10).optional(),
    /** Bins of the reference-quantile binning of numeric signals. */
    bins: z.number().int().min(2).max(50).default(10),
    /** Rows per window whose vectors the embedding tests read (the classifier runs in Node). */
    embeddingSample: z.number().int().min(100).max(2_000).default(2_000),
  })
  .strict();

export type DriftCheckInput = z.input<typeof driftCheckInput>;
export type DriftCheckOptions = z.output<typeof driftCheckInput>;

/** Rows per window the Wasserstein option reads (evenly spaced in time); all rows when there are fewer. */
export const EDGE_SAMPLE_ROWS = 5_000;
/** Below this share in both windows, a category is counted as `other`. */
export const MIN_CATEGORY_SHARE = 0.01;

export function settingsOf(options: DriftCheckOptions): DriftSettings {
  return {
    numericTest: options.numericTest,
    categoricalTest: options.categoricalTest,
    numericThreshold: options.numericThreshold ?? DEFAULT_TEST_THRESHOLD[options.numericTest],
    categoricalThreshold: options.categoricalThreshold ?? DEFAULT_TEST_THRESHOLD[options.categoricalTest],
    bins: options.bins,
    minCategoryShare: MIN_CATEGORY_SHARE,
    edgeSample: EDGE_SAMPLE_ROWS,
    embeddingSample: options.embeddingSample,
  };
}
