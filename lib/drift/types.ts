// The shapes of a drift report: what the job computes, stores (DriftReport.metrics/embeddings/settings)
// and the API presents.
import type { SignalGroup } from "@/lib/vocabulary/signals";
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
  threshold: number;
  drifted: boolean;
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
  meanDistance: number | null;
  driftedComponentShare: number | null;
  /** The domain classifier's verdict (AUC above 0.55), as Evidently's default method. */
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
  /** Row counts of both windows. */
  counts: number;
  /** The reference sample the bin edges come from. */
  edges: number;
  /** Bin and category counts of both windows, in SQL (the embedding tests run meanwhile). */
  bins: number;
  /** What the embedding tests added after the bins were done. */
  embeddings: number;
}
