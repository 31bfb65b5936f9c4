import "server-only";
import { env } from "@/lib/env";
import { activeDriftBaseline } from "./baseline";
import { evaluateEmbeddings } from "./evaluate-embeddings";
import { CATEGORICAL_SIGNALS, NUMERIC_SIGNALS } from "./monitored";
import { driftVerdict, judgeSignals } from "./judge";
import { valuesByColumn } from "./reference-edges";
import { driftCheckInput, settingsOf, type DriftCheckInput } from "./settings";
import { sampleSignalRows } from "./signal-sql";
import { driftedDaysWithin } from "./drifted-days";
import { readWindowSummary, summariseWindow } from "./summaries";
import type { DriftEvaluation, TimeWindow } from "./types";
import { resolveWindows } from "./windows";

/**
 * Compares the current window of the inference log with its reference: every monitored signal gets a test,
 * value, threshold and verdict; the drift score is the share that drifted. Windows with fewer than
 * DRIFT_MIN_ROWS rows are reported as insufficient data, never as drift. Reads the windows' daily
 * summaries (writing those of days not summarised yet or changed since), samples of at most a few
 * thousand rows for the embeddings (and the Wasserstein option), and no other rows.
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
  const phases = { summaries: 0, counts: 0, tests: 0, embeddings: 0 };
  let mark = performance.now();
  const lap = (phase: keyof typeof phases) => {
    const now = performance.now();
    phases[phase] = Math.round(now - mark);
    mark = now;
  };
  await summariseWindow(windows.reference, windows.current);
  lap("summaries");
  const [leftOut, current] = await Promise.all([
    windows.referenceKind === "trailing" ? driftedDaysWithin(windows.reference) : [],
    readWindowSummary(windows.current),
  ]);
  let reference = await readWindowSummary(windows.reference, leftOut);
  // Traffic that stays changed drifts until the rest of the reference is too small; then it is the norm.
  if (leftOut.length > 0 && reference.rows < DRIFT_MIN_ROWS) {
    reference = await readWindowSummary(windows.reference);
    leftOut.length = 0;
  }
  const referenceRows = reference.rows;
  const currentRows = current.rows;
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
    settings: {
      ...settings,
      referenceDaysLeftOut: leftOut,
      modelVersionRows: {
        reference: Object.fromEntries(reference.modelVersions ?? []),
        current: Object.fromEntries(current.modelVersions ?? []),
      },
    },
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

  // The embedding tests read their samples and work in Node while the Wasserstein samples are read.
  const embeddingsDone = evaluateEmbeddings({
    reference: windows.reference,
    current: windows.current,
    referenceLeftOut: leftOut,
    referenceModels: reference.embeddingModels,
    currentModels: current.embeddingModels,
    sampleSize: settings.embeddingSample,
  }).then((result) => ({ result, at: performance.now() }));
  embeddingsDone.catch(() => undefined); // awaited below; this only keeps a failure meanwhile from going unhandled
  const numericNames = NUMERIC_SIGNALS.map((signal) => signal.name);
  const sampleOf = async (window: TimeWindow, rows: number) =>
    valuesByColumn(await sampleSignalRows(window, numericNames, settings.edgeSample, rows), numericNames);
  const samples =
    settings.numericTest === "wasserstein"
      ? {
          reference: await sampleOf(windows.reference, referenceRows),
          current: await sampleOf(windows.current, currentRows),
        }
      : undefined;
  // A pinned baseline keeps the edges it was pinned with; a trailing reference gets them from its quantiles.
  const metrics = judgeSignals({ reference, current, settings, pinnedEdges: baseline?.edges, samples });
  lap("tests");
  const { result: embeddings, at } = await embeddingsDone;
  // Only the time the embeddings added after the tests were done (zero when they finished first).
  phases.embeddings = Math.max(0, Math.round(at - mark));
  return { ...outline, ...driftVerdict(metrics, DRIFT_THRESHOLD, embeddings), metrics, embeddings };
}
