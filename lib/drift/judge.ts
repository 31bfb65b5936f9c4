// The verdict on a window pair from its merged daily summaries: a test per signal, the drift score and the
// status. Pure, so the calibration simulations (lib/drift/calibration) judge exactly as the job does.
import { CATEGORICAL_SIGNALS, NUMERIC_SIGNALS } from "./monitored";
import { referenceEdges, type SignalEdges } from "./reference-edges";
import { categoricalSignalDrift, numericSignalDrift } from "./signal-metrics";
import type { DriftSettings, EmbeddingDrift, SignalDrift, WindowSummary } from "./types";
import { judgedDriftStatus } from "./verdict";

export function judgeSignals(options: {
  reference: WindowSummary;
  current: WindowSummary;
  settings: DriftSettings;
  /** A pinned baseline's edges, which replace the reference's quantile edges. */
  pinnedEdges?: SignalEdges;
  /** Raw values (missing ones left out) per numeric signal, read only for the Wasserstein test. */
  samples?: { reference: Record<string, number[]>; current: Record<string, number[]> };
}): SignalDrift[] {
  const { reference, current, settings, samples } = options;
  const edges: SignalEdges = { ...referenceEdges(reference, settings.bins), ...(options.pinnedEdges ?? {}) };
  return [
    ...NUMERIC_SIGNALS.map((signal) =>
      numericSignalDrift({
        signal,
        edges: edges[signal.name] ?? [],
        reference: reference.numeric.get(signal.name)!,
        current: current.numeric.get(signal.name)!,
        settings,
        samples: samples
          ? { reference: samples.reference[signal.name] ?? [], current: samples.current[signal.name] ?? [] }
          : undefined,
      }),
    ),
    ...CATEGORICAL_SIGNALS.map((signal) =>
      categoricalSignalDrift({
        signal,
        reference: reference.categorical.get(signal.name)!,
        current: current.categorical.get(signal.name)!,
        settings,
      }),
    ),
  ];
}

/**
 * The drift score is the share of signals that drifted; the week's status is the one verdict of
 * `judgedDriftStatus` (the score over the threshold, enough signals, or an embedding drifted).
 */
export function driftVerdict(
  metrics: readonly SignalDrift[],
  threshold: number,
  embeddings: readonly Pick<EmbeddingDrift, "drifted">[],
): { driftScore: number; driftedSignals: number; status: "ok" | "drifted" } {
  const driftedSignals = metrics.filter((metric) => metric.drifted).length;
  const driftScore = driftedSignals / metrics.length;
  return {
    driftScore,
    driftedSignals,
    status: judgedDriftStatus({ driftScore, driftedSignals, threshold, embeddings }),
  };
}
