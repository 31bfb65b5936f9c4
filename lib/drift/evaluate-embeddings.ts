import "server-only";
import { embeddingDrift } from "./embedding-drift";
import { readWindowEmbeddings } from "./embedding-sample";
import type { EmbeddingDrift, TimeWindow } from "./types";

// Fewer vectors than this on a side and the classifier's AUC is mostly noise.
const MIN_EMBEDDING_ROWS = 30;

/** Candidate and job embedding drift, on the model most used in the current window (if the reference has it). */
export async function evaluateEmbeddings(options: {
  reference: TimeWindow;
  current: TimeWindow;
  /** Days of the reference its summary left out (drifted days of a trailing reference). */
  referenceLeftOut?: readonly string[];
  referenceModels: ReadonlyMap<string, number>;
  currentModels: ReadonlyMap<string, number>;
  sampleSize: number;
}): Promise<EmbeddingDrift[]> {
  const model = [...options.currentModels.entries()]
    .filter(([name]) => name !== "" && (options.referenceModels.get(name) ?? 0) > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const empty = (kind: EmbeddingDrift["kind"], referenceRows = 0, currentRows = 0): EmbeddingDrift => ({
    kind,
    model: model ?? null,
    status: "insufficient_data",
    referenceRows,
    currentRows,
    dimensions: 0,
    classifierAuc: null,
    classifierThreshold: null,
    meanDistance: null,
    driftedComponentShare: null,
    drifted: false,
  });
  if (!model) return [empty("candidate"), empty("job")];
  const [reference, current] = await Promise.all([
    readWindowEmbeddings(options.reference, model, options.sampleSize, options.referenceLeftOut),
    readWindowEmbeddings(options.current, model, options.sampleSize),
  ]);
  return (["candidate", "job"] as const).map((kind) => {
    const r = reference[kind];
    const c = current[kind];
    if (r.length < MIN_EMBEDDING_ROWS || c.length < MIN_EMBEDDING_ROWS || r[0]!.length !== c[0]!.length)
      return empty(kind, r.length, c.length);
    const result = embeddingDrift(r, c, { seed: 42 });
    return {
      kind,
      model,
      status: result.drifted.classifier ? "drifted" : "ok",
      referenceRows: r.length,
      currentRows: c.length,
      dimensions: result.dimensions,
      classifierAuc: result.classifierAuc,
      classifierThreshold: result.classifierThreshold,
      meanDistance: result.meanDistance,
      driftedComponentShare: result.driftedComponentShare,
      drifted: result.drifted.classifier,
    };
  });
}
