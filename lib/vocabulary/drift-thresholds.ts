// Evidently's default thresholds for embedding drift; no imports, so the browser can read them too.
export const EMBEDDING_THRESHOLDS = {
  /** ROC AUC of the domain classifier above which the embeddings drifted. */
  classifierAuc: 0.55,
  /** Euclidean distance between the mean vectors. */
  meanDistance: 0.2,
  /** Normed Wasserstein distance at which one component counts as drifted… */
  component: 0.1,
  /** …and the share of drifted components above which the embeddings drifted. */
  driftedShare: 0.2,
} as const;
