// The shapes of a drift report: what the job computes, stores (DriftReport.metrics/embeddings/settings)
// and the API presents.
import type { SignalGroup } from "@/lib/vocabulary/signals";
import type { FineCounts } from "./fine-bins";
import type { DriftTestName } from "./signal-test";

export type DriftStatus = "ok" | "drifted" | "insufficient_data";
/** none: nothing to alert; skipped: drifted but no alert channel configured; failed: retried by later runs. */
export type AlertStatus = "none" | "skipped" | "pending" | "failed" | "sent";

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** One bin (or category) of a signal with its share of each window's rows. */
export interface DistributionBin {
  label: string;
  reference: number;
  current: number;
}

export interface SignalDrift {
  signal: string;
  label: string;
  group: SignalGroup | "output";
  kind: "numeric" | "categorical";
  test: DriftTestName;
  value: number;
  /** The value this signal drifts at: the larger of minimumEffect and chanceThreshold. */
  threshold: number;
  drifted: boolean;
  // The next four are absent in reports written before the calibrated verdict (issue 16).
  /** The configured minimum effect size of the test. */
  minimumEffect?: number;
  /** The value chance alone reaches with probability 1 % at these window sizes (null: Wasserstein). */
  chanceThreshold?: number | null;
  /** Whether the value is beyond chance (null: Wasserstein). */
  beyondChance?: boolean | null;
  /** Numeric signals: how far the mean moved, in the reference's standard deviations. */
  meanShiftSd?: number | null;
  bins: DistributionBin[];
  /** Inner bin edges of a numeric signal (from the reference's quantiles); null for categories. */
  edges: number[] | null;
}

export interface EmbeddingDrift {
  kind: "candidate" | "job";
  /** Only vectors of one embedding model are compared. */
  model: string | null;
  status: DriftStatus;
  referenceRows: number;
  currentRows: number;
  dimensions: number;
  classifierAuc: number | null;
  /** The AUC above which the classifier says drifted at these sample sizes; null before it was stored. */
  classifierThreshold?: number | null;
  meanDistance: number | null;
  driftedComponentShare: number | null;
  /** The domain classifier's verdict (AUC above 0.55, or above chance at small samples), as Evidently's default. */
  drifted: boolean;
}

export interface DriftSettings {
  numericTest: DriftTestName;
  categoricalTest: "psi" | "jensen_shannon";
  numericThreshold: number;
  categoricalThreshold: number;
  bins: number;
  minCategoryShare: number;
  edgeSample: number;
  embeddingSample: number;
  /** Days a trailing reference left out because a check had reported them drifted (YYYY-MM-DD). */
  referenceDaysLeftOut?: string[];
  /** Rows per scoring model version in each window (absent in reports written before issue 16's summaries). */
  modelVersionRows?: { reference: Record<string, number>; current: Record<string, number> };
}

export interface DriftEvaluation {
  reference: TimeWindow;
  current: TimeWindow;
  referenceKind: "trailing" | "pinned";
  baselineId: string | null;
  referenceRows: number;
  currentRows: number;
  status: DriftStatus;
  /** Share of monitored signals that drifted; null with insufficient data. */
  driftScore: number | null;
  driftedSignals: number;
  monitoredSignals: number;
  threshold: number;
  minRows: number;
  metrics: SignalDrift[];
  embeddings: EmbeddingDrift[];
  settings: DriftSettings;
  /** Milliseconds per phase, for logs and the benchmark. */
  phases: DriftPhases;
}

export interface DriftPhases {
  /** Checking both windows' days against their summaries and summarising new or changed days. */
  summaries: number;
  /** Merging the days' summaries into both windows' counts. */
  counts: number;
  /** Edges from the merged fine bins and the tests (and, for Wasserstein, reading samples of raw values). */
  tests: number;
  /** What the embedding tests added after the bins were done. */
  embeddings: number;
}

/** A window's distributions, merged from its days' summaries. */
export interface WindowSummary {
  rows: number;
  /** Rows per scoring model version ("" for rows without one); the distributions merge them all. */
  modelVersions?: Map<string, number>;
  numeric: Map<string, FineCounts>;
  /** Per categorical signal: count per value ("" for rows without one). */
  categorical: Map<string, Map<string, number>>;
  /** Rows per embedding model ("" for rows without one). */
  embeddingModels: Map<string, number>;
}
