import "server-only";
import type { Actor } from "@/lib/auth";
import type { ScoreResult } from "@/lib/vocabulary/score-response";
import { db } from "@/lib/db";
import { embeddingProvider } from "@/lib/embeddings";
import { NotFound } from "@/lib/errors";
import { ensureJobEmbedding } from "./job-embedding";
import { payloadFromStored } from "./payload-from-stored";
import { scoreCandidate, type InferenceSource } from "./score-candidate";
import { storedCandidateSelect } from "./stored";

/**
 * Scores a stored candidate against a stored job through the same path as the v2 API. The ids only
 * find the records; the payload built from them is what gets scored and logged.
 */
export async function scoreStoredPair({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { jobId: string; candidateId: string; requestId?: string; source: InferenceSource; now?: Date };
}): Promise<ScoreResult> {
  const [job, candidate] = await Promise.all([
    ensureJobEmbedding(input.jobId),
    db.candidate.findUnique({
      where: { id: input.candidateId },
      select: { ...storedCandidateSelect, resumeText: true },
    }),
  ]);
  if (!job) throw new NotFound(`Job ${input.jobId} not found.`);
  if (!candidate) throw new NotFound(`Candidate ${input.candidateId} not found.`);
  const payload = payloadFromStored({
    requestId: input.requestId ?? `${input.source}_${crypto.randomUUID()}`,
    candidate,
    resumeText: candidate.resumeText,
    job,
    embeddingModel: embeddingProvider().model,
    now: input.now ?? new Date(),
  });
  return scoreCandidate({
    ctx,
    input: {
      payload,
      source: input.source,
      jobId: job.id,
      candidateId: candidate.id,
      deriveMissing: false,
      storedCandidateVectorModel: candidate.embedding ? candidate.embeddingModel : null,
    },
  });
}
