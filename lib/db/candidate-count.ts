// How many candidates are stored, as the database keeps it while candidates are written (table
// CandidatePoolCount, filled by triggers on Candidate: migration candidate_pool_count): the same number as
// count(*), in the same transactions, without reading an index entry per candidate (~160 ms at 1,000,000,
// which every ranking page, dashboard and unfiltered candidate list paid).
export const STORED_CANDIDATES_SQL = `(SELECT coalesce(sum("candidates"), 0) FROM "CandidatePoolCount")`;
