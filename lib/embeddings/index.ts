// Embeddings' public face: the configured provider, vectors as stored bytes and their similarity, and
// keeping stored candidate vectors current when the model changes.
export type { Embedded, EmbedOptions, EmbeddingProvider } from "./provider";
export { EmbeddingFailed } from "./provider";
export { embeddingProvider } from "./configured";
export { embedMissing, embedOrNothing, type EmbeddedOrNot } from "./embed-or-nothing";
export { encodeVector, decodeVector, cosineSimilarity } from "./vector";
export { embedText } from "./builtin";
export {
  candidateVectorStatus,
  type CandidateVectorStatus,
  outdatedVectorModel,
  refreshProgress,
  type RefreshProgress,
  type RefreshStatus,
} from "./candidate-vectors";
export {
  EMBEDDING_REFRESH_JOB,
  refreshCandidateVectors,
  refreshInput,
  type RefreshSummary,
} from "./refresh-candidates";
export {
  getCandidateVectorStatus,
  resumeCandidateVectorRefresh,
  settleCandidateVectorRefresh,
  startCandidateVectorRefresh,
  startEmbeddingRefresh,
} from "./refresh-runner";
