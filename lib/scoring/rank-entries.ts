import type { SeniorityLevel } from "@/lib/vocabulary/levels";
import type { Reason } from "./explain";
import { computeFeatures } from "./features";
import type { PooledCandidate } from "./candidate-rows";
import { scoreOnly, type Band, type ScoringModel } from "./model/model";
import type { PreparedCandidate, PreparedJob } from "./prepared";
import { withoutPostingCopies } from "./posting-copies";
import type { LexicalCorpus } from "./signals/lexical";
import { isLocalTo } from "./stored";

export interface RankingEntry {
  candidateId: string;
  fullName: string;
  location: string | null;
  seniority: SeniorityLevel | null;
  isLocal: boolean | null;
  score: number;
  /** The score before rounding, as the model's logit: what orders candidates who show the same score. */
  logit: number;
  band: Band;
  matchedSkills: string[];
  missingSkills: string[];
  /** The contributions that moved the score most, in words (filled for the page returned). */
  reasons: Reason[];
  /** The recruiter's latest band override for this candidate and job, shown beside the model's band. */
  override: BandOverride | null;
}

export interface BandOverride {
  band: string;
  reason: string | null;
  recordedAt: Date;
}

/** The exact score of a candidate for the job, without reasons (those are filled for the page shown). */
export function scoreEntry(
  row: PooledCandidate,
  job: { stored: Parameters<typeof isLocalTo>[1]; prepared: PreparedJob },
  corpus: LexicalCorpus,
  model: ScoringModel,
): RankingEntry {
  const candidate = candidateForJob(row, job.stored);
  const { features, matchedSkills, missingSkills } = computeFeatures(candidate, job.prepared, corpus);
  const { score, band, logit } = scoreOnly(model, features);
  return {
    candidateId: row.id,
    fullName: row.fullName,
    location: row.location,
    seniority: candidate.seniority,
    isLocal: candidate.isLocal,
    score,
    logit,
    band,
    matchedSkills,
    missingSkills,
    reasons: [],
    override: null,
  };
}

/** A pooled candidate as scored for the job: local or not, and without lines copied from its posting. */
export function candidateForJob(row: PooledCandidate, job: Parameters<typeof isLocalTo>[1]): PreparedCandidate {
  const candidate = { ...row.prepared, isLocal: isLocalTo(row.location, job) };
  // Only the few whose résumés copy a posting carry what they copy (candidate-rows.ts).
  const copied = row.copied?.get(job.description);
  return copied ? withoutPostingCopies(candidate, copied.copies, copied.vector) : candidate;
}

export function scoreEntries(
  rows: readonly PooledCandidate[],
  job: Parameters<typeof scoreEntry>[1],
  corpus: LexicalCorpus,
  model: ScoringModel,
): RankingEntry[] {
  return rows.map((row) => scoreEntry(row, job, corpus, model));
}

// Plain code-unit comparison keeps the order stable and cheap.
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Ranked = Pick<RankingEntry, "logit" | "candidateId">;

/**
 * Best first by the score before rounding (the score shown, to 0.1, never disagrees: it is monotone in the
 * logit), then by id. Never by name: of two candidates showing the same score the better fit comes first, and
 * nobody moves up a list by the name they give (with names as the tie-break, an "Aaron Abbott" preceded every
 * equal score).
 */
export const bestFirst = (a: Ranked, b: Ranked) => b.logit - a.logit || byText(a.candidateId, b.candidateId);

export const byName = (a: RankingEntry, b: RankingEntry) =>
  a.fullName.localeCompare(b.fullName) || byText(a.candidateId, b.candidateId);
