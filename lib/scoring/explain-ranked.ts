import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { describedContributions, topReasons, type Reason } from "./explain";
import { computeFeatures } from "./features";
import { ensureJobEmbedding } from "./job-embedding";
import { lexicalCorpus } from "./lexical-corpus";
import { applyModel, type Band, type Contribution } from "./model/model";
import { activeModel, modelVersion } from "./model/model-store";
import type { ScoringWarning } from "./prepared";
import { postingCopyWarnings } from "./posting-copies";
import { savedCandidateForPosting } from "./saved-posting-copies";
import { readableResume } from "./resume-reading";
import { prepareStoredCandidate, prepareStoredJob, storedCandidateSelect } from "./stored";

export interface RankedExplanation {
  score: number;
  band: Band;
  contributions: (Contribution & { description: string })[];
  reasons: Reason[];
  warnings: ScoringWarning[];
  matchedSkills: string[];
  missingSkills: string[];
  modelVersion: string;
}

/**
 * Why a candidate ranks where they do for a job: the full explanation of the ranking's own computation
 * (the stored profile against the job, with the model the ranking used), without logging a new score.
 */
export async function explainRanked({
  input,
}: {
  input: { jobId: string; candidateId: string; modelVersion?: string; now?: Date };
}): Promise<RankedExplanation> {
  const [job, candidate] = await Promise.all([
    ensureJobEmbedding(input.jobId),
    db.candidate.findUnique({
      where: { id: input.candidateId },
      select: { ...storedCandidateSelect, resumeText: true },
    }),
  ]);
  if (!job) throw new NotFound("Job not found.");
  if (!candidate) throw new NotFound("Candidate not found.");
  const model = input.modelVersion ? await modelVersion(input.modelVersion) : await activeModel();
  const preparedJob = prepareStoredJob(job, input.now ?? new Date());
  const corpus = await lexicalCorpus(preparedJob.query.keys());
  const resume = readableResume(candidate.resumeText);
  const { candidate: prepared, copies } = await savedCandidateForPosting(
    prepareStoredCandidate(candidate, job),
    candidate.resumeText,
    job.description,
  );
  const computed = computeFeatures(prepared, preparedJob, corpus);
  const { features, matchedSkills, missingSkills } = computed;
  const output = applyModel(model, features);
  return {
    score: output.score,
    band: output.band,
    contributions: describedContributions(output.contributions, features, preparedJob.minimumYears),
    reasons: topReasons(output.contributions, features, preparedJob.minimumYears),
    warnings: [...resume.warnings, ...postingCopyWarnings(copies), ...computed.warnings],
    matchedSkills,
    missingSkills,
    modelVersion: model.version,
  };
}
