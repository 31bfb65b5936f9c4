import "server-only";
import type { UnavailableSignal } from "@/lib/vocabulary/score-response";
import { refreshProgress, type RefreshProgress } from "@/lib/embeddings";

// Semantic similarity needs both vectors from one model. When one is missing the score still goes out —
// with what is current — and its explanation says which signal it went without and why.

export type VectorGap =
  | { reason: "no_text" }
  | { reason: "embedding_failed"; failure: string }
  /** A stored candidate whose vector comes from another model or older text: re-embedding owes it one. */
  | { reason: "stale_candidate_vector"; model: string }
  /** A stored candidate with résumé text but no vector (the embedding service failed when it was saved). */
  | { reason: "no_candidate_vector" };

export async function unavailableSignals(gaps: VectorGap[], embeddingModel: string): Promise<UnavailableSignal[]> {
  const [gap] = gaps;
  if (!gap) return [];
  const signal = "semantic_similarity";
  const prefix = "semantic similarity unavailable";
  switch (gap.reason) {
    case "no_text":
      return [
        {
          signal,
          reason: "no_resume_text",
          detail: `${prefix}: no résumé text (outside its skill lists) or candidate vector was given`,
        },
      ];
    case "embedding_failed":
      return [
        { signal, reason: "embedding_failed", detail: `${prefix}: the embedding service failed (${gap.failure})` },
      ];
    case "stale_candidate_vector": {
      const refresh = refreshPhrase(await refreshProgress(embeddingModel));
      const detail = `${prefix}: candidate vector out of date (${gap.model}), ${refresh}`;
      return [{ signal, reason: "stale_candidate_vector", detail }];
    }
    case "no_candidate_vector":
      return [
        {
          signal,
          reason: "no_candidate_vector",
          detail: `${prefix}: the candidate has no stored vector (the embedding service failed when it was saved)`,
        },
      ];
  }
}

function refreshPhrase(progress: RefreshProgress | null): string {
  if (progress?.status === "running") return "re-embedding in progress";
  if (progress?.status === "waiting")
    return progress.lastError
      ? `re-embedding paused after an error (${progress.lastError}), it resumes on its own`
      : "re-embedding paused, it resumes on its own";
  return "awaiting re-embedding (Admin → LLM providers)";
}
