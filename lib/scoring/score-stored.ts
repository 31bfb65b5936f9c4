import "server-only";
import type { Actor } from "@/lib/auth";
import type { ScoreResult } from "@/lib/vocabulary/score-response";
import { db } from "@/lib/db";
import { embeddingProvider } from "@/lib/embeddings";
import { NotFound } from "@/lib/errors";
import { ensureJobEmbedding } from "./job-embedding";
import { payloadFromStored } from "./payload-from-stored";
import { scoreCandidate, type InferenceSource } from "./score-candidate";
import { storedCandidateSelect, type StoredCandidate } from "./stored";

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
  const candidate = await db.candidate.findUnique({
    where: { id: input.candidateId },
    select: { ...storedCandidateSelect, resumeText: true },
  });
  if (!candidate) throw new NotFound(`Candidate ${input.candidateId} not found.`);
  return scoreRecordForJob({ ctx, input: { ...input, candidate, candidateId: candidate.id } });
}

/**
 * Scores a candidate record — stored, or built exactly as saving would store it — against a stored job,
 * so that a profile scored before saving scores the same after (the payload is built the same way).
 */
export async function scoreRecordForJob({
  ctx,
  input,
}: {
  ctx: Actor;
  input: {
    jobId: string;
    candidate: StoredCandidate & { resumeText: string };
    /** The stored candidate's id; null for a profile not saved yet. */
    candidateId: string | null;
    requestId?: string;
    source: InferenceSource;
    now?: Date;
  };
}): Promise<ScoreResult> {
  const { candidate } = input;
  const job = await ensureJobEmbedding(input.jobId);
  if (!job) throw new NotFound(`Job ${input.jobId} not found.`);
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
      candidateId: input.candidateId ?? undefined,
      deriveMissing: false,
      storedCandidateVectorModel: candidate.embedding ? candidate.embeddingModel : null,
    },
  });
}
