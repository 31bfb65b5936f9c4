export type { CandidateDetail } from "./candidate-detail";
export { candidateRecords, type CandidateInput } from "./candidate-record";
export { listCandidates, type CandidateSummary, type ListCandidatesInput } from "./list-candidates";
export { createCandidate, getCandidate, upsertCandidateByExternalId } from "./save-candidate";
export { listCandidateScores, type CandidateScore } from "./score-history";
export { rereadProfiles } from "./reread-profiles";
export { scoreProfile } from "./score-profile";
export { upsertCandidatesByExternalId, type SyncItem, type SyncOutcome } from "./sync-candidates";
