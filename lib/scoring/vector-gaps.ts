import "server-only";
import type { UnavailableSignal } from "@/lib/vocabulary/score-response";
import { refreshProgress, type RefreshProgress } from "@/lib/embeddings";

// Semantic similarity needs both vectors from one model. When one is missing the score still goes out —
// with what is current — and its explanation says which signal it went without and why.

export type VectorGap =
  | { reason: "no_text" }
  | { reason: "embedding_failed"; failure: string }
  /** A stored candidate whose vector comes from another model (or who has none): re-embedding owes one. */
  | { reason: "stale_candidate_vector"; model: string | null };

export async function unavailableSignals(gaps: VectorGap[], embeddingModel: string): Promise<UnavailableSignal[]> {
  const [gap] = gaps;
  if (!gap) return [];
  const signal = "semantic_similarity";
  const prefix = "semantic similarity unavailable";
  switch (gap.reason) {
    case "no_text":
      return [{ signal, reason: "no_resume_text", detail: `${prefix}: no résumé text or candidate vector was given` }];
    case "embedding_failed":
      return [
        { signal, reason: "embedding_failed", detail: `${prefix}: the embedding service failed (${gap.failure})` },
      ];
    case "stale_candidate_vector": {
      const vector = gap.model ? `candidate vector from another model (${gap.model})` : "candidate has no vector yet";
      const refresh = refreshPhrase(await refreshProgress(embeddingModel));
      return [{ signal, reason: "stale_candidate_vector", detail: `${prefix}: ${vector}, ${refresh}` }];
    }
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
