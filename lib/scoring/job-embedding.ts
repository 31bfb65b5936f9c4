import "server-only";
import { db } from "@/lib/db";
import { embeddingProvider, embedOrNothing } from "@/lib/embeddings";
import { encodeVector } from "@/lib/embeddings";
import { jobEmbeddingText } from "./job-text";
import { storedJobSelect, type StoredJob } from "./stored";

/**
 * A stored job whose vector comes from the configured embedding model, re-embedding it first when the
 * model has changed since it was saved (vectors of different models are never compared).
 */
export async function ensureJobEmbedding(jobId: string): Promise<StoredJob | null> {
  const job = await db.job.findUnique({ where: { id: jobId }, select: storedJobSelect });
  const provider = embeddingProvider();
  if (!job || (job.embedding && job.embeddingModel === provider.model)) return job;
  const {
    vectors: [vector],
  } = await embedOrNothing(provider, [
    jobEmbeddingText({
      title: job.title,
      department: job.department,
      requiredSkills: [...job.requiredTechSkills, ...job.requiredSoftSkills],
      targetSeniority: job.targetSeniority,
      description: job.description,
    }),
  ]);
  if (!vector) return job; // the embedding server is down: rank without semantic similarity for now
  return db.job.update({
    where: { id: job.id },
    data: { embedding: encodeVector(vector), embeddingModel: provider.model },
    select: storedJobSelect,
  });
}
