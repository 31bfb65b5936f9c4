export { listCandidates, type CandidateSummary, type ListCandidatesInput } from "./list-candidates";
