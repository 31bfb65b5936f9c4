// The scorer's public face: scoring payloads and stored pairs, ranking, models, and the pieces the demo
// history and prompt comparisons rebuild scores with.
export { completenessOf } from "./completeness";
export { readResume, readScreenedResume, type Enrichment, readJobRequirements } from "./enrich";
export { experienceRangeFromYears } from "./signals/seniority";
export { categoryOf } from "./signals/job";
export { type RankingPage, rankCandidates } from "./rank-candidates";
export { rankingForExport } from "./rank-export";
export {
  type ModelVersionSummary,
  activeModel,
  ensureDefaultModel,
  createModelVersion,
  getModelVersion,
  listModelVersions,
} from "./model/model-store";
export { activateModelVersion, listModelActivations, type ModelActivation } from "./model/model-activation";
export { compareModelVersion, type ModelComparison } from "./model/compare-models";
export { type FitInput, fitModelFromOutcomes } from "./model/fit-from-outcomes";
export { type FitReport } from "./model/fit/report";
export { fitNotes, reliabilityLines } from "./model/fit/notes";
export { computeFeatures } from "./features";
export { insertInference, type InferenceRow } from "./inference-log";
export { applyModel, type Band, scoreOnly, type ScoringModel } from "./model/model";
export { payloadFromStored } from "./payload-from-stored";
export { payloadSnapshot } from "./payload-hash";
export { type PreparedCandidate, type PreparedJob } from "./prepared";
export { inferenceRowOf, scoreResultOf } from "./score-result";
export { savedCandidateForPosting } from "./saved-posting-copies";
export {
  candidatePlace,
  isLocalTo,
  jobPlace,
  prepareStoredCandidate,
  prepareStoredJob,
  type StoredCandidate,
  type StoredJob,
  storedCandidateSelect,
  storedJobSelect,
} from "./stored";
export { jobEmbeddingText } from "./job-text";
export { ensureJobEmbedding } from "./job-embedding";
export { scoreRecordForJob, scoreStoredPair } from "./score-stored";
export { scoreBatch } from "./score-batch";
export { recordRefusedScore } from "./record-refusal";
export { scoreCandidate } from "./score-candidate";
export { readableResume, readingColumns, READING_VERSION, resumeReading } from "./resume-reading";
export { readResumeInFull, type ResumeInFull } from "./read-in-full";
export { readingWorkers, readResumesInFull } from "./reading-pool";
export { ensureLexicalCorpus, refreshLexicalCorpus, refreshLexicalCorpusOnce } from "./lexical-corpus";
export { describeContribution, topReasons, type Reason } from "./explain";
export { lexicalCorpus } from "./lexical-corpus";
export { backgroundCorpus, type LexicalCorpus } from "./signals/lexical";
export { lexicalCorpusOfTexts } from "./texts-corpus";
export { type OfflineScore, scoreOffline } from "./score-offline";
export { warmUpReaders } from "./warm-up";
export { explainRanked, type RankedExplanation } from "./explain-ranked";
