// Embedding drift, with Evidently's three methods side by side: a domain classifier (the verdict, as in
// Evidently's default), the distance between the mean vectors, and the share of drifted components.
import { domainClassifierAuc } from "./classifier";
import { meanEmbeddingDistance, normedWasserstein } from "./stats";
import { EMBEDDING_THRESHOLDS } from "./thresholds";

export { EMBEDDING_THRESHOLDS } from "./thresholds";


export interface EmbeddingDriftResult {
  dimensions: number;
  referenceRows: number;
  currentRows: number;
  classifierAuc: number;
  meanDistance: number;
  driftedComponentShare: number;
  drifted: { classifier: boolean; meanDistance: boolean; components: boolean };
}

export function embeddingDrift(reference: number[][], current: number[][], options: { seed?: number } = {}): EmbeddingDriftResult {
  const dimensions = reference[0]?.length ?? 0;
  const { auc } = domainClassifierAuc(reference, current, { seed: options.seed });
  const meanDistance = meanEmbeddingDistance(reference, current, "euclidean");
  let driftedComponents = 0;
  for (let d = 0; d < dimensions; d++) {
    const component = (rows: number[][]) => rows.map((row) => row[d] as number);
    if (normedWasserstein(component(reference), component(current)) >= EMBEDDING_THRESHOLDS.component) driftedComponents++;
  }
  const driftedComponentShare = dimensions === 0 ? 0 : driftedComponents / dimensions;
  return {
    dimensions,
    referenceRows: reference.length,
    currentRows: current.length,
    classifierAuc: auc,
    meanDistance,
    driftedComponentShare,
    drifted: {
      classifier: auc > EMBEDDING_THRESHOLDS.classifierAuc,
      meanDistance: meanDistance > EMBEDDING_THRESHOLDS.meanDistance,
      components: driftedComponentShare > EMBEDDING_THRESHOLDS.driftedShare,
    },
  };
}
