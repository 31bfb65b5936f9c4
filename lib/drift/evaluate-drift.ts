import "server-only";
import { env } from "@/lib/env";
import { activeDriftBaseline } from "./baseline";
import { evaluateEmbeddings } from "./evaluate-embeddings";
import { CATEGORICAL_SIGNALS, NUMERIC_SIGNALS } from "./monitored";
import { referenceEdges, valuesByColumn, type SignalEdges } from "./reference-edges";
import { driftCheckInput, settingsOf, type DriftCheckInput } from "./settings";
import { categoricalSignalDrift, numericSignalDrift } from "./signal-metrics";
import { binSignalsInSlices, countRowsByModel, sampleSignalRows } from "./signal-sql";
import type { DriftEvaluation, SignalDrift } from "./types";
import { judgedDriftStatus } from "./verdict";
import { resolveWindows } from "./windows";

/**
 * Compares the current window of the inference log with its reference: every monitored signal gets a test,
 * value, threshold and verdict; the drift score is the share that drifted. Windows with fewer than
 * DRIFT_MIN_ROWS rows are reported as insufficient data, never as drift. Reads only aggregates, samples
 * of at most a few thousand rows, and nothing is written.
 */
export async function evaluateDrift({
  input = {},
  now = new Date(),
}: {
  input?: DriftCheckInput;
  now?: Date;
}): Promise<DriftEvaluation> {
  const options = driftCheckInput.parse(input);
  const settings = settingsOf(options);
  const { DRIFT_THRESHOLD, DRIFT_MIN_ROWS } = env();
  const baseline = options.useBaseline ? await activeDriftBaseline() : null;
  const windows = resolveWindows({
    now,
    currentEnd: options.currentEnd,
    currentDays: options.currentDays,
    referenceDays: options.referenceDays,
    baseline,
  });
  const phases = { counts: 0, edges: 0, bins: 0, embeddings: 0 };
  let mark = performance.now();
  const lap = (phase: keyof typeof phases) => {
    const now = performance.now();
    phases[phase] = Math.round(now - mark);
    mark = now;
  };
  const [referenceModels, currentModels] = await Promise.all([
    countRowsByModel(windows.reference),
    countRowsByModel(windows.current),
  ]);
  const total = (models: Map<string, number>) => [...models.values()].reduce((sum, rows) => sum + rows, 0);
  const referenceRows = total(referenceModels);
  const currentRows = total(currentModels);
  lap("counts");
  const outline = {
    reference: windows.reference,
    current: windows.current,
    referenceKind: windows.referenceKind,
    baselineId: baseline?.id ?? null,
    referenceRows,
    currentRows,
    threshold: DRIFT_THRESHOLD,
    minRows: DRIFT_MIN_ROWS,
    monitoredSignals: NUMERIC_SIGNALS.length + CATEGORICAL_SIGNALS.length,
    settings,
    phases,
  };
  if (referenceRows < DRIFT_MIN_ROWS || currentRows < DRIFT_MIN_ROWS) {
    return {
      ...outline,
      status: "insufficient_data",
      driftScore: null,
      driftedSignals: 0,
      metrics: [],
      embeddings: [],
    };
  }

  // A pinned baseline keeps the edges it was pinned with; a trailing reference gets them from its quantiles.
  const computed = await referenceEdges(windows.reference, referenceRows, settings.bins, settings.edgeSample);
  const edges: SignalEdges = { ...computed.edges, ...(baseline?.edges ?? {}) };
  lap("edges");
  const numericSpecs = NUMERIC_SIGNALS.map((signal) => ({ name: signal.name, edges: edges[signal.name] ?? [] }));
  const categoricalNames = CATEGORICAL_SIGNALS.map((signal) => signal.name);
  // The embedding tests work in Node while the database bins: they overlap on PostgreSQL.
  const embeddingsDone = evaluateEmbeddings({
    reference: windows.reference,
    current: windows.current,
    referenceModels,
    currentModels,
    sampleSize: settings.embeddingSample,
  }).then((result) => ({ result, at: performance.now() }));
  embeddingsDone.catch(() => undefined); // awaited below; this only keeps a failure during binning from going unhandled
  const [referenceCounts, currentCounts, currentSample] = await Promise.all([
    binSignalsInSlices(windows.reference, referenceRows, numericSpecs, categoricalNames),
    binSignalsInSlices(windows.current, currentRows, numericSpecs, categoricalNames),
    settings.numericTest === "wasserstein"
      ? sampleSignalRows(
          windows.current,
          numericSpecs.map((spec) => spec.name),
          settings.edgeSample,
          currentRows,
        )
      : Promise.resolve(null),
  ]);
  lap("bins");
  const currentValues = currentSample
    ? valuesByColumn(
        currentSample,
        numericSpecs.map((spec) => spec.name),
      )
    : null;

  const metrics: SignalDrift[] = [
    ...NUMERIC_SIGNALS.map((signal) =>
      numericSignalDrift({
        signal,
        edges: edges[signal.name] ?? [],
        reference: referenceCounts.numeric.get(signal.name)!,
        current: currentCounts.numeric.get(signal.name)!,
        settings,
        samples: currentValues
          ? { reference: computed.sample[signal.name] ?? [], current: currentValues[signal.name] ?? [] }
          : undefined,
      }),
    ),
    ...CATEGORICAL_SIGNALS.map((signal) =>
      categoricalSignalDrift({
        signal,
        reference: referenceCounts.categorical.get(signal.name)!,
        current: currentCounts.categorical.get(signal.name)!,
        settings,
      }),
    ),
  ];
  const { result: embeddings, at } = await embeddingsDone;
  // Only the time the embeddings added after the bins were ready (zero when they finished first).
  phases.embeddings = Math.max(0, Math.round(at - mark));
  const driftedSignals = metrics.filter((metric) => metric.drifted).length;
  const driftScore = driftedSignals / metrics.length;
  return {
    ...outline,
    status: judgedDriftStatus({ driftScore, threshold: DRIFT_THRESHOLD, embeddings }),
    driftScore,
    driftedSignals,
    metrics,
    embeddings,
  };
}
