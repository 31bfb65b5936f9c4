import "server-only";
import { embeddingDrift } from "./embedding-drift";
import { readWindowVectors, type VectorKind } from "./embedding-sample";
import type { EmbeddingDrift, TimeWindow } from "./types";
import type { VectorMatrix } from "./vector-matrix";

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
  // Every read starts now; the job vectors arrive while the candidate vectors are tested.
  const read = (kind: VectorKind) =>
    Promise.all([
      readWindowVectors(options.reference, model, kind, options.sampleSize, options.referenceLeftOut),
      readWindowVectors(options.current, model, kind, options.sampleSize),
    ]);
  const reads = { candidate: read("candidate"), job: read("job") };
  reads.job.catch(() => undefined); // awaited below; this only keeps a failure meanwhile from going unhandled
  const results: EmbeddingDrift[] = [];
  for (const kind of ["candidate", "job"] as const) {
    const [r, c] = await reads[kind];
    results.push(compare(kind, model, r, c) ?? empty(kind, r.rows, c.rows));
  }
  return results;
}

/** The drift of one kind of vector, or null when the samples are too small or of different dimensions. */
function compare(kind: VectorKind, model: string, r: VectorMatrix, c: VectorMatrix): EmbeddingDrift | null {
  if (r.rows < MIN_EMBEDDING_ROWS || c.rows < MIN_EMBEDDING_ROWS || r.dimensions !== c.dimensions) return null;
  const result = embeddingDrift(r, c, { seed: 42 });
  return {
    kind,
    model,
    status: result.drifted.classifier ? "drifted" : "ok",
    referenceRows: r.rows,
    currentRows: c.rows,
    dimensions: result.dimensions,
    classifierAuc: result.classifierAuc,
    classifierThreshold: result.classifierThreshold,
    meanDistance: result.meanDistance,
    driftedComponentShare: result.driftedComponentShare,
    drifted: result.drifted.classifier,
  };
}
